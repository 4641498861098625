package org.taplatform.console.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;
import org.taplatform.console.api.RegistryApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The activities an organisation reports (a UNODC field office, a donor, a partner): its list, and registering one
 * with coordination-service's pre-registration check shown before anything is saved. "Check and register" asks the
 * check first; when it finds likely overlaps the page shows them with their evidence and saves only when the user,
 * having read them, registers anyway.
 */
@Path("/activities")
@RolesAllowed({ "field-office", "donor", "partner" })
public class ActivitiesPage {

    static final int PAGE_SIZE = 25;
    /** IATI ActivityStatus codes, in their order. */
    static final List<String> STATUSES = List.of("1", "2", "3", "4", "5", "6");
    /** The currencies the form offers first (the API takes any ISO 4217 code; IATI imports carry the others). */
    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "NOK", "SEK", "JPY", "CAD", "AUD");

    /** What the form holds, as typed (sent back unchanged when something is refused or to confirm). */
    public record ActivityForm(String localId, String title, String description, String status, String plannedStart,
            String plannedEnd, String country, String taSubtype, String budget, String currency) {

        static ActivityForm empty() {
            return new ActivityForm("", "", "", "2", "", "", "", "", "", "USD");
        }

        static ActivityForm of(MultivaluedMap<String, String> form) {
            return new ActivityForm(value(form, "localId"), value(form, "title"), value(form, "description"),
                    value(form, "status"), value(form, "plannedStart"), value(form, "plannedEnd"), value(form, "country"),
                    value(form, "taSubtype"), value(form, "budget"), value(form, "currency"));
        }

        private static String value(MultivaluedMap<String, String> form, String field) {
            String value = form.getFirst(field);
            return value == null ? "" : value.strip();
        }
    }

    /** A registered activity the planned one likely overlaps, with the check's evidence. */
    public record Overlap(String severity, String organisation, String iatiIdentifier, String similarity,
            List<String> evidence) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, String organisation, JsonNode activities, String next,
                String notice);

        static native TemplateInstance register(PageContext page, String organisation, String editing,
                String version, ActivityForm form,
                List<ReferenceNames.Choice> countries, List<ReferenceNames.Choice> subtypes, List<String> statuses,
                List<String> currencies, List<Overlap> overlaps, List<Overlap> linked, boolean checked,
                Map<String, List<String>> problems, String problem);
    }

    @RestClient
    RegistryApi registry;
    @RestClient
    CoordinationApi coordination;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@BeanParam Language language, @QueryParam("cursor") String cursor,
            @QueryParam("registered") String registered) {
        String organisation = organisation();
        JsonNode activities = registry.activities(Pages.bearer(identity), organisation, PAGE_SIZE,
                Forms.blankToNull(cursor));
        String next = Forms.nonBlank(activities.path("next"));
        return Pages.render(Templates.list(PageContext.of(language, "/activities", identity), organisation, activities,
                next == null ? null : Forms.encode(next), registered == null ? null
                        : Pages.messages(language).registered(registered)),
                language, 200);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@BeanParam Language language) {
        return render(language, ActivityForm.empty(), List.of(), List.of(), false, Map.of(), null, 200);
    }

    /**
     * action=check (the form's main button): the pre-registration check; with nothing likely to overlap, the activity
     * is registered at once. action=register: registered as it stands (after the user read the check's findings).
     */
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@BeanParam Language language, MultivaluedMap<String, String> fields) {
        ActivityForm form = ActivityForm.of(fields);
        Map<String, List<String>> missing = required(form, language);
        if (!missing.isEmpty()) {
            return render(language, form, List.of(), List.of(), false, missing, null, 400);
        }
        String organisation = organisation();
        if (!"register".equals(fields.getFirst("action"))) {
            try (Response answer = Forms.answer(() -> coordination.check(Pages.bearer(identity),
                    draft(form, organisation)))) {
                if (answer.getStatus() != 200) {
                    return refused(language, form, answer);
                }
                JsonNode check = answer.readEntity(JsonNode.class);
                List<Overlap> overlaps = overlaps(check.path("overlaps"), language);
                if (!overlaps.isEmpty()) {
                    return render(language, form, overlaps, overlaps(check.path("linked"), language), true, Map.of(),
                            null, 200);
                }
            }
        }
        JsonNode activity = activity(form, organisation);
        try (Response answer = Forms.answer(() -> registry.register(Pages.bearer(identity), activity))) {
            if (answer.getStatus() != 201) {
                return refused(language, form, answer);
            }
            String identifier = answer.readEntity(JsonNode.class).path("activity").path("iatiIdentifier").asText();
            return Response.seeOther(URI.create("/activities?registered=" + Forms.encode(identifier))).build();
        }
    }

    private Response refused(Language language, ActivityForm form, Response answer) {
        return refused(language, null, null, form, answer);
    }

    private Response refused(Language language, String editing, String version, ActivityForm form, Response answer) {
        JsonNode problem = answer.readEntity(JsonNode.class);
        Map<String, List<String>> problems = new HashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (JsonNode violation : problem.path("violations")) {
            String field = FIELD_OF.entrySet().stream().filter(e -> violation.path("field").asText().startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (field == null) {
                unplaced.add(violation.path("field").asText() + ": " + violation.path("message").asText());
            } else {
                problems.computeIfAbsent(field, f -> new ArrayList<>()).add(violation.path("message").asText());
            }
        }
        String detail = problem.path("detail").asText(problem.path("title").asText(""));
        if (!unplaced.isEmpty()) {
            detail = detail + " " + String.join("; ", unplaced);
        }
        return render(language, editing, version, form, List.of(), List.of(), false, problems, detail,
                answer.getStatus() >= 500 ? 503 : answer.getStatus());
    }

    /** Where the services' field paths land in the form. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(Map.entry("localId", "localId"),
            Map.entry("titles", "title"), Map.entry("descriptions", "description"), Map.entry("status", "status"),
            Map.entry("plannedStart", "plannedStart"), Map.entry("plannedEnd", "plannedEnd"),
            Map.entry("recipientCountries", "country"), Map.entry("taSubtypes", "taSubtype"),
            Map.entry("budget", "budget"));

    private static Map<String, List<String>> required(ActivityForm form, Language language) {
        Messages messages = Pages.messages(language);
        Map<String, List<String>> problems = new HashMap<>();
        Map<String, String> values = Map.of("localId", form.localId(), "title", form.title(), "description",
                form.description(), "country", form.country(), "taSubtype", form.taSubtype());
        values.forEach((field, value) -> {
            if (value.isEmpty()) {
                problems.put(field, List.of(messages.answerRequired()));
            }
        });
        if (!form.budget().isEmpty() && !Forms.isAmount(form.budget())) {
            problems.put("budget", List.of(messages.amountFormat()));
        }
        return problems;
    }

    /** The draft coordination-service checks: what the overlap rules compare. */
    private static JsonNode draft(ActivityForm form, String organisation) {
        ObjectNode draft = JsonNodeFactory.instance.objectNode().put("organisation", organisation);
        draft.putObject("titles").put("en", form.title());
        draft.putObject("descriptions").put("en", form.description());
        draft.putArray("recipientCountries").add(form.country());
        draft.putArray("taSubtypes").add(form.taSubtype());
        dates(form, draft);
        if (!form.budget().isEmpty()) {
            draft.putObject("budget").put("amount", new java.math.BigDecimal(form.budget())).put("currency",
                    form.currency());
        }
        draft.putArray("participants").addObject().put("organisation", organisation).put("role", "4");
        return draft;
    }

    /** The activity as provider-registry-service registers it, reported and implemented by the user's organisation. */
    private JsonNode activity(ActivityForm form, String organisation) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode().put("reportingOrganisation", organisation)
                .put("localId", form.localId()).put("status", form.status());
        activity.putObject("titles").put("en", form.title());
        activity.putObject("descriptions").put("en", form.description());
        activity.putArray("recipientCountries").addObject().put("code", form.country());
        activity.putArray("taSubtypes").add(form.taSubtype());
        dates(form, activity);
        if (!form.budget().isEmpty()) {
            activity.putObject("budget").put("amount", new java.math.BigDecimal(form.budget()))
                    .put("currency", form.currency()).put("valueDate", form.plannedStart().isEmpty()
                            ? java.time.LocalDate.now().toString() : form.plannedStart());
        }
        String name = registry.organisation(organisation).path("name").asText(organisation);
        activity.putArray("participants").addObject().put("identifier", organisation).put("name", name).put("role", "4");
        return activity;
    }

    private static void dates(ActivityForm form, ObjectNode target) {
        if (!form.plannedStart().isEmpty()) {
            target.put("plannedStart", form.plannedStart());
        }
        if (!form.plannedEnd().isEmpty()) {
            target.put("plannedEnd", form.plannedEnd());
        }
    }

    private static List<Overlap> overlaps(JsonNode found, Language language) {
        List<Overlap> overlaps = new ArrayList<>();
        for (JsonNode overlap : found) {
            List<String> evidence = new ArrayList<>();
            overlap.path("evidence").forEach(e -> evidence.add(e.asText()));
            if (overlap.has("why")) {
                evidence.add(overlap.path("why").asText());
            }
            overlaps.add(new Overlap(overlap.path("severity").asText(""), overlap.path("organisation").asText(),
                    overlap.path("iatiIdentifier").asText(), overlap.has("similarity")
                            ? Formats.percent(java.math.BigDecimal.valueOf(overlap.path("similarity").asDouble() * 100),
                                    language.tag())
                            : null,
                    evidence));
        }
        return overlaps;
    }

    private Response render(Language language, ActivityForm form, List<Overlap> overlaps, List<Overlap> linked,
            boolean checked, Map<String, List<String>> problems, String problem, int status) {
        return render(language, null, null, form, overlaps, linked, checked, problems, problem, status);
    }

    private Response render(Language language, String editing, String version, ActivityForm form,
            List<Overlap> overlaps, List<Overlap> linked, boolean checked, Map<String, List<String>> problems,
            String problem, int status) {
        ReferenceNames.Names names = reference.in(language.tag());
        List<ReferenceNames.Choice> subtypes = new ArrayList<>();
        names.taSubtypes().forEach((code, name) -> subtypes.add(new ReferenceNames.Choice(code, name,
                code.equals(form.taSubtype()))));
        return Pages.render(Templates.register(PageContext.of(language, editing == null ? "/activities/new"
                : "/activities/" + editing + "/edit", identity), organisation(), editing, version, form,
                names.countryChoices(form.country()), subtypes, STATUSES, CURRENCIES, overlaps, linked, checked,
                problems, problem), language, status);
    }

    /** The edit form: the activity's fields as registered (its English title and description, its first country). */
    @GET
    @Path("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@BeanParam Language language, @PathParam("id") String id) {
        JsonNode view = registry.activity(Pages.bearer(identity), id);
        JsonNode activity = view.path("activity");
        JsonNode budget = activity.path("budget");
        ActivityForm form = new ActivityForm(localIdOf(activity), activity.path("titles").path("en").asText(""),
                activity.path("descriptions").path("en").asText(""), activity.path("status").asText("2"),
                activity.path("plannedStart").asText(""), activity.path("plannedEnd").asText(""),
                activity.path("recipientCountries").path(0).path("code").asText(""),
                activity.path("taSubtypes").path(0).asText(""),
                budget.hasNonNull("amount") ? budget.get("amount").decimalValue().toPlainString() : "",
                budget.path("currency").asText("USD"));
        return render(language, id, view.path("version").asText(), form, List.of(), List.of(), false, Map.of(), null,
                200);
    }

    /**
     * Saves the edit: the activity as registered, with the form's fields put over it (so what the form does not show,
     * from an IATI import for instance, stays as it was), sent whole with the version the form was read at.
     */
    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@BeanParam Language language, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        ActivityForm form = ActivityForm.of(fields);
        String version = fields.getFirst("version");
        Map<String, List<String>> missing = required(form, language);
        if (!missing.isEmpty()) {
            return render(language, id, version, form, List.of(), List.of(), false, missing, null, 400);
        }
        ObjectNode activity = registry.activity(Pages.bearer(identity), id).path("activity").deepCopy();
        activity.remove(List.of("activityId", "iatiIdentifier"));
        activity.put("localId", form.localId()).put("status", form.status());
        ((ObjectNode) activity.with("titles")).put("en", form.title());
        ((ObjectNode) activity.with("descriptions")).put("en", form.description());
        activity.putArray("recipientCountries").addObject().put("code", form.country());
        activity.putArray("taSubtypes").add(form.taSubtype());
        dates(form, activity);
        if (!form.budget().isEmpty()) {
            activity.putObject("budget").put("amount", new java.math.BigDecimal(form.budget()))
                    .put("currency", form.currency()).put("valueDate", form.plannedStart().isEmpty()
                            ? java.time.LocalDate.now().toString() : form.plannedStart());
        }
        try (Response answer = Forms.answer(() -> registry.replace(Pages.bearer(identity), "\"" + version + "\"", id,
                activity))) {
            if (answer.getStatus() == 200) {
                return Response.seeOther(URI.create("/activities?registered="
                        + Forms.encode(organisation() + "-" + form.localId()))).build();
            }
            if (answer.getStatus() == 412) {
                return render(language, id, version, form, List.of(), List.of(), false, Map.of(),
                        Pages.messages(language).changedMeanwhile(), 412);
            }
            return refused(language, id, version, form, answer);
        }
    }

    /** The reporter's own part of an IATI identifier (after the organisation's identifier and a hyphen). */
    private String localIdOf(JsonNode activity) {
        String identifier = activity.path("iatiIdentifier").asText("");
        String prefix = organisation() + "-";
        return identifier.startsWith(prefix) ? identifier.substring(prefix.length()) : identifier;
    }

    private String organisation() {
        return Pages.organisation(identity);
    }
}
