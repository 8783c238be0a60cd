package io.genx3d.usage;

/**
 * The usage line of an account's dashboard sessions: counted beside its keys' lines (in {@code key_usage}, under an id
 * no key can have), because browsing the dashboard spends the account's plan too and the owner should see by what.
 */
final class DashboardUsage {

    private static final String PREFIX = "dash:";

    private DashboardUsage() {}

    static String lineOf(String accountId) {
        return PREFIX + accountId;
    }

    static boolean isLine(String usageKeyId) {
        return usageKeyId.startsWith(PREFIX);
    }
}
