package io.genx3d.network;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a request's path, as the client sent it, is in normal form. The container normalises a path before it maps
 * it ({@code /health/../metrics/base} is served by {@code /metrics}, {@code /api/v1/keys/..;/scopes} by the scope
 * catalogue) while {@code getRequestURI()} still says what was sent, so any decision on the path, ours or the
 * container's, could be made on the one and acted on the other. Rather than normalise a second time and hope to agree
 * with every container, genx3D refuses such a path: none of its own addresses has a {@code .} or {@code ..} segment,
 * a {@code ;} parameter, an encoded {@code /}, {@code \}, {@code .} or {@code ;}, an empty segment ({@code //}) or a
 * control character, and no client of it needs one.
 */
public final class RequestPaths {

    public static final String REFUSAL = "The request path must be in normal form: no '.' or '..' segments, no ';'"
            + " parameters, no encoded '/', '\\', '.' or ';', no empty segments and no control characters";

    /** Escapes that decode to a separator, a dot, a parameter or a control character (%00-%1F, %7F). */
    private static final Pattern FORBIDDEN_ESCAPE = Pattern.compile("%(2f|5c|2e|3b|[01][0-9a-f]|7f)");

    private RequestPaths() {}

    /** The envelope's 400 for a path that is not in normal form. */
    public static ApiException refusal() {
        return new ApiException(ErrorCode.BAD_REQUEST, REFUSAL, Map.of("reason", "path_not_normal"));
    }

    /** Empty when {@code path} (the request URI without the context path, not decoded) is in normal form. */
    public static Optional<String> problem(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("does not begin with '/'");
        }
        if (path.indexOf(';') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.of("holds ';' or '\\'");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("holds a control character");
        }
        if (FORBIDDEN_ESCAPE.matcher(path.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of("holds an encoded separator, dot or control character");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("holds a '.' or '..' segment");
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("holds an empty segment");
            }
        }
        return Optional.empty();
    }
}
