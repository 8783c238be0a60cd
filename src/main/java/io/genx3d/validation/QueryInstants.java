package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A timestamp query parameter ({@code from}, {@code to}): ISO-8601 with a zone, within what the database keeps. */
public final class QueryInstants {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private QueryInstants() {}

    public static Optional<Instant> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badField(
                    field, "must be an ISO-8601 timestamp with a time zone, e.g. 2030-01-01T00:00:00Z");
        }
        // Java accepts years from -999,999,999; the database and hour arithmetic do not.
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw ApiException.badField(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return Optional.of(parsed);
    }
}
