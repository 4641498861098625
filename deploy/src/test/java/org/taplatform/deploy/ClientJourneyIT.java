package org.taplatform.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taplatform.client.coordination.api.CountryCoordinationApi;
import org.taplatform.client.coordination.api.OverlapsApi;
import org.taplatform.client.coordination.api.SubscriptionsAndWebhooksApi;
import org.taplatform.client.coordination.model.CountryCoordination;
import org.taplatform.client.coordination.model.DraftActivity;
import org.taplatform.client.coordination.model.NoticeKind;
import org.taplatform.client.coordination.model.OverlapCheck;
import org.taplatform.client.coordination.model.SubscriptionCreated;
import org.taplatform.client.coordination.model.SubscriptionRequest;
import org.taplatform.client.needs.api.AnalysisApi;
import org.taplatform.client.needs.api.NeedsApi;
import org.taplatform.client.needs.model.Breakdown;
import org.taplatform.client.needs.model.NeedView;
import org.taplatform.client.needs.model.PageNeedView;
import org.taplatform.client.registry.api.ActivitiesApi;
import org.taplatform.client.registry.api.PledgesApi;
import org.taplatform.client.registry.model.ActivityRequest;
import org.taplatform.client.registry.model.ActivityView;
import org.taplatform.client.registry.model.BudgetInput;
import org.taplatform.client.registry.model.CountryShare;
import org.taplatform.client.registry.model.ParticipantInput;
import org.taplatform.client.registry.model.PledgeRequest;
import org.taplatform.client.registry.model.PledgeStatus;
import org.taplatform.client.registry.model.PledgeView;
import org.taplatform.client.registry.model.SectorShare;
import org.taplatform.client.survey.api.ReportingCyclesApi;
import org.taplatform.client.survey.api.ResponsesApi;
import org.taplatform.client.survey.model.CycleView;
import org.taplatform.client.survey.model.NewResponse;
import org.taplatform.client.survey.model.ResponseView;
import org.taplatform.client.survey.model.SaveAnswers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * The platform as a partner organisation integrates with it: only through the Java clients openapi-generator makes
 * from the committed contracts (the api-client module), with real Keycloak tokens, against the launcher's platform.
 * Each test is one kind of user's errand; a failure here is a contract a generated client cannot use.
 */
class ClientJourneyIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DONOR = "XI-IATI-NORLANDMFA";
    private static final String PARTNER = "XI-IATI-IICJ";
    private static final String FIELD_OFFICE = "XM-DAC-41128-ROEA";
    private static final String SUBTYPE = "COOPERATION.CRIMINAL_MATTERS_TRAINING";

    /** What the donor's webhook receiver got: the headers that matter and the body, as sent. */
    private record Delivery(String id, String timestamp, String signature, String body) {
    }

    private static HttpServer receiver;
    private static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPlatformAndReceiver() throws IOException {
        Platform.startForTests();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            DELIVERIES.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), new String(body, UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopPlatform() {
        receiver.stop(0);
        Platform.run("down.sh", "--wipe");
    }

    @Test
    void aDonorPagesThroughACountrysNeedsReadsTheAnalysesAndPledges() throws Exception {
        String token = Platform.passwordToken("donor-norland");
        NeedsApi needs = new NeedsApi(needsClient(token));

        // every page, following next, until there is none: each need once, all of the country
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageNeedView page = needs.listNeeds(NeedsApi.APIListNeedsRequest.newBuilder().country("KEN").limit(2)
                    .cursor(cursor).build());
            assertThat(page.getItems()).extracting(NeedView::getCountry).containsOnly("KEN");
            assertThat(page.getAsOf()).as("when the needs last changed").isNotNull();
            page.getItems().forEach(need -> seen.add(need.getId().toString()));
            cursor = page.getNext();
            pages++;
        } while (cursor != null && pages < 100);
        PageNeedView whole = needs.listNeeds(NeedsApi.APIListNeedsRequest.newBuilder().country("KEN").limit(500)
                .build());
        assertThat(pages).as("the donor's query spans pages").isGreaterThan(1);
        assertThat(seen).doesNotHaveDuplicates().hasSize(whole.getItems().size());
        // a filter narrows: every need of the first one's TA type, and no other
        String taType = whole.getItems().get(0).getTaType();
        assertThat(needs.listNeeds(NeedsApi.APIListNeedsRequest.newBuilder().country("KEN").taType(taType).limit(500)
                .build()).getItems()).isNotEmpty().extracting(NeedView::getTaType).containsOnly(taType);

        // the analysis as a table and as a chart
        AnalysisApi analysis = new AnalysisApi(needsClient(token));
        Breakdown byType = analysis.analyseNeeds(AnalysisApi.APIAnalyseNeedsRequest.newBuilder().dimension("ta-type")
                .build());
        assertThat(byType.getTotal()).isPositive();
        assertThat(byType.getAsOf()).isNotNull();
        assertThat(byType.getCells()).isNotEmpty();
        java.io.File chart = analysis.chartNeeds(AnalysisApi.APIChartNeedsRequest.newBuilder().dimension("ta-type")
                .format("svg").build());
        assertThat(Files.readString(chart.toPath())).contains("<svg");

        // a pledge to one of the needs, found again among the need's pledges
        NeedView need = whole.getItems().get(0);
        PledgesApi pledges = new PledgesApi(registryClient(token));
        PledgeView pledge = pledges.recordPledge(PledgesApi.APIRecordPledgeRequest.newBuilder()
                .pledgeRequest(new PledgeRequest().donor(DONOR).country("KEN").amount(new BigDecimal("50000"))
                        .currency("EUR").status(PledgeStatus.PLEDGED).needId(need.getId())
                        .note("client journey " + RUN))
                .build());
        assertThat(pledges.listPledges(PledgesApi.APIListPledgesRequest.newBuilder().needId(need.getId()).build())
                .getItems()).extracting(PledgeView::getId).contains(pledge.getId());
    }

    @Test
    void aPartnersMachineChecksForOverlapsBeforeItRegistersAnActivity() throws Exception {
        String token = Platform.clientCredentialsToken();
        OverlapCheck check = new OverlapsApi(coordinationClient(token)).checkOverlaps(OverlapsApi
                .APICheckOverlapsRequest.newBuilder().draftActivity(draft(PARTNER, "Mutual legal assistance clinic " + RUN))
                .build());
        assertThat(check.getOverlaps()).as("nothing like this clinic is registered yet").isEmpty();

        ActivityView registered = register(token, PARTNER, "CLINIC-" + RUN, "Mutual legal assistance clinic " + RUN);
        assertThat(registered.getActivity().getIatiIdentifier()).isEqualTo(PARTNER + "-CLINIC-" + RUN);

        // once coordination knows it, the same plan from the field office is flagged before it is registered
        OverlapsApi fieldOffice = new OverlapsApi(coordinationClient(Platform.passwordToken("fo-nairobi")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(fieldOffice.checkOverlaps(
                OverlapsApi.APICheckOverlapsRequest.newBuilder().draftActivity(draft(FIELD_OFFICE,
                        "Mutual legal assistance clinic " + RUN)).build()).getOverlaps())
                .extracting(overlap -> overlap.getIatiIdentifier()).contains(PARTNER + "-CLINIC-" + RUN));
    }

    private static DraftActivity draft(String organisation, String title) {
        return new DraftActivity().organisation(organisation).titles(Map.of("en", title))
                .recipientCountries(List.of("KEN")).taSubtypes(List.of(SUBTYPE))
                .plannedStart(LocalDate.now()).plannedEnd(LocalDate.now().plusMonths(6));
    }

    @Test
    void aFieldOfficeRegistersAnActivityAndTheCoordinatorSeesItInTheCountryView() throws Exception {
        ActivityView registered = register(Platform.passwordToken("fo-nairobi"), FIELD_OFFICE, "FO-" + RUN,
                "Asset recovery mentoring for Kenyan prosecutors " + RUN);
        UUID id = registered.getActivity().getActivityId();

        CountryCoordinationApi countries = new CountryCoordinationApi(coordinationClient(
                Platform.passwordToken("coordinator")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            CountryCoordination kenya = countries.getCountryCoordination(CountryCoordinationApi
                    .APIGetCountryCoordinationRequest.newBuilder().country("KEN").build());
            assertThat(kenya.getNeeds()).as("Kenya's needs beside the activities").isNotEmpty();
            assertThat(kenya.getActivities()).extracting(activity -> activity.getId()).contains(id);
        });
    }

    @Test
    void aFocalPointsSubmissionReachesTheDonorsWebhookSigned() throws Exception {
        // the donor subscribes to the Philippines' needs, and keeps the secret shown once
        SubscriptionCreated subscription = new SubscriptionsAndWebhooksApi(coordinationClient(
                Platform.passwordToken("donor-norland"))).createSubscription(SubscriptionsAndWebhooksApi
                .APICreateSubscriptionRequest.newBuilder().subscriptionRequest(new SubscriptionRequest()
                        .callbackUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks")
                        .kinds(List.of(NoticeKind.NEED)).countries(List.of("PHL"))
                        .description("client journey " + RUN)).build());
        assertThat(subscription.getSecret()).startsWith("whsec_");

        // the focal point answers the open cycle's SOM questionnaire with one need, and submits
        String focalPoint = Platform.passwordToken("focal-phl");
        CycleView open = new ReportingCyclesApi(surveyClient(focalPoint)).listCycles(ReportingCyclesApi
                .APIListCyclesRequest.newBuilder().build()).getItems().stream()
                .filter(cycle -> "OPEN".equals(String.valueOf(cycle.getStatus()))).findFirst().orElseThrow();
        ResponsesApi responses = new ResponsesApi(surveyClient(focalPoint));
        var started = responses.createResponseWithHttpInfo(ResponsesApi.APICreateResponseRequest.newBuilder()
                .newResponse(new NewResponse().cycleId(open.getId()).country("PHL").instrument("SOM").language(NewResponse.LanguageEnum.EN))
                .build());
        UUID responseId = started.getData().getId();
        var saved = responses.saveAnswersWithHttpInfo(ResponsesApi.APISaveAnswersRequest.newBuilder().id(responseId)
                .ifMatch(etag(started.getHeaders())).saveAnswers(new SaveAnswers().answers(Platform.withNeed(Platform.checklistAnswers("SOM"),
                        Map.of("taSubtype", "COOPERATION.CRIMINAL_MATTERS_TRAINING",
                                "priority", "HIGH", "beneficiaryGroups", List.of("LAW_ENFORCEMENT"),
                                "consent", "PROVIDERS_AND_DONORS",
                                "description", "Joint investigation teams for migrant smuggling cases " + RUN))))
                .build());
        String needId = new ObjectMapper().valueToTree(saved.getData().getAnswers()).path("G.TA").path(0).path("id")
                .asText();
        assertThat(needId).as("the stated need's id, given on saving").isNotBlank();
        ResponseView submitted = responses.submitResponse(ResponsesApi.APISubmitResponseRequest.newBuilder()
                .id(responseId).ifMatch(etag(saved.getHeaders())).build());
        assertThat(String.valueOf(submitted.getStatus())).isEqualTo("SUBMITTED");

        // the need reaches the donor's receiver, signed with the subscription's secret
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(DELIVERIES)
                .anyMatch(delivery -> delivery.body().contains(needId)));
        Delivery delivery = DELIVERIES.stream().filter(d -> d.body().contains(needId)).findFirst().orElseThrow();
        assertThat(delivery.signature()).isEqualTo(sign(subscription.getSecret(), delivery));
        JsonNode notice = new ObjectMapper().readTree(delivery.body());
        assertThat(notice.toString()).contains("PHL");
    }

    // ---- the clients, as a partner sets them up: a base URL and a bearer token

    private static final ObjectMapper JSON = org.taplatform.client.needs.ApiClient.createDefaultObjectMapper();

    private static java.util.function.Consumer<java.net.http.HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private static org.taplatform.client.needs.ApiClient needsClient(String token) {
        return new org.taplatform.client.needs.ApiClient(HttpClient.newBuilder(), JSON, Platform.NEEDS).setRequestInterceptor(bearer(token));
    }

    private static org.taplatform.client.registry.ApiClient registryClient(String token) {
        return new org.taplatform.client.registry.ApiClient(HttpClient.newBuilder(), JSON, Platform.REGISTRY).setRequestInterceptor(bearer(token));
    }

    private static org.taplatform.client.coordination.ApiClient coordinationClient(String token) {
        return new org.taplatform.client.coordination.ApiClient(HttpClient.newBuilder(), JSON, Platform.COORDINATION).setRequestInterceptor(bearer(token));
    }

    private static org.taplatform.client.survey.ApiClient surveyClient(String token) {
        return new org.taplatform.client.survey.ApiClient(HttpClient.newBuilder(), JSON, Platform.SURVEY).setRequestInterceptor(bearer(token));
    }

    private static ActivityView register(String token, String organisation, String localId, String title)
            throws Exception {
        return new ActivitiesApi(registryClient(token)).registerActivity(ActivitiesApi.APIRegisterActivityRequest
                .newBuilder().activityRequest(new ActivityRequest().reportingOrganisation(organisation).localId(localId)
                        .titles(Map.of("en", title)).descriptions(Map.of("en", title + ": workshops and case clinics"))
                        .status("2").participants(List.of(new ParticipantInput().identifier(organisation)
                                .name("Implementer").role("4")))
                        .recipientCountries(List.of(new CountryShare().code("KEN")))
                        .sectors(List.of(new SectorShare().code("15130"))).taSubtypes(List.of(SUBTYPE))
                        .plannedStart(LocalDate.now()).plannedEnd(LocalDate.now().plusMonths(9))
                        .budget(new BudgetInput().amount(new BigDecimal("90000")).currency("USD")
                                .valueDate(LocalDate.now())))
                .build());
    }

    private static String etag(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .map(header -> header.getValue().get(0)).findFirst().orElseThrow();
    }

    /** Standard Webhooks: v1, base64 HMAC-SHA256 of "id.timestamp.body" under the secret's key. */
    private static String sign(String secret, Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] digest = mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body()).getBytes(UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(digest);
    }
}
