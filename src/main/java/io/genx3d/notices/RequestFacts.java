package io.genx3d.notices;

/**
 * What a notice says about the request that caused it, read on the request's thread (the work runs after it): the
 * client's address, its user agent, and the public URL the mail's links start with.
 */
record RequestFacts(String clientAddress, String userAgent, String linkBase) {

    static final int MAX_USER_AGENT = 200;

    /** A user agent fit to quote in a mail: no control characters, not longer than {@link #MAX_USER_AGENT}. */
    static String quotable(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "an unnamed browser or program";
        }
        String visible = userAgent
                .strip()
                .codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() > MAX_USER_AGENT ? visible.substring(0, MAX_USER_AGENT) + "…" : visible;
    }
}
