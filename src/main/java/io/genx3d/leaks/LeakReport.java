package io.genx3d.leaks;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.validation.JsonBodies;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report in GitHub's secret-scanning format: a JSON array of {@code {"token", "type", "url", "source"}}, of which
 * only {@code token} is required. The body is read as strictly as every other ({@link JsonBodies}); a malformed report
 * is the envelope's 400 naming the item. A {@code url} that {@link LeakUrl} does not accept is dropped, not refused:
 * refusing the report would keep a leaked key alive.
 */
record LeakReport(List<Item> items) {

    static final int MAX_ITEMS = 1000;

    /**
     * One reported token. {@code url} is the reported address if {@link LeakUrl} accepts it, else null;
     * {@code urlDropped} says that one was reported but not accepted.
     */
    record Item(String token, String type, String url, boolean urlDropped, String source) {}

    static LeakReport parse(byte[] body) {
        if (!(JsonBodies.parse(body) instanceof JsonArray array)) {
            throw badReport("The report must be a JSON array of {\"token\", \"type\", \"url\", \"source\"}");
        }
        if (array.size() > MAX_ITEMS) {
            throw badReport("A report may list at most " + MAX_ITEMS + " tokens");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item) || !(item.get("token") instanceof JsonString token)) {
                throw ApiException.badField("[" + i + "].token", "is required and must be a string");
            }
            String url = item.get("url") instanceof JsonString reported
                    ? LeakUrl.accept(reported.getString()).orElse(null)
                    : null;
            boolean urlDropped = url == null && item.containsKey("url") && !item.isNull("url");
            items.add(new Item(token.getString(), text(item, "type", 100), url, urlDropped, text(item, "source", 100)));
        }
        return new LeakReport(items);
    }

    private static String text(JsonObject item, String field, int maxLength) {
        String value = item.get(field) instanceof JsonString string ? string.getString() : null;
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    private static ApiException badReport(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message, Map.of());
    }
}
