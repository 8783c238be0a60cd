package io.genx3d.accounts;

import io.genx3d.caller.Role;
import java.util.Optional;

/**
 * What an admin changes about an account; an empty optional leaves that property alone. For
 * {@code maxRateLimit}, a present empty inner optional means "back to the default plan".
 */
public record AccountChanges(
        Optional<Role> role, Optional<AccountStatus> status, Optional<Optional<Integer>> maxRateLimit) {}
