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
 * The SSRF guard: a webhook target must be an absolute http(s) URL whose host resolves only to public addresses. A
 * subscriber must not make the platform call its own internals (loopback, private networks, link-local such as the
 * cloud metadata address 169.254.169.254, unique-local IPv6, multicast). Checked when a subscription is made and
 * again before every attempt, since a name can be re-pointed after the check (DNS rebinding); redirects are not
 * followed. Hosts in {@code coordination.webhooks.allowed-private-hosts} are exempt (the tests' receiver only).
 */
@ApplicationScoped
public class WebhookTargetGuard {

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
            return "host " + host + " does not resolve";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "must not point to a loopback, private, link-local or multicast address (" + host + " is "
                        + address.getHostAddress() + ")";
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128; // "this network", carrier-grade NAT
    }
}
