package io.genx3d.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding 12: only a plain https address of bounded length is ever repeated from a leak report. */
class LeakUrlTest {

    @Test
    void finding12_anythingButAPlainHttpsAddressIsDropped() {
        for (String bad : new String[] {
            null,
            "",
            "https://github.com/o/a/blob/main/c.js\r\nBcc: victim@evil.example",
            "https://github.com/o/a\nSign in again at https://evil.example",
            "http://github.com/o/a/blob/main/c.js",
            "javascript://github.com/%0aalert(1)",
            "//github.com/o/a",
            "github.com/o/a",
            "https://github.com/o/a/\u202egnp.exe",
            "https://github.com/o/a/\u200b",
            "https://github.com/o/a/\u001b[31m",
            "https://github.com/o/a/\u00e9",
            "https://github.com/two words",
            " https://github.com/o/a",
            "https://github.com@evil.example/o/a",
            "https://user:password@github.com/o/a",
            "https:///o/a",
            "https://github.com/" + "a".repeat(LeakUrl.MAX_LENGTH),
        }) {
            assertEquals(Optional.empty(), LeakUrl.accept(bad), String.valueOf(bad));
        }
    }

    @Test
    void aPlainHttpsAddressIsKeptAsWritten() {
        String longest = "https://github.com/" + "a".repeat(LeakUrl.MAX_LENGTH - "https://github.com/".length());
        for (String good : new String[] {
            "https://github.com/octo/app/blob/main/config.js",
            "https://github.com/octo/app/blob/main/config.js#L3",
            "https://gist.github.com/octo/1234?file=a%20b.txt",
            "HTTPS://GITHUB.COM/octo/app",
            "https://[2001:db8::1]:8443/x",
            longest
        }) {
            assertEquals(Optional.of(good), LeakUrl.accept(good), good);
        }
    }
}
