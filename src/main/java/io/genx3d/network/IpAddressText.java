package io.genx3d.network;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * One way to write an address, so that people read {@code ::1} and not {@code 0:0:0:0:0:0:0:1} (what the servlet
 * container reports), and so that the same client is the same string wherever it is compared or counted: IPv6 in
 * RFC 5952's canonical text (lower case, no leading zeros, the longest run of two or more zero groups as {@code ::},
 * the first of equal runs), IPv4-mapped IPv6 as the IPv4 address, anything else as given.
 */
public final class IpAddressText {

    private static final int GROUPS = 8;
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddressText() {}

    public static String canonical(String address) {
        // Only address literals are parsed: a name would make InetAddress ask the DNS.
        if (address == null
                || address.indexOf(':') < 0
                || !IPV6_CHARACTERS.matcher(address).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return address;
        }
        return parsed instanceof Inet6Address ipv6 ? rfc5952(ipv6.getAddress()) : parsed.getHostAddress();
    }

    private static String rfc5952(byte[] bytes) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened
        for (int i = 0; i < GROUPS; ) {
            int length = 0;
            while (i + length < GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += Math.max(length, 1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
