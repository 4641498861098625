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
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/", "http://100.64.0.1/")) {
            assertThat(production.refusal(url)).as(url).contains("must not point to");
        }
        assertThat(production.refusal("ftp://example.org/hook")).isEqualTo("must be an http or https URL");
        assertThat(production.refusal("file:///etc/passwd")).isEqualTo("must be an http or https URL");
        assertThat(production.refusal("https://user:pw@93.184.216.34/hook")).contains("without user information");
        assertThat(production.refusal("https://93.184.216.34/hook")).isNull();
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
