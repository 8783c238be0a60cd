package io.genx3d.profile;

import io.genx3d.errors.ApiException;
import io.genx3d.notices.Notifications;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code notifications} of a {@code PATCH /api/v1/account}: an object of booleans, each optional (a choice not
 * sent stays as it was), unknown names refused like any unknown field ({@code notifications.<name>}).
 */
final class NotificationChanges {

    private static final Set<String> CHOICES =
            Set.of(Notifications.KEY_CREATED, Notifications.NEW_SIGN_IN, Notifications.EMAIL_CHANGED);

    private NotificationChanges() {}

    static Optional<Notifications> read(JsonFields fields, Notifications current) {
        Optional<JsonObject> object = fields.optionalObject("notifications");
        if (fields.isExplicitNull("notifications")) {
            throw ApiException.badField("notifications", "must be an object");
        }
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = object.get();
        JsonFields.nested(json, "notifications.", CHOICES);
        return Optional.of(new Notifications(
                choice(json, Notifications.KEY_CREATED, current.keyCreated()),
                choice(json, Notifications.NEW_SIGN_IN, current.newSignIn()),
                choice(json, Notifications.EMAIL_CHANGED, current.emailChanged())));
    }

    private static boolean choice(JsonObject json, String name, boolean current) {
        if (!json.containsKey(name)) {
            return current;
        }
        JsonValue value = json.get(name);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw ApiException.badField("notifications." + name, "must be true or false");
    }
}
