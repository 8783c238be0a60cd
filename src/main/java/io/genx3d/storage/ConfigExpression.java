package io.genx3d.storage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Payara's {@code ${MPCONFIG=name}} notation, for servers that leave it unresolved or leave the value out. */
final class ConfigExpression {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");

    private ConfigExpression() {}

    /**
     * What the server handed over, if it is a value; the setting an expression names; {@code fallbackSetting} when
     * the server handed over nothing. Null when that setting is unset.
     */
    static String resolve(String value, String fallbackSetting) {
        if (value == null || value.isBlank()) {
            return setting(fallbackSetting);
        }
        Matcher expression = EXPRESSION.matcher(value);
        return expression.matches() ? setting(expression.group(1)) : value;
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig(ConfigExpression.class.getClassLoader())
                .getOptionalValue(name, String.class)
                .orElse(null);
    }
}
