/**
 * Security notices mailed to an account's owner, as GitHub and Stripe send them: the password changed, a key created,
 * a sign-in from a new device, the address changed, a sign-in refused because the account is suspended. Decides which
 * are sent (the owner's choices, the devices already seen, once an hour for the suspended account) and what they say;
 * all of it after the request has been answered.
 */
package io.genx3d.notices;
