package org.taplatform.coordination.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The SSRF guard and the signature, as a receiver checks them; no infrastructure. */
class WebhookTargetGuardTest {

    private final WebhookTargetGuard production = new WebhookTargetGuard(List.of());

    @Test
    void shouldRefuseInternalTargetsAndOtherSchemes() {
        for (String url : List.of("http://127.0.0.1:8084/api/v1/needs", "http://localhost/x", "http://10.1.2.3/hook",
                "https://192.168.0.10/hook", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/", "http://100.64.0.1/",
                // special-purpose blocks a deny-list forgets: documentation, benchmarking, reserved, broadcast,
                // NAT64 and 6to4 (both embed an IPv4 address, here 127.0.0.1), IPv4-mapped, Teredo, link-local
                "http://192.0.2.10/", "http://198.18.0.1/", "http://198.51.100.7/", "http://203.0.113.9/",
                "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.0.8/", "http://224.0.0.1/",
                "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[::ffff:127.0.0.1]/",
                "http://[::7f00:1]/", "http://[2001:0:4136:e378::1]/", "http://[2001:db8::1]/", "http://[fe80::1]/",
                "http://[ff02::1]/", "http://[::]/",
                "http://no-such-host.invalid/hook")) {
            assertThat(production.refusal(url)).as(url).isEqualTo(WebhookTargetGuard.NOT_GLOBAL);
        }
        assertThat(production.refusal("https://[2606:4700:4700::1111]/hook")).as("global unicast IPv6").isNull();
        assertThat(production.refusal("https://8.8.8.8/hook")).isNull();
        assertThat(production.refusal("ftp://example.org/hook")).isEqualTo("must be an http or https URL");
        assertThat(production.refusal("file:///etc/passwd")).isEqualTo("must be an http or https URL");
        assertThat(production.refusal("https://user:pw@93.184.216.34/hook")).contains("without user information");
        assertThat(production.refusal("https://93.184.216.34/hook")).isNull();
    }

    @Test
    void shouldLogAFailedDeliveryByItsKindWithoutTheAddressesAndPortsItNamed() {
        assertThat(WebhookDispatcher.failureOf(new java.net.ConnectException("Connection refused: /10.0.0.5:5432")))
                .isEqualTo("could not connect");
        assertThat(WebhookDispatcher.failureOf(new java.net.http.HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("could not connect in time");
        assertThat(WebhookDispatcher.failureOf(new javax.net.ssl.SSLHandshakeException("PKIX path building failed "
                + "for internal.example:8443"))).isEqualTo("the TLS handshake failed");
        assertThat(WebhookDispatcher.failureOf(new java.io.IOException("/192.168.1.1:22: Connection reset")))
                .isEqualTo("the connection failed");
    }

    @Test
    void shouldExemptOnlyTheConfiguredHosts() {
        WebhookTargetGuard tests = new WebhookTargetGuard(List.of("127.0.0.1"));
        assertThat(tests.refusal("http://127.0.0.1:9999/hook")).isNull();
        assertThat(tests.refusal("http://10.0.0.1/hook")).isNotNull();
    }

    @Test
    void shouldSignAsTheStandardWebhooksSpecificationsExample() {
        // the example of the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks)
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSize(6 + 44);
    }
}
