package org.taplatform.console.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.SurveyApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A State focal point's questionnaires: the open cycles' instruments with their State's response to each, and one
 * response as a form, article by article, saved as a draft or submitted. survey-service decides, with the focal
 * point's own token, what they may see and do; its report puts each problem beside its question.
 */
@Path("/responses")
@RolesAllowed("state-focal-point")
public class ResponsesPage {

    /** An instrument of an open cycle and the State's response to it, if started. */
    public record Row(String cycleId, String cycle, String instrument, String responseId, String status, int revision) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, String country, List<Row> rows, String problem);

        static native TemplateInstance autosave(String message, String etag);

        static native TemplateInstance form(PageContext page, JsonNode response, String title,
                List<ResponseForm.SectionForm> sections, String etag, String notice, boolean editable,
                boolean amending, JsonNode revisions);
    }

    @RestClient
    SurveyApi survey;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@BeanParam Language language, @QueryParam("problem") String problem) {
        String country = country();
        List<Row> rows = new ArrayList<>();
        for (JsonNode cycle : survey.cycles(bearer()).path("items")) {
            if (!"OPEN".equals(cycle.path("status").asText())) {
                continue;
            }
            Map<String, JsonNode> responses = new LinkedHashMap<>();
            survey.responses(bearer(), cycle.path("id").asText(), country, 50).path("items")
                    .forEach(response -> responses.put(response.path("instrument").asText(), response));
            for (JsonNode instrument : cycle.path("instruments")) {
                String code = instrument.isTextual() ? instrument.asText() : instrument.path("instrument").asText();
                JsonNode response = responses.get(code);
                rows.add(new Row(cycle.path("id").asText(), cycle.path("name").asText(), code,
                        response == null ? null : response.path("id").asText(),
                        response == null ? null : response.path("status").asText(),
                        response == null ? 0 : response.path("revision").asInt()));
            }
        }
        return Pages.render(Templates.list(PageContext.of(language, "/responses", identity), country, rows, problem),
                language, 200);
    }

    /** Starts the State's response to an instrument of a cycle (in the page's language) and opens it. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@BeanParam Language language, @FormParam("cycleId") String cycleId,
            @FormParam("instrument") String instrument) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("cycleId", cycleId).put("country", country())
                .put("instrument", instrument).put("language", language.tag());
        try (Response created = survey.start(bearer(), request)) {
            JsonNode response = created.readEntity(JsonNode.class);
            return Response.seeOther(URI.create("/responses/" + response.path("id").asText())).build();
        } catch (WebApplicationException e) {
            String detail = e.getResponse().readEntity(JsonNode.class).path("detail").asText(e.getMessage());
            return Response.seeOther(URI.create("/responses?problem="
                    + java.net.URLEncoder.encode(detail, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")))
                    .build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@BeanParam Language language, @PathParam("id") String id, @QueryParam("notice") String notice,
            @QueryParam("amend") boolean amend) {
        try (Response answer = survey.response(bearer(), id)) {
            JsonNode response = answer.readEntity(JsonNode.class);
            // a draft no one has answered yet is not wrong yet: its problems show once something was saved
            boolean answered = !response.path("answers").isEmpty();
            return render(language, response, null, answer.getHeaderString("ETag"), response.path("answers"),
                    answered ? problems(response.path("report"), language) : Map.of(),
                    notice == null ? null : notice(notice, language), 200, amend);
        }
    }

    /** Saves the draft from the form (action=save) or saves and submits it (action=submit). */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@BeanParam Language language, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        JsonNode current;
        String etag;
        try (Response answer = survey.response(bearer(), id)) {
            current = answer.readEntity(JsonNode.class);
            etag = answer.getHeaderString("ETag");
        }
        JsonNode preview = survey.preview(bearer(), current.path("questionnaireId").asText(), language.tag());
        ObjectNode answers = ResponseForm.answers(preview, form);
        String sent = form.getFirst("etag");
        if (sent != null && !sent.equals(etag)) {
            return render(language, current, preview, etag, current.path("answers"),
                    problems(current.path("report"), language), msg(language).changedMeanwhile(), 409, false);
        }
        if ("amend".equals(form.getFirst("action"))) {
            return amend(language, id, current, preview, etag, answers, form.getFirst("reason"));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("language", language.tag());
        body.set("answers", answers);
        JsonNode saved;
        try (Response answer = survey.save(bearer(), etag, id, body)) {
            saved = answer.readEntity(JsonNode.class);
            etag = answer.getHeaderString("ETag");
        } catch (WebApplicationException e) {
            // refused: nothing was saved; the user's input stays on the page with each problem beside its question
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            return render(language, current, preview, etag, answers, ResponseForm.violations(problem),
                    msg(language).notSaved(), 400, false);
        }
        if (!"submit".equals(form.getFirst("action"))) {
            return render(language, saved, preview, etag, saved.path("answers"),
                    problems(saved.path("report"), language), msg(language).saved(), 200, false);
        }
        try (Response answer = survey.submit(bearer(), etag, id)) {
            return Response.seeOther(URI.create("/responses/" + id + "?notice=submitted&lang=" + language.tag()))
                    .build();
        } catch (WebApplicationException e) {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            return render(language, saved, preview, etag, saved.path("answers"),
                    problems(problem.path("report").isMissingNode() ? saved.path("report")
                            : problem.path("report"), language),
                    msg(language).notSubmitted(), 422, false);
        }
    }

    /**
     * Autosave: htmx posts the form a moment after each change, and this saves the draft as it stands (with the ETag
     * the page holds, so two tabs cannot overwrite each other) and answers a status line and the new ETag. Without
     * JavaScript the Save button does the same. Problems stay for Save and Submit to show beside their questions.
     */
    @POST
    @Path("/{id}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance autosave(@BeanParam Language language, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        Messages messages = msg(language);
        JsonNode preview = survey.preview(bearer(), form.getFirst("questionnaire"), language.tag());
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("language", language.tag());
        body.set("answers", ResponseForm.answers(preview, form));
        try (Response answer = Forms.answer(() -> survey.save(bearer(), form.getFirst("etag"), id, body))) {
            if (answer.getStatus() == 200) {
                String time = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                        .withLocale(Formats.locale(language.tag())).format(java.time.LocalTime.now(java.time.ZoneOffset.UTC));
                return Templates.autosave(messages.autosaved(time + " UTC"), answer.getHeaderString("ETag"))
                        .setLocale(language.locale());
            }
            String message = answer.getStatus() == 412 || answer.getStatus() == 409 ? messages.autosaveConflict()
                    : messages.notAutosaved();
            return Templates.autosave(message, null).setLocale(language.locale());
        }
    }

    private Response render(Language language, JsonNode response, String etag, JsonNode answers,
            Map<String, List<ResponseForm.Problem>> problems, String notice, int status) {
        return render(language, response, null, etag, answers, problems, notice, status, false);
    }

    /**
     * Amends a submitted response: all the answers and the reason, a new revision whose needs replace the earlier
     * ones; refused (no reason, an answer that does not fit, incomplete), the page keeps the input with the reasons.
     */
    private Response amend(Language language, String id, JsonNode current, JsonNode preview, String etag,
            ObjectNode answers, String reason) {
        ObjectNode amendment = JsonNodeFactory.instance.objectNode().put("language", language.tag())
                .put("reason", reason == null ? "" : reason.strip());
        amendment.set("answers", answers);
        try (Response answer = survey.amend(bearer(), etag, id, amendment)) {
            return Response.seeOther(URI.create("/responses/" + id + "?notice=amended&lang=" + language.tag()))
                    .build();
        } catch (WebApplicationException e) {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            Map<String, List<ResponseForm.Problem>> problems = problem.has("report") ? problems(problem.path("report"), language)
                    : ResponseForm.violations(problem);
            return render(language, current, preview, etag, answers, problems, msg(language).notAmended() + " "
                    + String.join(" ", problems.getOrDefault("reason", List.of()).stream().map(ResponseForm.Problem::text)
                            .toList()), e.getResponse().getStatus(), true);
        }
    }

    /** The form page; the questionnaire's preview fetched unless the request has read it already. */
    private Response render(Language language, JsonNode response, JsonNode known, String etag, JsonNode answers,
            Map<String, List<ResponseForm.Problem>> problems, String notice, int status, boolean amending) {
        JsonNode preview = known != null ? known
                : survey.preview(bearer(), response.path("questionnaireId").asText(), language.tag());
        Messages messages = msg(language);
        String instrument = response.path("instrument").asText();
        ResponseForm.Labels labels = new FormLabels(messages, subtypes(language, instrument));
        boolean submitted = "SUBMITTED".equals(response.path("status").asText());
        JsonNode revisions = submitted ? survey.revisions(bearer(), response.path("id").asText(), 50)
                : JsonNodeFactory.instance.objectNode();
        return Pages.render(Templates.form(PageContext.of(language, "/responses/" + response.path("id").asText(),
                identity), response, preview.path("title").asText(), ResponseForm.sections(preview, answers, problems,
                        labels), etag, notice, !submitted || amending, submitted && amending, revisions), language,
                status);
    }

    private Map<String, String> subtypes(Language language, String instrument) {
        Map<String, String> subtypes = new LinkedHashMap<>();
        for (JsonNode type : survey.taTypes(language.tag()).path("items")) {
            for (JsonNode subtype : type.path("subtypes")) {
                for (JsonNode applies : subtype.path("instruments")) {
                    if (applies.asText().equals(instrument)) {
                        subtypes.put(subtype.path("code").asText(), type.path("name").asText() + ": "
                                + subtype.path("name").asText());
                    }
                }
            }
        }
        return subtypes;
    }

    private static String notice(String code, Language language) {
        return switch (code) {
            case "submitted" -> msg(language).submittedNotice();
            case "amended" -> msg(language).amendedNotice();
            default -> null;
        };
    }

    static Messages msg(Language language) {
        return Pages.messages(language);
    }

    private String bearer() {
        return Pages.bearer(identity);
    }

    /** The State the focal point answers for: the country claim of their token. */
    private String country() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.containsClaim("country")) {
            return token.getClaim("country").toString();
        }
        return identity.getAttribute("country");
    }

    /** The report's problems, worded in the page's language where the console knows the service's code. */
    private static Map<String, List<ResponseForm.Problem>> problems(JsonNode report, Language language) {
        Messages messages = msg(language);
        return ResponseForm.problems(report, (code, values) -> switch (code) {
            case "REQUIRED" -> messages.answerRequired();
            case "REQUIRED_WHEN" -> messages.requiredWhen(values.path("question").asText(),
                    String.join(" / ", java.util.Arrays.stream(values.path("answers").asText().split(" "))
                            .map(answer -> switch (answer) {
                                case "YES" -> messages.yes();
                                case "PARTLY" -> messages.partly();
                                case "NO" -> messages.no();
                                default -> answer;
                            }).toList()));
            case "NOT_A_NUMBER" -> messages.notANumber();
            case "NOT_A_WHOLE_NUMBER" -> messages.notAWholeNumber();
            case "BELOW_MIN" -> messages.belowMin(values.path("min").asText());
            case "ABOVE_MAX" -> messages.aboveMax(values.path("max").asText());
            case "TOO_LONG" -> messages.tooLong(values.path("length").asText(), values.path("limit").asText());
            case "NEED_SUBTYPE_REQUIRED" -> messages.needSubtypeRequired();
            default -> null;
        });
    }

    private record FormLabels(Messages messages, Map<String, String> allSubtypes) implements ResponseForm.Labels {
        public String yes() { return messages.yes(); }
        public String no() { return messages.no(); }
        public String partly() { return messages.partly(); }
        public String none() { return messages.none(); }
        public String priorityHigh() { return messages.priorityHigh(); }
        public String priorityMedium() { return messages.priorityMedium(); }
        public String priorityLow() { return messages.priorityLow(); }
        public String consentUnodc() { return messages.consentUnodc(); }
        public String consentProviders() { return messages.consentProviders(); }
        public String consentPublic() { return messages.consentPublic(); }
    }
}
