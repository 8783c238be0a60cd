package io.genx3d.leaks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a scanner says a key was published, as far as it may be repeated: into the owner's mail, the key's
 * {@code leak_url} and the audit log. Only an absolute {@code https} address of at most {@link #MAX_LENGTH} printable
 * ASCII characters, with a host and no user name or password in it (secret scanners report percent-encoded addresses
 * of public code, such as {@code https://github.com/octo/app/blob/main/config.js#L3}). Anything else (line breaks that
 * would write the rest of the mail, control, zero-width or bidi characters, another scheme, a
 * {@code https://github.com@evil.example} look-alike) is not repeated anywhere; the key is revoked all the same.
 */
final class LeakUrl {

    /** The width of {@code api_keys.revoked_url}. */
    static final int MAX_LENGTH = 500;

    private LeakUrl() {}

    static Optional<String> accept(String reported) {
        if (reported == null
                || reported.isEmpty()
                || reported.length() > MAX_LENGTH
                || !reported.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(reported);
            boolean https = uri.isAbsolute() && "https".equalsIgnoreCase(uri.getScheme());
            boolean plainHost = uri.getHost() != null && uri.getRawUserInfo() == null;
            return https && plainHost ? Optional.of(reported) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
