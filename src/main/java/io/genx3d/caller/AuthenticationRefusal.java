package io.genx3d.caller;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal of authentication: the seed's envelope (an {@link ApiException}) plus why, as a {@link RefusalReason}
 * the code can act on, and — when a real key was presented (revoked, expired, suspended) — that key's id, so the
 * refusal can be counted against the key without the identity store writing anything itself.
 */
public final class AuthenticationRefusal extends ApiException {

    private final RefusalReason reason;
    private final String keyId;

    AuthenticationRefusal(
            ErrorCode code, String message, Map<String, Object> details, RefusalReason reason, String keyId) {
        super(code, message, details);
        this.reason = reason;
        this.keyId = keyId;
    }

    public RefusalReason reason() {
        return reason;
    }

    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    /** The same refusal, naming the real key it was about. */
    public AuthenticationRefusal ofKey(String id) {
        AuthenticationRefusal named =
                new AuthenticationRefusal(code(), getMessage(), body().error().details(), reason, id);
        headers().forEach(named::withHeader);
        return named;
    }
}
