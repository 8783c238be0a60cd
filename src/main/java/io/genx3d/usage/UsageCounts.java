package io.genx3d.usage;

/**
 * Counts of one key in one hour: requests answered (all statuses), of which 2xx ({@code ok}), 4xx other than 429
 * ({@code client_errors}), 429 ({@code rate_limited}) and 5xx ({@code server_errors}); and requests refused at
 * authentication although the key is real (revoked, expired, suspended account), which are not "requests".
 */
public record UsageCounts(
        long requests, long ok, long clientErrors, long rateLimited, long serverErrors, long authFailures) {

    public static final UsageCounts NONE = new UsageCounts(0, 0, 0, 0, 0, 0);

    public UsageCounts plus(UsageCounts other) {
        return new UsageCounts(
                requests + other.requests,
                ok + other.ok,
                clientErrors + other.clientErrors,
                rateLimited + other.rateLimited,
                serverErrors + other.serverErrors,
                authFailures + other.authFailures);
    }

    static UsageCounts ofStatus(int status) {
        return new UsageCounts(
                1,
                status < 300 ? 1 : 0,
                status >= 400 && status < 500 && status != 429 ? 1 : 0,
                status == 429 ? 1 : 0,
                status >= 500 ? 1 : 0,
                0);
    }

    static UsageCounts authFailure() {
        return new UsageCounts(0, 0, 0, 0, 0, 1);
    }
}
