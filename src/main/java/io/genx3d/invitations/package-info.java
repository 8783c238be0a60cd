/**
 * Invitations to an organization: an owner or admin invites an address with a role; the mail carries a single-use link
 * (7 days); a signed-in person whose verified address is the invited one accepts it and joins with that role.
 */
package io.genx3d.invitations;
