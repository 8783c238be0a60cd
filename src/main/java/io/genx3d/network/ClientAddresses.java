package io.genx3d.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} and {@code Forwarded} are believed only when the
 * connection comes from a proxy listed in {@code genx3d.trusted-proxies}; then the client is the right-most address
 * that is not itself a trusted proxy (see {@link #resolve}). Anyone else could write any address into those headers,
 * so they are ignored for them. Every address is given in one text ({@link IpAddressText}): {@code ::1}, never
 * {@code 0:0:0:0:0:0:0:1}, also in {@code genx3d.trusted-proxies}.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "genx3d.trusted-proxies")
    Optional<String> trustedProxiesSetting; // Optional: MicroProfile Config treats an empty value as no value

    private Set<String> trustedProxies;

    @PostConstruct
    void init() {
        trustedProxies = parse(trustedProxiesSetting.orElse(""));
    }

    static Set<String> parse(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(IpAddressText::canonical)
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return resolve(
                IpAddressText.canonical(request.getRemoteAddr()),
                lines(request.getHeaders("X-Forwarded-For")),
                lines(request.getHeaders("Forwarded")),
                trustedProxies);
    }

    /**
     * Whether the client's connection was TLS: this one is, or a trusted proxy says (X-Forwarded-Proto) that the
     * one it received was.
     */
    public boolean arrivedOverTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        return trustedProxies.contains(IpAddressText.canonical(request.getRemoteAddr()))
                && forwardedProto != null
                && forwardedProto.strip().equalsIgnoreCase("https");
    }

    public boolean isTrustedProxy(String address) {
        return trustedProxies.contains(IpAddressText.canonical(address));
    }

    /**
     * The client behind {@code peer}. Every line of each header counts (a proxy may add a line of its own instead of
     * appending to the client's); the hops of {@code X-Forwarded-For} and of {@code Forwarded} (RFC 7239's
     * {@code for=}) are read right to left, and the first that is not a trusted proxy is the client. A client can write
     * either header itself and a proxy appends to only one of them, so when both name a client and disagree, neither
     * is believed and the client is the peer.
     */
    static String resolve(String peer, List<String> forwardedFor, List<String> forwarded, Set<String> trusted) {
        if (!trusted.contains(peer)) {
            return peer;
        }
        Optional<String> byForwardedFor = rightMostUntrusted(hops(forwardedFor, ClientAddresses::plain), trusted);
        Optional<String> byForwarded = rightMostUntrusted(hops(forwarded, ClientAddresses::forNode), trusted);
        if (byForwardedFor.isPresent() && byForwarded.isPresent()) {
            return byForwardedFor.equals(byForwarded) ? byForwardedFor.get() : peer;
        }
        return byForwardedFor.or(() -> byForwarded).orElse(peer);
    }

    private static List<String> lines(Enumeration<String> headers) {
        return headers == null ? List.of() : Collections.list(headers);
    }

    /** Each line's comma-separated elements, in order, turned into an address (empty: none given or not one). */
    private static List<Optional<String>> hops(List<String> lines, Function<String, Optional<String>> address) {
        List<Optional<String>> hops = new ArrayList<>();
        for (String line : lines) {
            for (String element : line.split(",", -1)) {
                if (!element.isBlank()) {
                    hops.add(address.apply(element.strip()));
                }
            }
        }
        return hops;
    }

    /**
     * The right-most hop that is not a trusted proxy, when it is a plausible address. A hop that is no address (garbage,
     * {@code unknown}, an obfuscated name) ends the search: what lies left of it is not known to come from a proxy.
     */
    private static Optional<String> rightMostUntrusted(List<Optional<String>> hops, Set<String> trusted) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = hops.get(i);
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!trusted.contains(hop.get())) {
                return hop;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> plain(String element) {
        return Optional.of(element).filter(ClientAddresses::isPlausibleAddress).map(IpAddressText::canonical);
    }

    /**
     * RFC 7239: {@code for=192.0.2.60;proto=http}, {@code for="[2001:db8::17]:4711"}, {@code for="192.0.2.43:47011"};
     * the address without brackets or port.
     */
    private static Optional<String> forNode(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                return plain(node(pair.substring(equals + 1).strip().replaceAll("^\"|\"$", "")));
            }
        }
        return Optional.empty();
    }

    private static String node(String value) {
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? "" : value.substring(1, close);
        }
        int colon = value.indexOf(':');
        return colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
    }

    /** IPv4 or IPv6 characters only and a sane length: the value ends up in keys, logs and the database. */
    private static boolean isPlausibleAddress(String text) {
        return text.length() <= 45 && text.matches("[0-9A-Fa-f:.]+");
    }
}
