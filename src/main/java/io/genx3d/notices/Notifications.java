package io.genx3d.notices;

/**
 * Which security notices an account's owner wants mailed; all on unless turned off. The password-change notice is not
 * here: it is always sent, since it is how a person learns that someone else has taken their account.
 */
public record Notifications(boolean keyCreated, boolean newSignIn, boolean emailChanged) {

    public static final Notifications ALL_ON = new Notifications(true, true, true);

    /** The wire names of the choices, as in {@code PATCH /api/v1/account}'s {@code notifications}. */
    public static final String KEY_CREATED = "key_created";

    public static final String NEW_SIGN_IN = "new_sign_in";
    public static final String EMAIL_CHANGED = "email_changed";
}
