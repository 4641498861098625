package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The web console in a real browser (headless Chromium through Selenium) against the launcher's platform, signing in
 * through Keycloak's own login page: each kind of user's journey, axe-core on every page it passes (no serious or
 * critical WCAG 2.2 AA violation), and the screenshots docs/web-console.md shows, in English and Arabic.
 */
class ConsoleBrowserIT {

    @BeforeAll
    static void startPlatform() {
        Platform.startForTests();
    }

    @AfterAll
    static void stopPlatform() {
        Platform.run("down.sh", "--wipe");
    }

    /**
     * Anyone reads the public figures, in each language; a person signs in through Keycloak (code flow with PKCE),
     * sees who they are, switches to Arabic (right to left, Arabic digits kept Latin), and signs out.
     */
    @Test
    void shouldShowThePublicFiguresAndSignAPersonInAndOut() {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.open("/?lang=en").assertAccessible().screenshot("public-figures-en");
            assertThat(browser.text("h1")).isNotBlank();
            assertThat(browser.source()).contains("<html lang=\"en\" dir=\"ltr\">");
            browser.open("/?lang=ar").assertAccessible().screenshot("public-figures-ar");
            assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.text("main")).contains("معدلات الردود حسب دورة الإبلاغ", "55.0 %");

            browser.signIn("/me?lang=fr", "focal-ken");
            assertThat(browser.loginPage()).startsWith(Platform.KEYCLOAK + "/protocol/openid-connect/auth")
                    .contains("client_id=ta-console", "code_challenge_method=S256");
            assertThat(browser.url()).isEqualTo(Platform.CONSOLE + "/me?lang=fr");
            assertThat(browser.text("main")).contains("Connecté en tant que focal-ken", "Point de contact national");
            browser.assertAccessible();

            browser.click("a[href='/sign-out']");
            assertThat(browser.url()).startsWith(Platform.CONSOLE + "/");
            assertThat(browser.all("a[href='/sign-out']")).isEmpty();
            browser.open("/me");
            assertThat(browser.url()).as("signed out: /me sends to Keycloak again").startsWith(Platform.KEYCLOAK);
        }
    }

    /**
     * A focal point answers their State's questionnaire in Arabic: starts the open cycle's Migrants Protocol checklist,
     * answers each article, states a need under article 14 with its sharing consent, submits; the need reaches the
     * needs register, and the donor's desk officer finds it in the console.
     */
    @Test
    void shouldLetAFocalPointAnswerAndSubmitInArabicAndTheNeedReachTheDonor() {
        String marker = "console " + UUID.randomUUID();
        try (ConsoleBrowser focalPoint = new ConsoleBrowser()) {
            focalPoint.signIn("/responses?lang=ar", "focal-col");
            assertThat(focalPoint.find("html").getAttribute("dir")).isEqualTo("rtl");
            focalPoint.assertAccessible().screenshot("questionnaires-ar");
            focalPoint.click("button[data-start='SOM']");
            focalPoint.await("form[action^='/responses/']");
            assertThat(focalPoint.text("main")).contains("المادة 14");
            focalPoint.assertAccessible().screenshot("questionnaire-form-ar");

            var measures = focalPoint.all("input[type='radio'][name$='.1'][value='NO']");
            assertThat(measures).as("the Migrants Protocol's articles").hasSize(8);
            measures.forEach(org.openqa.selenium.WebElement::click);
            focalPoint.click("input[name='q.G.1'][value='INTERAGENCY_BODY']");
            // htmx saves the draft a moment after the changes, and says so
            new org.openqa.selenium.support.ui.WebDriverWait(focalPoint.driver(), Duration.ofSeconds(30))
                    .until(d -> focalPoint.text("#autosave").contains("تلقائياً"));
            focalPoint.choose("select[name='n.A14.TA.0.taSubtype']", "COOPERATION.CRIMINAL_MATTERS_TRAINING")
                    .choose("select[name='n.A14.TA.0.priority']", "HIGH")
                    .choose("select[name='n.A14.TA.0.consent']", "PROVIDERS_AND_DONORS")
                    .type("textarea[name='n.A14.TA.0.description']", marker);
            focalPoint.click("button[name='action'][value='submit']");
            focalPoint.await("#notice");
            assertThat(focalPoint.text("main")).contains("تم التقديم");
            assertThat(focalPoint.all("button[value='submit']")).as("a submitted response is read only").isEmpty();
        }

        String coordinator = Platform.passwordToken("coordinator");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .queryParam("country", "COL").queryParam("q", marker).when().get(Platform.NEEDS + "/api/v1/needs")
                .then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].instrument", equalTo("SOM")).body("items[0].article", equalTo("14"))
                .body("items[0].taSubtype", equalTo("COOPERATION.CRIMINAL_MATTERS_TRAINING")));

        try (ConsoleBrowser donor = new ConsoleBrowser()) {
            donor.signIn("/needs?country=COL&instrument=SOM&lang=ar", "donor-norland");
            assertThat(donor.text("main")).contains(marker, "SOM, المادة 14");
            donor.assertAccessible().screenshot("needs-ar");
            donor.open("/needs?lang=en").assertAccessible().screenshot("needs-en");
            // and counts it among Colombia's needs under the Protocol, with the chart by country
            donor.open("/analysis?by=country&instrument=SOM&lang=en");
            assertThat(Integer.parseInt(donor.find("tr[data-cell='COL'] td").getText())).isPositive();
            assertThat(donor.text("tr[data-cell='COL'] th")).isEqualTo("Colombia");
            assertThat((Long) donor.script("return document.querySelector('figure img').naturalWidth;"))
                    .as("the chart by country is drawn").isPositive();
            donor.assertAccessible().screenshot("analysis-by-country-en");
        }
    }

    /**
     * A focal point's session ends while they answer (the console's session cookie gone; then Keycloak's session too,
     * as an administrator ending it would): the autosave cannot follow the way to sign in, so the page keeps what
     * they typed, goes through sign-in (silently while Keycloak's session lasts, by the login page after) and comes
     * back to the same questionnaire with the typing put back and saved.
     */
    @Test
    void shouldKeepWhatAFocalPointTypedWhenTheSessionEnds() {
        try (ConsoleBrowser focalPoint = new ConsoleBrowser()) {
            focalPoint.signIn("/responses?lang=fr", "focal-phl");
            focalPoint.driver().findElement(org.openqa.selenium.By.xpath("//tr[th[normalize-space()='UNTOC']]//a"))
                    .click();
            focalPoint.await("form[data-keep-across-sign-in]");
            String response = focalPoint.url().replaceAll(".*/responses/([^/?]+).*", "$1");

            String silently = "typed while the console's session ended " + UUID.randomUUID();
            answerAfterTheSessionEnded(focalPoint, silently);
            assertThat(focalPoint.url()).as("back without a login page").startsWith(Platform.CONSOLE + "/responses/" + response);
            assertSavedAnswer(response, silently);

            String afterSignIn = "typed while every session ended " + UUID.randomUUID();
            Platform.endKeycloakSessions("focal-phl");
            answerAfterTheSessionEnded(focalPoint, afterSignIn);
            assertSavedAnswer(response, afterSignIn);
        }
    }

    private static void answerAfterTheSessionEnded(ConsoleBrowser focalPoint, String answer) {
        focalPoint.endConsoleSession();
        focalPoint.script("window.beforeTheSessionEnded = true;");
        focalPoint.type("textarea[name='q.G.2']", answer);
        focalPoint.find("textarea[name='q.G.2']").sendKeys(org.openqa.selenium.Keys.TAB);
        // polled across page loads: a script or an element may meet a page going away
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(focalPoint.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class);
        wait.until(d -> d.getCurrentUrl().startsWith(Platform.KEYCLOAK + "/")
                || d.getCurrentUrl().startsWith(Platform.CONSOLE + "/")
                        && d.findElements(org.openqa.selenium.By.id("autosave")).size() == 1
                        && focalPoint.script("return window.beforeTheSessionEnded === undefined;") == Boolean.TRUE);
        if (focalPoint.url().startsWith(Platform.KEYCLOAK)) {
            focalPoint.signInOnKeycloak("focal-phl");
        }
        wait.until(d -> focalPoint.text("#autosave").startsWith("Brouillon enregistré automatiquement"));
        assertThat(focalPoint.find("textarea[name='q.G.2']").getAttribute("value")).isEqualTo(answer);
    }

    private static void assertSavedAnswer(String response, String answer) {
        given().auth().oauth2(Platform.passwordToken("focal-phl")).when()
                .get(Platform.SURVEY + "/api/v1/responses/" + response).then().statusCode(200)
                .body("answers.'G.2'", equalTo(answer));
    }

    /**
     * A field officer registers an activity that another organisation has registered already: the console runs the
     * pre-registration check before saving and shows "these look like the same work" with the other activity and the
     * evidence; registered anyway, coordination raises an overlap alert, and a coordinator merges the copy from the
     * alert's page, in Arabic.
     */
    @Test
    void shouldWarnAFieldOfficerOfADuplicateAndLetACoordinatorMergeIt() {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        String start = java.time.LocalDate.now().plusMonths(1).toString();
        String end = java.time.LocalDate.now().plusMonths(7).toString();
        String title = "Mutual legal assistance training for prosecutors of Kenya, round " + run;
        String description = "Workshops on mutual legal assistance requests for prosecutors and central authority staff";
        String partner = Platform.passwordToken("partner-institute");
        given().auth().oauth2(partner).contentType(ContentType.JSON).body("""
                {"reportingOrganisation": "XI-IATI-IICJ", "localId": "MLA-%1$s", "titles": {"en": "%2$s"},
                 "descriptions": {"en": "%3$s"}, "status": "2", "plannedStart": "%4$s", "plannedEnd": "%5$s",
                 "participants": [{"identifier": "XI-IATI-IICJ", "name": "International Institute", "role": "4"}],
                 "recipientCountries": [{"code": "KEN"}], "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"],
                 "instruments": ["UNTOC"], "budget": {"amount": 90000, "currency": "USD", "valueDate": "%4$s"}}"""
                .formatted(run, title, description, start, end))
                .when().post(Platform.REGISTRY + "/api/v1/activities").then().statusCode(201);
        String other = "XI-IATI-IICJ-MLA-" + run;
        String draft = """
                {"organisation": "XM-DAC-41128-ROEA", "recipientCountries": ["KEN"], "titles": {"en": "%s"},
                 "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"], "plannedStart": "%s", "plannedEnd": "%s"}"""
                .formatted(title, start, end);
        String coordinator = Platform.passwordToken("coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(draft).when().post(Platform.COORDINATION + "/api/v1/overlaps/check").then().statusCode(200)
                .extract().asString().contains(other)); // coordination knows the partner's activity

        String copy = "XM-DAC-41128-ROEA-MLA-" + run;
        try (ConsoleBrowser officer = new ConsoleBrowser()) {
            officer.signIn("/activities/new?lang=en", "fo-nairobi");
            officer.assertAccessible();
            officer.type("#localId", "MLA-" + run).type("#title", title).type("#description", description)
                    .choose("#country", "KEN").choose("#taSubtype", "TRAINING.JUSTICE_OFFICIALS")
                    .set("#plannedStart", start).set("#plannedEnd", end).type("#budget", "90000");
            officer.click("button[value='check']");
            officer.await(".warning");
            assertThat(officer.text(".warning")).contains("These look like the same work", other, "XI-IATI-IICJ");
            assertThat(officer.find("[data-overlap='" + other + "']").getAttribute("data-severity")).isEqualTo("HIGH");
            assertThat(officer.find("#title").getAttribute("value")).as("the form kept as typed").isEqualTo(title);
            officer.assertAccessible().screenshot("activity-overlap-check-en");
            given().auth().oauth2(coordinator).when().get(Platform.REGISTRY + "/api/v1/activities?organisation="
                    + "XM-DAC-41128-ROEA&limit=500").then().statusCode(200)
                    .body("items.activity.iatiIdentifier", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(copy)));

            officer.click("button[value='register']");
            officer.await("#notice");
            assertThat(officer.text("#notice")).contains(copy);
            officer.assertAccessible().screenshot("activities-en");
        }

        String alert = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            io.restassured.path.json.JsonPath alerts = given().auth().oauth2(coordinator).queryParam("country", "KEN")
                    .queryParam("status", "OPEN").queryParam("limit", 500).when()
                    .get(Platform.COORDINATION + "/api/v1/overlap-alerts").then().statusCode(200).extract().jsonPath();
            return alerts.<String>getList("items.findAll { [it.activity.iatiIdentifier, it.otherActivity.iatiIdentifier]"
                    + ".containsAll(['" + copy + "', '" + other + "']) }.id").stream().findFirst().orElse(null);
        }, java.util.Objects::nonNull);

        try (ConsoleBrowser triage = new ConsoleBrowser()) {
            triage.signIn("/alerts?country=KEN&lang=ar", "coordinator");
            assertThat(triage.all("[data-alert='" + alert + "']")).hasSize(1);
            triage.assertAccessible().screenshot("alerts-ar");
            triage.click("[data-alert='" + alert + "'] a");
            triage.await("input[name='duplicate'][value='" + copy + "']").click();
            triage.type("#merge-reason", "The office registered the institute's training a second time");
            triage.click("button[value='merge']");
            triage.await("#notice");
            assertThat(triage.text("main")).contains(copy);
            assertThat(triage.all("button[value='merge']")).as("a merged alert is settled").isEmpty();
            triage.assertAccessible().screenshot("alert-merged-ar");
        }
        given().auth().oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/overlap-alerts/" + alert).then()
                .statusCode(200).body("status", equalTo("MERGED")).body("duplicateActivityId", org.hamcrest.Matchers.notNullValue());

        // the office edits its copy: what the form does not show stays, the rest is saved with the version read
        String activityId = given().auth().oauth2(coordinator).queryParam("organisation", "XM-DAC-41128-ROEA")
                .queryParam("limit", 500).when().get(Platform.REGISTRY + "/api/v1/activities").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.activity.iatiIdentifier == '" + copy
                        + "' }.activity.activityId");
        try (ConsoleBrowser officer = new ConsoleBrowser()) {
            officer.signIn("/activities/" + activityId + "/edit?lang=en", "fo-nairobi");
            assertThat(officer.find("#localId").getAttribute("value")).isEqualTo("MLA-" + run);
            officer.assertAccessible();
            officer.type("#description", description + " (registered twice; merged)");
            officer.click("button[value='save']");
            officer.await("#notice");
        }
        given().auth().oauth2(coordinator).when().get(Platform.REGISTRY + "/api/v1/activities/" + activityId).then()
                .statusCode(200).body("activity.status", equalTo("2"))
                .body("activity.descriptions.en", org.hamcrest.Matchers.endsWith("(registered twice; merged)"))
                .body("activity.titles.en", equalTo(title));
    }

    /**
     * A donor pages through the gaps: the first page, then the next by the service's cursor, no gap twice; who could
     * answer one of them, each score explained.
     */
    @Test
    void shouldLetADonorPageThroughGapsAndSeeWhoCouldAnswerOne() {
        try (ConsoleBrowser donor = new ConsoleBrowser()) {
            donor.signIn("/gaps?lang=en", "donor-norland");
            java.util.List<String> first = donor.all("tr[data-need]").stream().map(row -> row.getAttribute("data-need"))
                    .toList();
            assertThat(first).hasSize(25);
            donor.assertAccessible().screenshot("gaps-en");
            donor.click("a[rel='next']");
            donor.await("tr[data-need]");
            assertThat(donor.url()).contains("cursor=");
            java.util.List<String> second = donor.all("tr[data-need]").stream().map(row -> row.getAttribute("data-need"))
                    .toList();
            assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
            donor.click("tr[data-need] a[href^='/gaps/']");
            donor.await("h1");
            assertThat(donor.text("h1")).isEqualTo("Who could answer this need");
            donor.assertAccessible().screenshot("gap-matches-en");
            donor.open("/gaps?lang=ar").assertAccessible().screenshot("gaps-ar");
        }
    }

    /**
     * axe-core on every page of each kind of user (anonymous, focal point, donor, field office, coordinator), in
     * English and Arabic: none has a serious or critical WCAG 2.2 AA violation, and none is an error page.
     */
    @Test
    void shouldPassAxeOnEveryPageOfEachKindOfUser() {
        // a request of Kenya's, so that one request's page is among them
        String focalPoint = Platform.passwordToken("focal-ken");
        String need = given().auth().oauth2(focalPoint).queryParam("country", "KEN").queryParam("limit", 1).when()
                .get(Platform.NEEDS + "/api/v1/needs").then().statusCode(200).extract().path("items[0].id");
        String request = given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("country", "KEN",
                "needIds", List.of(need), "summary", "Help with the law on confiscation"))
                .when().post(Platform.COORDINATION + "/api/v1/requests").then().statusCode(201).extract().path("id");
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("", List.of("/", "/analysis", "/analysis?by=region", "/tools"));
        pages.put("focal-ken", List.of("/me", "/responses", "/needs", "/gaps", "/requests", "/requests/new",
                "/requests/" + request, "/countries/KEN", "/authorities", "/analysis?by=instrument"));
        pages.put("donor-norland", List.of("/pledges", "/subscriptions", "/alerts", "/activities", "/analysis?by=region",
                "/analysis?by=country"));
        pages.put("fo-nairobi", List.of("/activities", "/activities/new", "/imports", "/alerts", "/requests"));
        pages.put("coordinator", List.of("/cycles", "/alerts?status=ANY", "/requests", "/requests/" + request,
                "/requests/new?country=KEN",
                "/countries/KEN", "/authorities?stale=true"));
        pages.forEach((user, paths) -> {
            try (ConsoleBrowser browser = new ConsoleBrowser()) {
                if (!user.isEmpty()) {
                    browser.signIn("/me", user);
                }
                for (String path : paths) {
                    for (String lang : List.of("en", "ar")) {
                        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                        assertThat(browser.all("[data-status]")).as(user + " on " + path + ": not an error page")
                                .isEmpty();
                        assertThat(browser.title()).as(user + " on " + path).doesNotContain("Not available",
                                "Not found", "Not for this account", "غير متاح");
                        browser.assertAccessible();
                    }
                }
            }
        });
        try (ConsoleBrowser coordinator = new ConsoleBrowser()) {
            coordinator.signIn("/countries/KEN?lang=en", "coordinator");
            coordinator.assertAccessible().screenshot("country-en");
            coordinator.open("/rebuilds?lang=ar").assertAccessible();
            coordinator.open("/cycles?lang=ar").click("main a[href^='/cycles/']");
            coordinator.await("h1");
            assertThat(coordinator.url()).contains("/cycles/");
            coordinator.assertAccessible();
            coordinator.open("/gaps?country=KEN&lang=en").click("tr[data-need] a[href^='/gaps/']");
            coordinator.await("h1");
            coordinator.assertAccessible();
            coordinator.open("/analysis?by=region&lang=ar").screenshot("analysis-ar");
        }
    }

    /**
     * A donor subscribes its system to Kenya's needs through the console (the signing secret shown once); a need the
     * coordinator records reaches the donor's receiver, and the subscription's page shows the delivery with its
     * attempt, in English and Arabic, accessible.
     */
    @Test
    void shouldSubscribeADonorsSystemAndShowItsDeliveries() throws Exception {
        java.util.concurrent.CopyOnWriteArrayList<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer
                .create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String marker = "webhook " + UUID.randomUUID();
        try (ConsoleBrowser donor = new ConsoleBrowser()) {
            donor.signIn("/subscriptions?lang=en", "donor-norland");
            donor.type("#callbackUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks")
                    .click("input[name='kinds'][value='NEED']").choose("#countries", "KEN")
                    .type("#description", marker);
            donor.click("form[method='post'][action='/subscriptions'] button[type='submit']");
            assertThat(donor.await("#secret").getText()).startsWith("whsec_");

            given().auth().oauth2(Platform.passwordToken("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("country", "KEN", "instrument", "UNTOC", "taSubtype", "LEGAL.DRAFTING",
                            "description", marker, "priority", "HIGH", "consent", "PROVIDERS_AND_DONORS",
                            "requestReference", "Note verbale " + marker))
                    .when().post(Platform.NEEDS + "/api/v1/needs").then().statusCode(201);
            await().atMost(Duration.ofSeconds(90)).until(() -> received.stream().anyMatch(b -> b.contains(marker)));

            donor.open("/subscriptions?lang=en");
            donor.driver().findElement(org.openqa.selenium.By.xpath(
                    "//tr[@data-subscription][contains(., '" + marker + "')]//a[starts-with(@href, '/subscriptions/')]"))
                    .click();
            donor.await("tr[data-delivery-status='DELIVERED']");
            assertThat(donor.text("tr[data-delivery-status='DELIVERED']")).contains("Delivered", "HTTP 204");
            donor.assertAccessible().screenshot("deliveries-en");
            donor.open(donor.url().substring(Platform.CONSOLE.length()).replaceAll("\\?.*", "") + "?lang=ar")
                    .assertAccessible();
            assertThat(donor.text("tr[data-delivery-status='DELIVERED']")).contains("تم التسليم");
        } finally {
            receiver.stop(0);
        }
    }

    /** A field officer imports the office's IATI file and watches the job's progress bar until its report. */
    @Test
    void shouldImportAnIatiFileWithItsProgress() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        String xml = Platform.iatiFile(run, 40);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("roea-activities-", ".xml");
        java.nio.file.Files.writeString(file, xml);
        try (ConsoleBrowser officer = new ConsoleBrowser()) {
            officer.signIn("/imports?lang=en", "fo-nairobi");
            officer.assertAccessible();
            officer.find("#file").sendKeys(file.toAbsolutePath().toString());
            officer.click("form[enctype='multipart/form-data'] button[type='submit']");
            officer.await("#bar");
            assertThat(officer.url()).contains("/imports/");
            officer.assertAccessible();
            new org.openqa.selenium.support.ui.WebDriverWait(officer.driver(), Duration.ofSeconds(120))
                    .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("table.import-counts")).isEmpty());
            assertThat(officer.text("tr[data-count='created']")).endsWith("40");
            assertThat(officer.find("#bar").getAttribute("value")).isEqualTo("40");
            officer.assertAccessible().screenshot("import-done-en");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** A donor who opens the focal points' questionnaires gets the forbidden page, in their language, not an error. */
    @Test
    void shouldShowTheForbiddenPageToAUserWithoutTheRole() {
        try (ConsoleBrowser donor = new ConsoleBrowser()) {
            donor.signIn("/responses?lang=es", "donor-sudland");
            assertThat(donor.find("html").getAttribute("lang")).isEqualTo("es");
            assertThat(donor.text("h1")).isEqualTo("No para esta cuenta");
            assertThat(donor.source()).doesNotContain("data-start=");
            assertThat(donor.all("a[href='/']")).isNotEmpty();
            donor.assertAccessible();
        }
    }

    /** On a phone's width every page fits: nothing wider than the screen, the navigation wraps. */
    @Test
    void shouldFitAPhonesWidth() {
        try (ConsoleBrowser phone = new ConsoleBrowser(390, 844)) {
            for (String lang : java.util.List.of("en", "ar")) {
                phone.open("/?lang=" + lang);
                assertFitsTheWindow(phone);
                phone.screenshot("public-figures-phone-" + lang);
            }
            phone.signIn("/needs?lang=en", "donor-norland");
            assertFitsTheWindow(phone);
            phone.open("/gaps?lang=ar");
            assertFitsTheWindow(phone);
            phone.screenshot("gaps-phone-ar");
        }
    }

    /** Nothing sticks out sideways; when something does, the elements that do are named. */
    private static void assertFitsTheWindow(ConsoleBrowser browser) {
        Object wide = browser.script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('.skip, .visually-hidden')).filter(e => { const r = e.getBoundingClientRect(); return r.right > width + 1 || r.left < -1; })
                    .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().width) + 'px');
                """);
        assertThat((java.util.List<?>) wide).as("elements wider than a phone on " + browser.url()).isEmpty();
    }
}
