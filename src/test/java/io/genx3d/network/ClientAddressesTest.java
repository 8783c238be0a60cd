package io.genx3d.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final Set<String> TRUSTED = Set.of("10.0.0.1", "10.0.0.2");

    /** One {@code X-Forwarded-For} line (or none, for null) and no {@code Forwarded}. */
    private static String resolve(String peer, String forwardedFor, Set<String> trusted) {
        return ClientAddresses.resolve(
                peer, forwardedFor == null ? List.of() : List.of(forwardedFor), List.of(), trusted);
    }

    /** Issue 30, bug 3: people read ::1, not 0:0:0:0:0:0:0:1, and a proxy is trusted however it is written. */
    @Test
    void everyAddressIsWrittenOneWayWhereverItComesFrom() {
        Set<String> trusted = ClientAddresses.parse("0:0:0:0:0:0:0:1, 10.0.0.1");
        assertEquals(Set.of("::1", "10.0.0.1"), trusted);
        assertEquals(
                "2001:db8::17", ClientAddresses.resolve("::1", List.of("2001:DB8:0:0:0:0:0:17"), List.of(), trusted));
        assertEquals(
                "2001:db8::17",
                ClientAddresses.resolve("::1", List.of(), List.of("for=\"[2001:db8:0:0:0:0:0:17]:4711\""), trusted));
    }

    @Test
    void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertEquals("198.51.100.9", resolve("198.51.100.9", "203.0.113.7", TRUSTED));
        assertEquals("198.51.100.9", resolve("198.51.100.9", null, Set.of()));
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        assertEquals("203.0.113.7", resolve("10.0.0.1", "203.0.113.7", TRUSTED));
        assertEquals(
                "203.0.113.7",
                resolve("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2", TRUSTED),
                "a client cannot choose its address by prepending hops");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertEquals("10.0.0.1", resolve("10.0.0.1", "<script>", TRUSTED));
        assertEquals("10.0.0.1", resolve("10.0.0.1", "10.0.0.2", TRUSTED));
        assertEquals("10.0.0.1", resolve("10.0.0.1", " ", TRUSTED));
    }

    @Test
    void finding8_everyForwardedForLineCountsSoAClientsOwnLineIsNotBelieved() {
        assertEquals(
                "198.51.100.4",
                ClientAddresses.resolve("10.0.0.1", List.of("203.0.113.9", "198.51.100.4"), List.of(), TRUSTED),
                "HAProxy's option forwardfor adds its own line after the client's");
        assertEquals(
                "198.51.100.4",
                ClientAddresses.resolve(
                        "10.0.0.1", List.of("203.0.113.9, 6.6.6.6", "198.51.100.4, 10.0.0.2"), List.of(), TRUSTED));
    }

    @Test
    void finding8_forwardedIsReadLikeForwardedFor() {
        assertEquals(
                "192.0.2.60",
                ClientAddresses.resolve(
                        "10.0.0.1",
                        List.of(),
                        List.of("for=203.0.113.9", "for=192.0.2.60;proto=http;by=10.0.0.1"),
                        TRUSTED));
        assertEquals(
                "2001:db8:cafe::17",
                ClientAddresses.resolve("10.0.0.1", List.of(), List.of("for=\"[2001:db8:cafe::17]:4711\""), TRUSTED));
        assertEquals(
                "192.0.2.43",
                ClientAddresses.resolve(
                        "10.0.0.1", List.of(), List.of("For=\"192.0.2.43:47011\", for=10.0.0.2"), TRUSTED));
        assertEquals(
                "10.0.0.1",
                ClientAddresses.resolve("10.0.0.1", List.of(), List.of("for=unknown"), TRUSTED),
                "an obfuscated or unknown node is no address");
        assertEquals(
                "10.0.0.1",
                ClientAddresses.resolve("10.0.0.1", List.of(), List.of("for=_hidden, for=10.0.0.2"), TRUSTED));
    }

    @Test
    void finding8_twoHeadersThatDisagreeAreNeitherBelieved() {
        assertEquals(
                "10.0.0.1",
                ClientAddresses.resolve("10.0.0.1", List.of("198.51.100.4"), List.of("for=203.0.113.9"), TRUSTED),
                "a client's own Forwarded beside the proxy's X-Forwarded-For");
        assertEquals(
                "198.51.100.4",
                ClientAddresses.resolve("10.0.0.1", List.of("198.51.100.4"), List.of("for=198.51.100.4"), TRUSTED));
        assertEquals(
                "198.51.100.9",
                ClientAddresses.resolve("198.51.100.9", List.of("203.0.113.9"), List.of("for=203.0.113.9"), TRUSTED),
                "an untrusted peer's headers are never read");
    }
}
