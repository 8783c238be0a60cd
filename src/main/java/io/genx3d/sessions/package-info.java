/**
 * Dashboard sessions: login, logout, the session cookie's identity store and CSRF protection.
 */
package io.genx3d.sessions;
