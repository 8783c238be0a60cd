package io.genx3d.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressTextTest {

    @ParameterizedTest
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "::1, ::1",
        "0:0:0:0:0:0:0:0, ::",
        "2001:DB8:0:0:0:0:2:1, 2001:db8::2:1",
        "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
        "fe80:0:0:0:0:0:0:0, fe80::",
        "0:0:1:0:0:0:0:0, 0:0:1::",
        "::ffff:192.0.2.1, 192.0.2.1",
        "192.0.2.1, 192.0.2.1",
        "203.0.113.7, 203.0.113.7",
        "unknown, unknown",
        "'1:2:3', '1:2:3'",
    })
    void writesEveryAddressOneWay(String given, String expected) {
        assertEquals(expected, IpAddressText.canonical(given));
    }
}
