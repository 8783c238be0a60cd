package io.genx3d.keys;

import java.io.Serializable;

/**
 * A setting a {@code PATCH} replaces, told apart from one it leaves alone (no {@code NewSetting} at all). Its value is
 * null when the body sends {@code null}: back to the default rate limit, or no expiry.
 */
public record NewSetting<T extends Serializable>(T value) implements Serializable {}
