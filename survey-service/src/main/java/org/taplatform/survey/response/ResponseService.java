package org.taplatform.survey.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.survey.cycle.CycleService;
import org.taplatform.survey.cycle.ReportingCycle;
import org.taplatform.survey.questionnaire.QuestionnaireDocument;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.questionnaire.QuestionnaireService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Use cases of a State's response: a focal point drafts it (saving partial answers at any time), submits it when
 * complete, and amends it later as a new revision; a coordinator can reopen it. Every submission and amendment is
 * kept with who, when and what changed, and announced with the needs it states.
 */
@ApplicationScoped
public class ResponseService {

    private final CycleService cycles;
    private final QuestionnaireService questionnaires;
    private final Outbox outbox;
    private final ObjectMapper json;
    /** Questionnaire versions answered, by id: published versions never change. */
    private final Map<UUID, QuestionnaireDocument> questionnaireCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<UUID, Map<String, UUID>> pinnedCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<UUID, Integer> questionnaireVersions = new java.util.concurrent.ConcurrentHashMap<>();

    ResponseService(CycleService cycles, QuestionnaireService questionnaires, Outbox outbox, ObjectMapper json) {
        this.cycles = cycles;
        this.questionnaires = questionnaires;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public ResponseView create(ResponseRequests.Create request, Caller caller) {
        caller.requireActsFor(request.country());
        ReportingCycle cycle = openCycle(request.cycleId());
        UUID questionnaireId = pinnedQuestionnaires(cycle.id).get(request.instrument());
        if (questionnaireId == null) {
            throw ProblemException.invalid("The cycle does not cover " + request.instrument(),
                    List.of(new Violation("instrument", "body", "is not an instrument of reporting cycle " + cycle.name)));
        }
        if (!cycles.expectedReporters(cycle.id, request.instrument()).contains(request.country())) {
            throw ProblemException.conflict(request.country() + " is not among the States parties expected to report on "
                    + request.instrument() + " in " + cycle.name);
        }
        SurveyResponse.<SurveyResponse>find("cycleId = ?1 and country = ?2 and instrument = ?3", cycle.id,
                request.country(), request.instrument()).firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.conflict("A response of " + request.country() + " to " + request.instrument()
                            + " in this cycle exists already: " + existing.id);
                });
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.cycleId = cycle.id;
        response.country = request.country();
        response.instrument = request.instrument();
        response.questionnaireId = questionnaireId;
        response.language = request.language();
        response.status = SurveyResponse.Status.DRAFT;
        response.revision = 0;
        response.answers = "{}";
        response.createdBy = response.updatedBy = caller.name();
        response.createdAt = response.updatedAt = Instant.now();
        response.persist();
        return written(response);
    }

    /** Saves a draft's answers, complete or not; answers that do not fit their questions are refused. */
    @Transactional
    public ResponseView saveAnswers(UUID id, ResponseRequests.SaveAnswers request, String ifMatch, Caller caller) {
        SurveyResponse response = writable(id, ifMatch, caller);
        if (!response.isEditable()) {
            throw ProblemException.conflict("The response is submitted: amend it (POST .../amendments) or ask a "
                    + "coordinator to reopen it");
        }
        ObjectNode answers = withNeedIds(request.answers(), answers(response));
        AnswerReport report = AnswerChecker.check(questionnaire(response), response.instrument, answers);
        requireValid(report);
        response.answers = write(answers);
        if (request.language() != null) {
            response.language = request.language();
        }
        touch(response, caller);
        return written(response);
    }

    @Transactional
    public AnswerReport validate(UUID id, Caller caller) {
        SurveyResponse response = readable(id, caller);
        return AnswerChecker.check(questionnaire(response), response.instrument, answers(response));
    }

    /** Submits a complete draft (or a reopened response): a new revision, announced with its needs. */
    @Transactional
    public ResponseView submit(UUID id, String ifMatch, Caller caller) {
        SurveyResponse response = writable(id, ifMatch, caller);
        if (!response.isEditable()) {
            throw ProblemException.conflict("The response is submitted already (revision " + response.revision
                    + "): amend it to change it");
        }
        ObjectNode answers = answers(response);
        requireComplete(AnswerChecker.check(questionnaire(response), response.instrument, answers));
        boolean first = response.revision == 0;
        recordRevision(response, first ? ResponseRevision.Kind.SUBMISSION : ResponseRevision.Kind.RESUBMISSION,
                answers, null, caller.name());
        response.status = SurveyResponse.Status.SUBMITTED;
        response.submittedBy = caller.name();
        response.submittedAt = response.updatedAt;
        outbox.record(Topics.SURVEY_RESPONSES, response.country, response.id.toString(), new ResponseSubmitted(
                response.id, response.cycleId, response.country, response.instrument, questionnaireVersion(response),
                response.revision, response.language, caller.name(), response.submittedAt, statedNeeds(response, answers)));
        return written(response);
    }

    /** Amends a submitted response: a new, complete revision whose needs replace those of the one it amends. */
    @Transactional
    public ResponseView amend(UUID id, ResponseRequests.Amend request, String ifMatch, Caller caller) {
        SurveyResponse response = writable(id, ifMatch, caller);
        if (response.status != SurveyResponse.Status.SUBMITTED) {
            throw ProblemException.conflict("Only a submitted response is amended; this one is " + response.status
                    + ": save its answers and submit it");
        }
        ObjectNode previous = answers(response);
        ObjectNode answers = withNeedIds(request.answers(), previous);
        AnswerReport report = AnswerChecker.check(questionnaire(response), response.instrument, answers);
        requireValid(report);
        requireComplete(report);
        if (answers.equals(previous) && (request.language() == null || request.language().equals(response.language))) {
            throw ProblemException.unprocessable("The amendment changes no answer", null);
        }
        int amends = response.revision;
        response.answers = write(answers);
        if (request.language() != null) {
            response.language = request.language();
        }
        recordRevision(response, ResponseRevision.Kind.AMENDMENT, answers, request.reason(), caller.name());
        outbox.record(Topics.SURVEY_RESPONSES, response.country, response.id.toString(), new ResponseAmended(
                response.id, response.cycleId, response.country, response.instrument, questionnaireVersion(response),
                response.revision, amends, request.reason(), response.language, caller.name(), response.updatedAt,
                statedNeeds(response, answers)));
        return written(response);
    }

    /** A coordinator gives a submitted response back for changes; its needs are withdrawn until it is resubmitted. */
    @Transactional
    public ResponseView reopen(UUID id, ResponseRequests.Reopen request, String ifMatch, Caller caller) {
        SurveyResponse response = writable(id, ifMatch, caller);
        if (response.status != SurveyResponse.Status.SUBMITTED) {
            throw ProblemException.conflict("Only a submitted response can be reopened; this one is " + response.status);
        }
        response.status = SurveyResponse.Status.REOPENED;
        touch(response, caller);
        List<UUID> withdrawn = statedNeeds(response, answers(response)).stream().map(StatedNeed::needId).toList();
        outbox.record(Topics.SURVEY_RESPONSES, response.country, response.id.toString(), new ResponseReopened(
                response.id, response.cycleId, response.country, response.instrument, response.revision, withdrawn,
                request.reason(), caller.name(), response.updatedAt));
        return written(response);
    }

    /**
     * A country's answers from a bulk import, in a transaction of their own (all of the country's answers or none):
     * a new draft, or the replaced answers of a draft, submitted too when asked and complete. Returns why the
     * answers were refused, or null. A response this import already wrote (a resumed job) is left as it is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String importAnswers(UUID cycleId, String country, String instrument, ObjectNode imported, boolean submit,
            String author) {
        SurveyResponse response = SurveyResponse.<SurveyResponse>find("cycleId = ?1 and country = ?2 and instrument = ?3",
                cycleId, country, instrument).firstResultOptional().orElse(null);
        if (response != null && author.equals(response.createdBy) && !response.isEditable()) {
            return null;
        }
        if (response != null && !response.isEditable()) {
            return "the response of " + country + " to " + instrument + " is submitted already: amend it instead";
        }
        if (response == null) {
            UUID questionnaireId = pinnedQuestionnaires(cycleId).get(instrument);
            if (questionnaireId == null) {
                throw new ImportRefusedException(instrument + " is not an instrument of the cycle");
            }
            response = new SurveyResponse();
            response.id = UUID.randomUUID();
            response.cycleId = cycleId;
            response.country = country;
            response.instrument = instrument;
            response.questionnaireId = questionnaireId;
            response.language = "en";
            response.status = SurveyResponse.Status.DRAFT;
            response.revision = 0;
            response.answers = "{}";
            response.createdBy = response.updatedBy = author;
            response.createdAt = response.updatedAt = Instant.now();
            response.persist();
        }
        ObjectNode answers = withNeedIds(imported, answers(response));
        AnswerReport report = AnswerChecker.check(questionnaire(response), instrument, answers);
        if (submit && !report.complete()) {
            String missing = report.checks().stream().filter(c -> c.status() == AnswerReport.Status.MISSING)
                    .map(AnswerReport.QuestionCheck::code).collect(java.util.stream.Collectors.joining(", "));
            throw new ImportRefusedException("required question(s) " + missing + " unanswered, so "
                    + country + "'s answers were not submitted nor imported");
        }
        response.answers = write(answers);
        touch(response, author);
        if (submit) {
            recordRevision(response, response.revision == 0 ? ResponseRevision.Kind.SUBMISSION
                    : ResponseRevision.Kind.RESUBMISSION, answers, null, author);
            response.status = SurveyResponse.Status.SUBMITTED;
            response.submittedBy = author;
            response.submittedAt = response.updatedAt;
            outbox.record(Topics.SURVEY_RESPONSES, response.country, response.id.toString(), new ResponseSubmitted(
                    response.id, response.cycleId, response.country, response.instrument,
                    questionnaireVersion(response), response.revision, response.language, author,
                    response.submittedAt, statedNeeds(response, answers)));
        }
        return null;
    }

    /** Refuses a country's imported answers as a whole; the transaction rolls back. */
    public static class ImportRefusedException extends RuntimeException {
        public ImportRefusedException(String reason) {
            super(reason);
        }
    }

    /** The questionnaire version the cycle pins for an instrument. */
    public QuestionnaireDocument pinnedQuestionnaire(UUID cycleId, String instrument) {
        UUID questionnaireId = pinnedQuestionnaires(cycleId).get(instrument);
        return questionnaireId == null ? null
                : questionnaireCache.computeIfAbsent(questionnaireId, id -> questionnaires.content(questionnaires.get(id)));
    }

    /**
     * The questionnaire each instrument of a cycle is pinned to. Kept once read, on every replica alike: a cycle pins
     * its questionnaires when it opens and never changes them (an import asks for them once per country).
     */
    private Map<String, UUID> pinnedQuestionnaires(UUID cycleId) {
        Map<String, UUID> known = pinnedCache.get(cycleId);
        if (known != null) {
            return known;
        }
        Map<String, UUID> pins = cycles.instruments(cycleId).stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(i -> i.key.instrument(), i -> i.questionnaireId));
        if (!pins.isEmpty()) { // an unknown cycle is not remembered
            pinnedCache.put(cycleId, pins);
        }
        return pins;
    }

    @Transactional
    public ResponseView find(UUID id, Caller caller) {
        return view(readable(id, caller));
    }

    /** Responses, newest first; a focal point only ever sees its own country's. */
    @Transactional
    public List<ResponseView> list(UUID cycleId, String country, String instrument, SurveyResponse.Status status,
            Caller caller) {
        String ownCountry = caller.isCoordinator() ? country : caller.country().orElse("");
        if (!caller.isCoordinator() && country != null && !country.equals(ownCountry)) {
            throw ProblemException.notFound("A focal point sees only its own country's responses");
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (cycleId != null) {
            query.append(" and cycleId = :cycle");
            parameters.and("cycle", cycleId);
        }
        if (ownCountry != null) {
            query.append(" and country = :country");
            parameters.and("country", ownCountry);
        }
        if (instrument != null) {
            query.append(" and instrument = :instrument");
            parameters.and("instrument", instrument);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return SurveyResponse.<SurveyResponse>find(query.toString(), Sort.descending("updatedAt"), parameters)
                .page(0, 1000).list().stream().map(this::view).toList();
    }

    @Transactional
    public List<RevisionView> revisions(UUID id, Caller caller) {
        SurveyResponse response = readable(id, caller);
        return ResponseRevision.<ResponseRevision>list("key.responseId", Sort.by("key.revision"), response.id).stream()
                .map(r -> new RevisionView(r.key.revision(), r.kind, r.author, r.recordedAt, r.reason, r.language,
                        tree(r.changes), tree(r.answers)))
                .toList();
    }

    @Transactional
    public SurveyResponse get(UUID id) {
        return SurveyResponse.<SurveyResponse>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No response " + id));
    }

    // ---- rules

    private SurveyResponse readable(UUID id, Caller caller) {
        SurveyResponse response = get(id);
        caller.requireActsFor(response.country);
        return response;
    }

    private SurveyResponse writable(UUID id, String ifMatch, Caller caller) {
        SurveyResponse response = readable(id, caller);
        Preconditions.requireMatch(ifMatch, response.rowVersion);
        openCycle(response.cycleId);
        return response;
    }

    private ReportingCycle openCycle(UUID cycleId) {
        ReportingCycle cycle = cycles.get(cycleId);
        if (!cycle.isOpen()) {
            throw ProblemException.conflict("Reporting cycle " + cycle.name + " is closed: it takes no more answers");
        }
        return cycle;
    }

    private static void requireValid(AnswerReport report) {
        if (report.valid()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        report.checks().stream().filter(c -> c.status() == AnswerReport.Status.INVALID)
                .forEach(c -> c.problems().forEach(p -> violations.add(new Violation("answers." + c.code(), "body", p))));
        report.unknownQuestions().forEach(code -> violations.add(new Violation("answers." + code, "body",
                "is not a question of the questionnaire version this response answers")));
        throw ProblemException.invalid(violations.size() + " answer(s) rejected; nothing was saved", violations);
    }

    private static void requireComplete(AnswerReport report) {
        if (!report.complete()) {
            long missing = report.checks().stream().filter(c -> c.status() != AnswerReport.Status.ANSWERED
                    && c.status() != AnswerReport.Status.UNANSWERED).count();
            throw ProblemException.unprocessable(missing + " question(s) still need an answer or a correction "
                    + "(see report); nothing was submitted", report);
        }
    }

    // ---- answers and needs

    /**
     * Gives each stated need an id: the one it had in the response before, if the client sent it back, or a new
     * one. An id the response never had is replaced, so that no response can reach another's needs.
     */
    private ObjectNode withNeedIds(ObjectNode answers, ObjectNode before) {
        Set<String> knownIds = new HashSet<>();
        before.forEach(answer -> {
            if (answer.isArray()) {
                answer.forEach(item -> {
                    if (item.isObject() && item.hasNonNull("id")) {
                        knownIds.add(item.get("id").asText());
                    }
                });
            }
        });
        ObjectNode copy = answers.deepCopy();
        copy.forEach(answer -> {
            if (answer.isArray()) {
                answer.forEach(item -> {
                    if (item.isObject() && item.has("taSubtype")) {
                        ObjectNode need = (ObjectNode) item;
                        if (!need.hasNonNull("id") || !knownIds.contains(need.get("id").asText())) {
                            need.put("id", UUID.randomUUID().toString());
                        }
                    }
                });
            }
        });
        return copy;
    }

    private List<StatedNeed> statedNeeds(SurveyResponse response, ObjectNode answers) {
        List<StatedNeed> needs = new ArrayList<>();
        for (var section : questionnaire(response).sections()) {
            for (Question question : section.questions()) {
                if (!AnswerChecker.isNeedsQuestion(question) || !answers.has(question.code())) {
                    continue;
                }
                for (JsonNode need : answers.get(question.code())) {
                    List<String> groups = new ArrayList<>();
                    need.path("beneficiaryGroups").forEach(group -> groups.add(group.asText()));
                    String article = need.hasNonNull("article") ? need.get("article").asText() : question.article();
                    needs.add(new StatedNeed(UUID.fromString(need.get("id").asText()), need.get("taSubtype").asText(),
                            article, text(need, "thematicArea"), groups, need.get("priority").asText(),
                            text(need, "description"), SharingConsent.valueOf(need.get("consent").asText())));
                }
            }
        }
        return needs;
    }

    private void recordRevision(SurveyResponse response, ResponseRevision.Kind kind, ObjectNode answers, String reason,
            String author) {
        // revisions are numbered from 1 as the response's revision counts them: a first submission has none before it
        ObjectNode previous = response.revision == 0 ? json.createObjectNode()
                : ResponseRevision.<ResponseRevision>find("key.responseId = ?1 order by key.revision desc", response.id)
                        .firstResultOptional().map(r -> (ObjectNode) tree(r.answers)).orElse(json.createObjectNode());
        response.revision++;
        touch(response, author);
        ResponseRevision revision = new ResponseRevision();
        revision.key = new ResponseRevision.Key(response.id, response.revision);
        revision.kind = kind;
        revision.language = response.language;
        revision.answers = write(answers);
        revision.changes = write(changes(previous, answers));
        revision.reason = reason;
        revision.author = author;
        revision.recordedAt = response.updatedAt;
        revision.persist();
    }

    /** The answers that differ between two revisions, each with its value before and after. */
    private ArrayNode changes(ObjectNode before, ObjectNode after) {
        Set<String> questions = new TreeSet<>();
        before.fieldNames().forEachRemaining(questions::add);
        after.fieldNames().forEachRemaining(questions::add);
        ArrayNode changes = json.createArrayNode();
        for (String question : questions) {
            JsonNode from = before.get(question);
            JsonNode to = after.get(question);
            if (!Objects.equals(from, to)) {
                ObjectNode change = changes.addObject();
                change.put("question", question);
                change.set("before", from);
                change.set("after", to);
            }
        }
        return changes;
    }

    // ---- plumbing

    /** The questionnaire version a response answers; versions are immutable once published, so they are cached. */
    private QuestionnaireDocument questionnaire(SurveyResponse response) {
        return questionnaireCache.computeIfAbsent(response.questionnaireId,
                id -> questionnaires.content(questionnaires.get(id)));
    }

    /** Cached like the content: a listing of responses must not read the questionnaire table once per response. */
    private int questionnaireVersion(SurveyResponse response) {
        return questionnaireVersions.computeIfAbsent(response.questionnaireId, id -> questionnaires.get(id).version);
    }

    /**
     * The view of a response changed in this transaction, with the version its commit gives it: flushed now, so that
     * the resource's ETag needs no second transaction to read the version back.
     */
    private ResponseView written(SurveyResponse response) {
        SurveyResponse.flush();
        return view(response);
    }

    private ResponseView view(SurveyResponse response) {
        ObjectNode answers = answers(response);
        return new ResponseView(response.id, response.cycleId, response.country, response.instrument,
                response.questionnaireId, questionnaireVersion(response), response.language, response.status,
                response.revision, answers, AnswerChecker.check(questionnaire(response), response.instrument, answers),
                response.createdBy, response.createdAt, response.updatedBy, response.updatedAt, response.submittedBy,
                response.submittedAt, response.rowVersion);
    }

    private static void touch(SurveyResponse response, Caller caller) {
        touch(response, caller.name());
    }

    private static void touch(SurveyResponse response, String author) {
        response.updatedBy = author;
        response.updatedAt = Instant.now();
    }

    private ObjectNode answers(SurveyResponse response) {
        return (ObjectNode) tree(response.answers);
    }

    private JsonNode tree(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    private String write(JsonNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
