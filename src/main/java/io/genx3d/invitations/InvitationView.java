package io.genx3d.invitations;

import java.time.Instant;

/** An invitation as owners and admins see it (never its token). */
public record InvitationView(
        String id,
        String organizationId,
        String email,
        String role,
        String status,
        String invitedBy,
        Instant createdAt,
        Instant expiresAt) {

    static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(
                invitation.id(),
                invitation.organizationId(),
                invitation.email(),
                invitation.role().value(),
                invitation.status(now),
                invitation.invitedBy(),
                invitation.createdAt(),
                invitation.expiresAt());
    }
}
