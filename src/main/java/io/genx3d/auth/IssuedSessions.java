package io.genx3d.auth;

/**
 * What the mechanism asks of the session store when a client address has used up its failed-authentication allowance:
 * whether a session cookie's token was issued by this server, judged by the MAC it carries, with no lookup. Such a
 * cookie is still checked in full (a session ended or expired is refused as ever); a forged one is refused with
 * everyone else from the address before anything is looked up. Declared here and implemented by the sessions package,
 * which sits above authentication.
 */
public interface IssuedSessions {

    boolean issuedByThisServer(String sessionToken);
}
