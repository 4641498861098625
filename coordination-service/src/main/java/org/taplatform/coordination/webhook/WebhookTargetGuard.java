package org.taplatform.coordination.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SSRF guard: a webhook target must be an absolute http(s) URL whose host resolves only to globally routable
 * unicast addresses. An allow-list, not a list of forbidden ranges: IPv4 outside every special-purpose block of the
 * IANA registry (RFC 6890 and its updates: "this network", private, shared/CGNAT, loopback, link-local, IETF
 * protocol assignments, documentation, 6to4 relay, benchmarking, multicast, reserved, broadcast); IPv6 only in global
 * unicast 2000::/3 and there outside the IETF protocol assignments (2001::/23, Teredo included), documentation
 * (2001:db8::/32, 3fff::/20) and 6to4 (2002::/16, which embeds any IPv4 address). So NAT64 (64:ff9b::/96), IPv4-mapped
 * and -compatible, unique-local and link-local IPv6 are refused too. A subscriber must not make the platform call its
 * own internals. Checked when a subscription is made and again before every attempt, since a name can be re-pointed
 * after the check (DNS rebinding); redirects are not followed. The refusal says what is required, never what a name
 * resolved to, so that it cannot map internal names. Hosts in {@code coordination.webhooks.allowed-private-hosts} are
 * exempt (the tests' receiver only).
 */
@ApplicationScoped
public class WebhookTargetGuard {

    static final String NOT_GLOBAL = "must name a host that resolves only to globally routable unicast addresses";

    /** IPv4 special-purpose blocks (IANA IPv4 Special-Purpose Address Registry) and multicast, reserved, broadcast. */
    private static final List<Block> NOT_GLOBAL_V4 = Block.all("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24",
            "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");
    /** Within 2000::/3, the blocks that are not global unicast (IANA IPv6 Special-Purpose Address Registry). */
    private static final List<Block> NOT_GLOBAL_V6 = Block.all("2001::/23", "2001:db8::/32", "2002::/16",
            "3fff::/20");
    private static final Block GLOBAL_UNICAST_V6 = Block.of("2000::/3");

    private final List<String> allowedPrivateHosts;

    @Inject
    WebhookTargetGuard(WebhookSettings settings) {
        this(settings.allowedPrivateHosts().orElse(List.of()));
    }

    WebhookTargetGuard(List<String> allowedPrivateHosts) {
        this.allowedPrivateHosts = allowedPrivateHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why the URL may not be a target, or null when it may. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return "must be a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "must name a host, without user information";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedPrivateHosts.contains(host)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return NOT_GLOBAL; // the same words as for an internal name: whether a name exists is not told
        }
        for (InetAddress address : addresses) {
            if (!isGlobalUnicast(address)) {
                return NOT_GLOBAL;
            }
        }
        return null;
    }

    static boolean isGlobalUnicast(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return GLOBAL_UNICAST_V6.contains(bytes) && NOT_GLOBAL_V6.stream().noneMatch(b -> b.contains(bytes));
        }
        return NOT_GLOBAL_V4.stream().noneMatch(b -> b.contains(bytes));
    }

    /** An address block in CIDR notation. */
    private record Block(byte[] prefix, int length) {

        static List<Block> all(String... cidrs) {
            return java.util.Arrays.stream(cidrs).map(Block::of).toList();
        }

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                // literals only: no lookup
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = length / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
