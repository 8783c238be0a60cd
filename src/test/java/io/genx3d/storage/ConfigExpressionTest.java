package io.genx3d.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values the server resolved itself (Payara) pass through untouched; only the unresolved notation is read. */
class ConfigExpressionTest {

    @Test
    void aResolvedValueIsKeptAsItIs() {
        assertEquals(
                "jdbc:postgresql://db:5432/genx3d?currentSchema=x",
                ConfigExpression.resolve("jdbc:postgresql://db:5432/genx3d?currentSchema=x", "genx3d.db.url"));
        assertEquals("pa${ss", ConfigExpression.resolve("pa${ss", "genx3d.db.password"));
        assertEquals("${MPCONFIG=a} and more", ConfigExpression.resolve("${MPCONFIG=a} and more", "genx3d.db.url"));
    }
}
