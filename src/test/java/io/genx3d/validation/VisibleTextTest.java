package io.genx3d.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.errors.ApiException;
import org.junit.jupiter.api.Test;

/** Finding 14: an email address reads as it is written. */
class VisibleTextTest {

    @Test
    void finding14_controlInvisibleAndBidiCharactersAreRefusedNamingTheField() {
        for (String hidden : new String[] {
            "\u001b",
            "\u0000",
            "\t",
            "\n",
            "\u007f",
            "\u0085", // controls, C0 and C1
            "\u200b",
            "\u200c",
            "\u200d",
            "\u2060",
            "\ufeff",
            "\u00ad", // zero-width, joiners, BOM, soft hyphen
            "\u200e",
            "\u200f",
            "\u202a",
            "\u202e",
            "\u2066",
            "\u2069", // bidi marks, embeddings, overrides, isolates
            "\u00a0",
            "\u2007",
            "\u3000",
            "\u2028",
            "\u2029", // spaces that are not the space, line/paragraph separators
            "\ud800",
            "\ue000",
            "\u0378" // a lone surrogate, private use, unassigned
        }) {
            String email = "ada" + hidden + "@example.com";
            ApiException refused = assertThrows(ApiException.class, () -> VisibleText.require("email", email), email);
            assertEquals("email " + VisibleText.PROBLEM, refused.getMessage());
            assertEquals("email", refused.body().error().details().get("field"));
        }
    }

    @Test
    void addressesInAnyScriptPass() {
        for (String email : new String[] {"ada@example.com", "josé@exämple.com", "名前@example.jp", "a b@example.com"}) {
            assertEquals(email, VisibleText.require("email", email));
        }
    }
}
