package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressAllowlistTest {

    private static AddressAllowlist of(String... entries) {
        return AddressAllowlist.parse(List.of(entries), "allowed_ips");
    }

    @Test
    void addressesAndRangesOfBothFamiliesAreMatchedByTheirBits() {
        AddressAllowlist list = of("203.0.113.7", "10.0.0.0/8", "2001:db8::/32");
        assertTrue(list.allows("203.0.113.7"));
        assertFalse(list.allows("203.0.113.8"));
        assertTrue(list.allows("10.255.1.2"));
        assertFalse(list.allows("11.0.0.1"));
        assertTrue(list.allows("2001:db8:ffff::1"));
        assertTrue(list.allows("[2001:db8::9]"), "a bracketed IPv6 address");
        assertFalse(list.allows("2001:db9::1"));
        assertFalse(list.allows(null));
        assertFalse(list.allows("not an address"));
    }

    @Test
    void entriesAreKeptInTheirNormalFormAndOnce() {
        assertEquals(
                List.of("10.0.0.0/8", "2001:db8:0:0:0:0:0:0/32", "192.0.2.1"),
                of("10.1.2.3/8", "2001:DB8::/32", "192.0.2.1", "10.0.0.0/8").entries());
        AddressAllowlist stored =
                AddressAllowlist.parseStored(of("10.0.0.0/8", "::1").stored());
        assertEquals(List.of("10.0.0.0/8", "0:0:0:0:0:0:0:1"), stored.entries());
    }

    @Test
    void anEmptyListAllowsEveryAddress() {
        assertTrue(AddressAllowlist.any().allows("198.51.100.1"));
        assertTrue(of().isAny());
        assertEquals(null, of().stored());
    }

    @Test
    void namesAndMalformedEntriesAreRefusedWithoutALookup() {
        for (String bad : List.of("localhost", "example.com", "10.0.0.0/33", "::/129", "1.2.3", "1.2.3.4/", "/8", "")) {
            ApiException refused = assertThrows(ApiException.class, () -> of(bad), bad);
            assertEquals("allowed_ips", refused.body().error().details().get("field"));
        }
        List<String> tooMany = java.util.Collections.nCopies(AddressAllowlist.MAX_ENTRIES + 1, "10.0.0.1");
        assertThrows(ApiException.class, () -> AddressAllowlist.parse(tooMany, "allowed_ips"));
    }

    @Test
    void aListIsWithinAnotherOnlyWhenEveryAddressItAllowsIsAllowedThere() {
        AddressAllowlist office = of("127.0.0.1", "10.0.0.0/8", "2001:db8::/32");
        assertTrue(of("127.0.0.1").isWithin(office));
        assertTrue(of("10.1.0.0/16", "10.2.3.4").isWithin(office));
        assertTrue(of("2001:db8:1::/48").isWithin(office));
        assertTrue(office.isWithin(office));
        assertFalse(of("127.0.0.2").isWithin(office));
        assertFalse(of("10.0.0.0/7").isWithin(office), "a shorter prefix is wider");
        assertFalse(of("127.0.0.1", "192.0.2.1").isWithin(office), "one entry outside is enough");
        assertFalse(AddressAllowlist.any().isWithin(office), "any address is wider than any list");
        assertTrue(office.isWithin(AddressAllowlist.any()));
        assertTrue(AddressAllowlist.any().isWithin(AddressAllowlist.any()));
    }
}
