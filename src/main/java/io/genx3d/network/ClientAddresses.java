package io.genx3d.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the connection comes
 * from a proxy listed in {@code genx3d.trusted-proxies}; then the client is the right-most address that is not
 * itself a trusted proxy. Anyone else could write any address into that header, so it is ignored for them.
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
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
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
        return trustedProxies.contains(request.getRemoteAddr())
                && forwardedProto != null
                && forwardedProto.strip().equalsIgnoreCase("https");
    }

    public boolean isTrustedProxy(String address) {
        return trustedProxies.contains(address);
    }

    static String resolve(String peer, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops =
                Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted.contains(hop) && isPlausibleAddress(hop)) {
                return hop;
            }
            if (!trusted.contains(hop)) {
                return peer;
            }
        }
        return peer;
    }

    /** IPv4 or IPv6 characters only and a sane length: the value ends up in keys, logs and the database. */
    private static boolean isPlausibleAddress(String text) {
        return text.length() <= 45 && text.matches("[0-9A-Fa-f:.]+");
    }
}
