/**
 * Authentication: the HTTP mechanism that turns a bearer key or session cookie into a credential and asks the
 * identity stores, and the events that say what happened to a request (authenticated, refused, answered).
 */
package io.genx3d.auth;
