package io.genx3d.accounts;

import java.util.Arrays;
import java.util.Optional;

/** Whether an account may use the API. A suspended account's keys and sessions are refused until reactivated. */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<AccountStatus> fromValue(String value) {
        return Arrays.stream(values())
                .filter(status -> status.value().equals(value))
                .findFirst();
    }
}
