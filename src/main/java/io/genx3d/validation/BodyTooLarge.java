package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.util.Map;

/** The 413 answer, shared by the early Content-Length check and the bounded body reader. */
final class BodyTooLarge {

    private BodyTooLarge() {}

    static ApiException exception(long limit) {
        return new ApiException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "Request body exceeds the limit of " + limit + " bytes",
                Map.of("limit_bytes", limit));
    }
}
