package io.genx3d.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final Set<String> TRUSTED = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertEquals("198.51.100.9", ClientAddresses.resolve("198.51.100.9", "203.0.113.7", TRUSTED));
        assertEquals("198.51.100.9", ClientAddresses.resolve("198.51.100.9", null, Set.of()));
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        assertEquals("203.0.113.7", ClientAddresses.resolve("10.0.0.1", "203.0.113.7", TRUSTED));
        assertEquals(
                "203.0.113.7",
                ClientAddresses.resolve("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2", TRUSTED),
                "a client cannot choose its address by prepending hops");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertEquals("10.0.0.1", ClientAddresses.resolve("10.0.0.1", "<script>", TRUSTED));
        assertEquals("10.0.0.1", ClientAddresses.resolve("10.0.0.1", "10.0.0.2", TRUSTED));
        assertEquals("10.0.0.1", ClientAddresses.resolve("10.0.0.1", " ", TRUSTED));
    }
}
