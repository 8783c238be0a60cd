package io.genx3d.keys;

import io.genx3d.errors.ApiException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client addresses a key may be used from: IPv4 and IPv6 addresses and CIDR ranges; empty means any address.
 * Only literals are accepted (checked by pattern before {@link InetAddress} sees them), so parsing never resolves a
 * host name. Entries are stored in their normal form ({@code 10.0.0.0/8}, {@code 2001:db8:0:0:0:0:0:0/32}).
 */
public final class AddressAllowlist {

    public static final int MAX_ENTRIES = 100;
    private static final AddressAllowlist ANY = new AddressAllowlist(List.of());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private AddressAllowlist(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static AddressAllowlist any() {
        return ANY;
    }

    /** Entries from a request; a bad one is the envelope's 400 naming it. */
    public static AddressAllowlist parse(List<String> entries, String field) {
        if (entries.size() > MAX_ENTRIES) {
            throw ApiException.badField(field, "may list at most " + MAX_ENTRIES + " addresses or ranges");
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            ranges.add(Range.parse(entry.strip())
                    .orElseThrow(() -> ApiException.badField(
                            field,
                            "contains '" + shorten(entry)
                                    + "', which is not an IPv4 or IPv6 address or CIDR range (e.g. 203.0.113.7,"
                                    + " 10.0.0.0/8, 2001:db8::/32)")));
        }
        return new AddressAllowlist(ranges.stream().distinct().toList());
    }

    static AddressAllowlist parseStored(String stored) {
        if (stored == null || stored.isEmpty()) {
            return ANY;
        }
        return parse(Arrays.asList(stored.split(",")), "allowed_ips");
    }

    String stored() {
        return ranges.isEmpty() ? null : String.join(",", entries());
    }

    public List<String> entries() {
        return ranges.stream().map(Range::toString).toList();
    }

    public boolean isAny() {
        return ranges.isEmpty();
    }

    /**
     * Whether every address this list allows is also allowed by {@code outer}: a key restricted to {@code outer} may
     * hand this list on without widening what it can reach. Any address is within only an unrestricted list.
     */
    public boolean isWithin(AddressAllowlist outer) {
        if (outer.isAny()) {
            return true;
        }
        return !isAny()
                && ranges.stream().allMatch(range -> outer.ranges.stream().anyMatch(range::isInside));
    }

    /** Whether a client at {@code address} (as {@code ClientAddresses} decided it) may use the key. */
    public boolean allows(String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        byte[] client = Range.literal(address == null ? "" : address.replaceAll("^\\[|]$", ""));
        return client != null && ranges.stream().anyMatch(range -> range.contains(client));
    }

    private static String shorten(String entry) {
        return entry.length() > 50 ? entry.substring(0, 50) + "…" : entry;
    }

    private record Range(byte[] network, int prefix) {

        static java.util.Optional<Range> parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                return java.util.Optional.empty();
            }
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = entry.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return java.util.Optional.empty();
                }
                prefix = Integer.parseInt(length);
            }
            return java.util.Optional.of(new Range(masked(bytes, prefix), prefix));
        }

        /** The address's bytes if it is an IP literal, else null (never a DNS lookup: names fail the patterns). */
        static byte[] literal(String address) {
            boolean v4 = IPV4.matcher(address).matches();
            if (!v4 && !IPV6.matcher(address).matches()) {
                return null;
            }
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                return v4 && bytes.length != 4 ? null : bytes;
            } catch (UnknownHostException | RuntimeException notAnAddress) {
                return null;
            }
        }

        /** This range is a part of {@code outer}: the same family, no shorter prefix, and the same leading bits. */
        boolean isInside(Range outer) {
            return prefix >= outer.prefix && outer.contains(network);
        }

        boolean contains(byte[] address) {
            return address.length == network.length && Arrays.equals(masked(address, prefix), network);
        }

        private static byte[] masked(byte[] address, int prefix) {
            byte[] result = address.clone();
            for (int bit = prefix; bit < result.length * 8; bit++) {
                result[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
            }
            return result;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Range range && range.prefix == prefix && Arrays.equals(range.network, network);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(network) * 31 + prefix;
        }

        @Override
        public String toString() {
            try {
                String address = InetAddress.getByAddress(network).getHostAddress();
                return prefix == network.length * 8 ? address : address + "/" + prefix;
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
