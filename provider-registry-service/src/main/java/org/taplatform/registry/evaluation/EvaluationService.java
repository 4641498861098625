package org.taplatform.registry.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.registry.activity.Activity;

/**
 * Use cases of evaluations: a finished activity (IATI status 3 finalisation or 4 closed, not withdrawn) carries one,
 * recorded and replaced by its organisation (checked by the resource); each is announced on ta.registry.knowledge.
 */
@ApplicationScoped
public class EvaluationService {

    private final Outbox outbox;

    EvaluationService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Activity activity(UUID activityId) {
        return Activity.<Activity>findByIdOptional(activityId)
                .orElseThrow(() -> ProblemException.notFound("No activity " + activityId));
    }

    /** Records the first evaluation (409 when it has one: replace it with If-Match). */
    @Transactional
    public Evaluation record(UUID activityId, EvaluationRequest request, String by) {
        Activity activity = finished(activityId);
        if (Evaluation.findById(activityId) != null) {
            throw ProblemException.conflict("The activity has an evaluation; replace it with PUT and If-Match");
        }
        Evaluation evaluation = new Evaluation();
        evaluation.activityId = activityId;
        evaluation.createdBy = by;
        evaluation.createdAt = Instant.now();
        copy(request, evaluation, by);
        evaluation.persist();
        announce(evaluation, activity);
        return evaluation;
    }

    @Transactional
    public Evaluation replace(UUID activityId, EvaluationRequest request, String ifMatch, String by) {
        Activity activity = finished(activityId);
        Evaluation evaluation = get(activityId);
        Preconditions.requireMatch(ifMatch, evaluation.version);
        copy(request, evaluation, by);
        Evaluation.flush();
        announce(evaluation, activity);
        return evaluation;
    }

    @Transactional
    public Evaluation get(UUID activityId) {
        return Evaluation.<Evaluation>findByIdOptional(activityId)
                .orElseThrow(() -> ProblemException.notFound("The activity " + activityId + " has no evaluation"));
    }

    /** Evaluations with their activities, best rated first; filters optional. */
    @Transactional
    public List<EvaluationView> list(String taSubtype, String country, Integer minimumRating) {
        List<Evaluation> evaluations = Evaluation.listAll();
        Map<UUID, Activity> activities = evaluations.isEmpty() ? Map.of()
                : Activity.<Activity>list("id in ?1", evaluations.stream().map(e -> e.activityId).toList()).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return evaluations.stream().filter(e -> minimumRating == null || e.rating >= minimumRating)
                .map(e -> Optional.ofNullable(activities.get(e.activityId)).map(a -> EvaluationView.of(e, a)))
                .flatMap(Optional::stream)
                .filter(v -> taSubtype == null || v.taSubtypes().contains(taSubtype))
                .filter(v -> country == null || v.recipientCountries().contains(country))
                .sorted(java.util.Comparator.comparingInt(EvaluationView::rating).reversed()
                        .thenComparing(EvaluationView::iatiIdentifier))
                .toList();
    }

    private Activity finished(UUID activityId) {
        Activity activity = activity(activityId);
        if (activity.withdrawnAt != null || !("3".equals(activity.status) || "4".equals(activity.status))) {
            throw ProblemException.conflict("Only a finished activity (IATI status 3 or 4, not withdrawn) is evaluated;"
                    + " this one's status is " + activity.status + (activity.withdrawnAt != null ? ", withdrawn" : ""));
        }
        return activity;
    }

    private static void copy(EvaluationRequest request, Evaluation evaluation, String by) {
        evaluation.rating = request.rating();
        evaluation.results = request.results().strip();
        evaluation.lessons = request.lessons().strip();
        evaluation.language = request.language();
        evaluation.documentUrl = request.documentUrl();
        evaluation.evaluatedOn = request.evaluatedOn();
        evaluation.updatedBy = by;
        evaluation.updatedAt = Instant.now();
    }

    private void announce(Evaluation evaluation, Activity activity) {
        String key = activity.recipientCountryCodes.isEmpty() ? activity.reportingOrganisation
                : activity.recipientCountryCodes.get(0);
        outbox.record(Topics.REGISTRY_KNOWLEDGE, key, activity.id.toString(), new EvaluationRecorded(activity.id,
                activity.iatiIdentifier, activity.reportingOrganisation, List.copyOf(activity.recipientCountryCodes),
                List.copyOf(activity.taSubtypes), evaluation.rating, evaluation.results, evaluation.lessons,
                evaluation.language, evaluation.documentUrl, evaluation.evaluatedOn, evaluation.version,
                evaluation.updatedAt));
    }
}
