/**
 * Links mailed to prove a person holds an address: email verification after sign-up and password reset. Decides
 * what a mailed token allows, for how long, and that it works once.
 */
package io.genx3d.verification;
