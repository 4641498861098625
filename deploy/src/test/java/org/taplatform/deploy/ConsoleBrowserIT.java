package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
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
        }
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
