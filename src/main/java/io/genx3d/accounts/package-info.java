/**
 * Accounts: sign-up, passwords, role, status and plan ceiling, and the event an account change publishes.
 */
package io.genx3d.accounts;
