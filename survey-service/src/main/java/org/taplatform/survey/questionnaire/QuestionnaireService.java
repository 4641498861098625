package org.taplatform.survey.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Use cases of questionnaires: a coordinator drafts a version, previews it, publishes it; a published version is
 * immutable and a change is a new version.
 */
@ApplicationScoped
public class QuestionnaireService {

    private final QuestionnaireChecker checker;
    private final ObjectMapper json;

    QuestionnaireService(QuestionnaireChecker checker, ObjectMapper json) {
        this.checker = checker;
        this.json = json;
    }

    /** A new draft: the next version of the document's instrument. */
    @Transactional
    public Questionnaire createDraft(QuestionnaireDocument document, Caller caller) {
        requireValid(document);
        requireNoDraft(document.instrument());
        Questionnaire draft = new Questionnaire();
        draft.id = UUID.randomUUID();
        draft.instrument = document.instrument();
        draft.version = nextVersion(document.instrument());
        draft.status = Questionnaire.Status.DRAFT;
        draft.definition = write(document.content());
        draft.createdBy = draft.updatedBy = caller.name();
        draft.createdAt = draft.updatedAt = Instant.now();
        draft.persist();
        return draft;
    }

    /** Replaces a draft's content; a published version cannot change. */
    @Transactional
    public Questionnaire updateDraft(UUID id, QuestionnaireDocument document, String ifMatch, Caller caller) {
        Questionnaire draft = get(id);
        Preconditions.requireMatch(ifMatch, draft.rowVersion);
        requireDraft(draft, "changed");
        requireValid(document);
        if (!draft.instrument.equals(document.instrument())) {
            throw ProblemException.invalid("A draft keeps its instrument",
                    List.of(new Violation("instrument", "body", "must stay " + draft.instrument)));
        }
        draft.definition = write(document.content());
        draft.updatedBy = caller.name();
        draft.updatedAt = Instant.now();
        return draft;
    }

    @Transactional
    public Questionnaire publish(UUID id, String ifMatch, Caller caller) {
        Questionnaire draft = get(id);
        Preconditions.requireMatch(ifMatch, draft.rowVersion);
        requireDraft(draft, "published again");
        draft.status = Questionnaire.Status.PUBLISHED;
        draft.publishedBy = draft.updatedBy = caller.name();
        draft.publishedAt = draft.updatedAt = Instant.now();
        return draft;
    }

    /** A new draft that starts as a copy of a published version: how a published questionnaire changes. */
    @Transactional
    public Questionnaire newVersion(UUID publishedId, Caller caller) {
        Questionnaire published = get(publishedId);
        if (!published.isPublished()) {
            throw ProblemException.conflict("Version " + published.version + " is still a draft: change it instead");
        }
        return createDraft(content(published), caller);
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        Questionnaire draft = get(id);
        Preconditions.requireMatch(ifMatch, draft.rowVersion);
        requireDraft(draft, "deleted");
        draft.delete();
    }

    @Transactional
    public Questionnaire get(UUID id) {
        return Questionnaire.<Questionnaire>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No questionnaire " + id));
    }

    /** The questionnaire versions, newest first; only published ones for those who answer or analyse. */
    @Transactional
    public List<Questionnaire> list(String instrument, boolean publishedOnly) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (instrument != null) {
            query.append(" and instrument = :instrument");
            parameters.and("instrument", instrument);
        }
        if (publishedOnly) {
            query.append(" and status = :published");
            parameters.and("published", Questionnaire.Status.PUBLISHED);
        }
        return Questionnaire.<Questionnaire>find(query.toString(),
                Sort.by("instrument").and("version", Sort.Direction.Descending), parameters).list();
    }

    /** The newest published version of an instrument's questionnaire. */
    @Transactional
    public Optional<Questionnaire> latestPublished(String instrument) {
        return Questionnaire.<Questionnaire>find("instrument = ?1 and status = ?2",
                Sort.descending("version"), instrument, Questionnaire.Status.PUBLISHED).firstResultOptional();
    }

    public QuestionnaireDocument content(Questionnaire questionnaire) {
        try {
            return json.readValue(questionnaire.definition, QuestionnaireDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire " + questionnaire.id + " is unreadable", e);
        }
    }

    private void requireValid(QuestionnaireDocument document) {
        List<Violation> violations = checker.check(document);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " problem(s) in the questionnaire; nothing was saved",
                    violations);
        }
    }

    private static void requireNoDraft(String instrument) {
        Questionnaire.<Questionnaire>find("instrument = ?1 and status = ?2", instrument, Questionnaire.Status.DRAFT)
                .firstResultOptional().ifPresent(draft -> {
                    throw ProblemException.conflict("The " + instrument + " questionnaire already has a draft (version "
                            + draft.version + ", id " + draft.id + "): change it, publish it or delete it first");
                });
    }

    private static void requireDraft(Questionnaire questionnaire, String action) {
        if (questionnaire.isPublished()) {
            throw ProblemException.conflict("Version " + questionnaire.version + " of the " + questionnaire.instrument
                    + " questionnaire is published and cannot be " + action + "; make a new version instead");
        }
    }

    private static int nextVersion(String instrument) {
        Integer highest = Questionnaire.getEntityManager()
                .createQuery("select max(q.version) from Questionnaire q where q.instrument = :instrument", Integer.class)
                .setParameter("instrument", instrument).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    private String write(QuestionnaireDocument content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
