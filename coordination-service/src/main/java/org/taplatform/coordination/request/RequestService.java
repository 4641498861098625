package org.taplatform.coordination.request;

import org.taplatform.reference.paging.NewestFirst;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.provider.OrganisationReadModel;
import org.taplatform.coordination.request.model.OfferStatus;
import org.taplatform.coordination.request.model.RequestStatus;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

/**
 * The technical assistance request workflow: a State asks, the coordinator forwards, organisations offer, the State
 * accepts one offer (the others are declined with notice), and the registry's activity for it fulfils the request.
 * The states' rules are the domain model's ({@code request.model}); this class loads, checks the caller's rights and
 * records. Who sees a request: coordinators all; a focal point its country's; an organisation those forwarded to it.
 * Any other request is 404 (its existence is not disclosed).
 */
@ApplicationScoped
public class RequestService {

    private final RequestJournal journal;
    private final Outbox outbox;
    private final CoverageService coverage;
    private final IndexMaintenance indexMaintenance;

    RequestService(RequestJournal journal, Outbox outbox, CoverageService coverage,
            IndexMaintenance indexMaintenance) {
        this.journal = journal;
        this.outbox = outbox;
        this.coverage = coverage;
        this.indexMaintenance = indexMaintenance;
    }

    @Transactional
    public RequestView submit(RequestCommands.Submission submission, Caller caller) {
        caller.requireActsFor(submission.country());
        List<UUID> needIds = List.copyOf(new LinkedHashSet<>(submission.needIds()));
        Map<UUID, NeedReadModel> needs = NeedReadModel.<NeedReadModel>list("id in ?1", needIds).stream()
                .collect(Collectors.toMap(need -> need.id, Function.identity()));
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < submission.needIds().size(); i++) {
            NeedReadModel need = needs.get(submission.needIds().get(i));
            if (need == null || !need.country.equals(submission.country()) || "WITHDRAWN".equals(need.status)) {
                violations.add(new Problem.Violation("needIds[" + i + "]", "body",
                        "must be a need of " + submission.country() + " in the register (not withdrawn)"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " need(s) cannot be requested; nothing was changed",
                    violations);
        }
        TaRequest request = new TaRequest();
        request.id = UUID.randomUUID();
        request.country = submission.country();
        request.needIds = needIds.toArray(UUID[]::new);
        request.summary = submission.summary();
        request.status = RequestStatus.SUBMITTED;
        request.requestedBy = caller.name();
        request.createdAt = Instant.now();
        request.updatedAt = request.createdAt;
        request.version = 0;
        request.persist();
        journal.requestMoved(request, null, caller.name(), null);
        return view(request, caller);
    }

    /** Coordinators only (the resource says so): adds organisations, which may then offer. */
    @Transactional
    public RequestView forward(UUID id, String ifMatch, RequestCommands.Forwarding forwarding, Caller caller) {
        TaRequest request = actionable(id, ifMatch, caller);
        Set<String> known = OrganisationReadModel.<OrganisationReadModel>list("identifier in ?1",
                forwarding.organisations()).stream().map(o -> o.identifier).collect(Collectors.toSet());
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < forwarding.organisations().size(); i++) {
            if (!known.contains(forwarding.organisations().get(i))) {
                violations.add(new Problem.Violation("organisations[" + i + "]", "body",
                        "must be an organisation registered in the provider registry"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Unknown organisations; nothing was changed", violations);
        }
        RequestStatus before = request.status;
        request.status = request.status.forward();
        Set<String> to = new LinkedHashSet<>(List.of(request.forwardedTo));
        to.addAll(forwarding.organisations());
        request.forwardedTo = to.toArray(String[]::new);
        journal.requestMoved(request, before, caller.name(), forwarding.note());
        return view(request, caller);
    }

    /** An organisation the request was forwarded to offers; one open offer per organisation. */
    @Transactional
    public RequestView offer(UUID id, RequestCommands.Proposal proposal, Caller caller) {
        TaRequest request = visible(id, caller).orElseThrow(() -> notFound(id));
        String organisation = caller.organisation().filter(request::isForwardedTo).orElseThrow(
                () -> new jakarta.ws.rs.ForbiddenException("Only an organisation the request was forwarded to may offer"));
        request.status.requireOpenForOffers();
        if (Offer.count("requestId = ?1 and organisation = ?2 and status = ?3", id, organisation,
                OfferStatus.SUBMITTED) > 0) {
            throw ProblemException.conflict(organisation + " has an open offer to this request: withdraw it first");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.requestId = id;
        offer.organisation = organisation;
        offer.language = proposal.language();
        offer.title = proposal.title();
        offer.scope = proposal.scope();
        offer.plannedStart = proposal.plannedStart();
        offer.plannedEnd = proposal.plannedEnd();
        if (proposal.budget() != null) {
            offer.amount = proposal.budget().amount();
            offer.currency = proposal.budget().currency();
        }
        offer.status = OfferStatus.SUBMITTED;
        offer.submittedBy = caller.name();
        offer.submittedAt = Instant.now();
        offer.updatedAt = offer.submittedAt;
        offer.persist();
        journal.offerMoved(request, offer, null, caller.name(), null);
        return view(request, caller);
    }

    /**
     * The State (its focal point, or a coordinator) accepts one offer: the others still open are declined with notice,
     * and the registry is asked, through {@code ta.coordination.offer.accepted.v1}, to register its activity.
     */
    @Transactional
    public RequestView accept(UUID id, UUID offerId, String ifMatch, Caller caller) {
        TaRequest request = actionable(id, ifMatch, caller);
        caller.requireActsFor(request.country);
        Offer accepted = offerOf(request, offerId);
        OfferStatus offerBefore = accepted.status;
        accepted.status = accepted.status.accept();
        RequestStatus before = request.status;
        request.status = request.status.accept();
        journal.offerMoved(request, accepted, offerBefore, caller.name(), null);
        for (Offer other : Offer.<Offer>list("requestId = ?1 and status = ?2 and id <> ?3", id, OfferStatus.SUBMITTED,
                offerId)) {
            decline(request, other, "another offer was accepted", caller.name());
        }
        request.acceptedOfferId = accepted.id;
        request.activityIdentifier = accepted.organisation + "-TAR-" + accepted.id;
        journal.requestMoved(request, before, caller.name(), "accepted the offer of " + accepted.organisation);
        List<NeedReadModel> needs = NeedReadModel.list("id in ?1", List.of(request.needIds));
        outbox.record(Topics.COORDINATION_EVENTS, request.country, accepted.id.toString(), new OfferAccepted(request.id,
                accepted.id, request.country, accepted.organisation, request.activityIdentifier,
                List.of(request.needIds), needs.stream().map(n -> n.taSubtype).distinct().sorted().toList(),
                needs.stream().map(n -> n.instrument).distinct().sorted().toList(), accepted.language, accepted.title,
                accepted.scope, accepted.plannedStart, accepted.plannedEnd, accepted.amount, accepted.currency,
                caller.name(), Instant.now()));
        indexMaintenance.refreshAcceptedOffers(List.of(request.needIds));
        coverage.reassess(List.of(request.needIds));
        return view(request, caller);
    }

    @Transactional
    public RequestView cancel(UUID id, String ifMatch, String reason, Caller caller) {
        TaRequest request = actionable(id, ifMatch, caller);
        caller.requireActsFor(request.country);
        RequestStatus before = request.status;
        request.status = request.status.cancel();
        request.reason = reason;
        for (Offer open : Offer.<Offer>list("requestId = ?1 and status = ?2", id, OfferStatus.SUBMITTED)) {
            decline(request, open, "the request was cancelled: " + reason, caller.name());
        }
        journal.requestMoved(request, before, caller.name(), reason);
        return view(request, caller);
    }

    /** The organisation takes its open offer back (or a coordinator does for it). */
    @Transactional
    public RequestView withdrawOffer(UUID id, UUID offerId, String reason, Caller caller) {
        TaRequest request = visible(id, caller).orElseThrow(() -> notFound(id));
        Offer offer = offerOf(request, offerId);
        if (!caller.isCoordinator() && !caller.organisation().map(offer.organisation::equals).orElse(false)) {
            throw ProblemException.notFound("No offer " + offerId + " of yours in request " + id);
        }
        OfferStatus before = offer.status;
        offer.status = offer.status.withdraw();
        offer.reason = reason;
        journal.offerMoved(request, offer, before, caller.name(), reason);
        return view(request, caller);
    }

    /**
     * The registry announced an activity: if it is the one an accepted offer asked for, the request is fulfilled.
     * Called in the event's transaction; a copy for another country finds the request fulfilled already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activityRegistered(UUID activityId, String iatiIdentifier) {
        TaRequest.<TaRequest>find("activityIdentifier", iatiIdentifier).firstResultOptional()
                .filter(request -> request.status == RequestStatus.ACCEPTED).ifPresent(request -> {
                    RequestStatus before = request.status;
                    request.status = request.status.fulfil();
                    request.activityId = activityId;
                    journal.requestMoved(request, before, "coordination-service",
                            "activity " + iatiIdentifier + " registered");
                });
    }

    @Transactional
    public Optional<RequestView> find(UUID id, Caller caller) {
        return visible(id, caller).map(request -> view(request, caller));
    }

    @Transactional
    public Page<RequestView> list(String country, RequestStatus status, PageParameters page, Caller caller) {
        StringBuilder sql = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (country != null) {
            parameters.add(country);
            sql.append(" and country = ?").append(parameters.size());
        }
        if (status != null) {
            parameters.add(status.name());
            sql.append(" and status = ?").append(parameters.size());
        }
        if (!caller.isCoordinator()) {
            if (caller.country().isPresent() && caller.hasRole(Roles.STATE_FOCAL_POINT)) {
                parameters.add(caller.country().get());
                sql.append(" and country = ?").append(parameters.size());
            } else {
                parameters.add(caller.organisation().orElse("(none)"));
                sql.append(" and forwarded_to @> array[cast(?").append(parameters.size()).append(" as varchar)]");
            }
        }
        return NewestFirst.of(TaRequest.getEntityManager(), TaRequest.class, "ta_request", "requests")
                .by("created_at", request -> request.createdAt, request -> request.id).changedAt("updated_at")
                .page(sql.toString(), parameters, page, request -> view(request, caller));
    }

    private void decline(TaRequest request, Offer offer, String reason, String actor) {
        OfferStatus before = offer.status;
        offer.status = offer.status.decline();
        offer.reason = reason;
        journal.offerMoved(request, offer, before, actor, reason);
    }

    private static Offer offerOf(TaRequest request, UUID offerId) {
        return Offer.<Offer>findByIdOptional(offerId).filter(offer -> offer.requestId.equals(request.id))
                .orElseThrow(() -> ProblemException.notFound("No offer " + offerId + " in request " + request.id));
    }

    private TaRequest actionable(UUID id, String ifMatch, Caller caller) {
        TaRequest request = visible(id, caller).orElseThrow(() -> notFound(id));
        Preconditions.requireMatch(ifMatch, request.version);
        return request;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No request " + id);
    }

    static Optional<TaRequest> visible(UUID id, Caller caller) {
        return TaRequest.<TaRequest>findByIdOptional(id).filter(request -> mayRead(request, caller));
    }

    static boolean mayRead(TaRequest request, Caller caller) {
        if (caller.isCoordinator()) {
            return true;
        }
        if (speaksForTheState(request, caller)) {
            return true;
        }
        return caller.organisation().map(request::isForwardedTo).orElse(false);
    }

    /** The focal point of the requesting State. */
    private static boolean speaksForTheState(TaRequest request, Caller caller) {
        return caller.hasRole(Roles.STATE_FOCAL_POINT) && caller.country().map(request.country::equals).orElse(false);
    }

    /** Organisations see themselves among the recipients and their own offers and steps; the State sees all. */
    private RequestView view(TaRequest request, Caller caller) {
        List<Offer> offers = Offer.list("requestId = ?1 order by submittedAt, id", request.id);
        List<RequestTransition> history = journal.historyOf(request.id);
        List<String> forwardedTo = List.of(request.forwardedTo);
        boolean seesAll = caller.isCoordinator() || speaksForTheState(request, caller);
        if (!seesAll) {
            String organisation = caller.organisation().orElse("(none)");
            Set<UUID> own = offers.stream().filter(o -> o.organisation.equals(organisation)).map(o -> o.id)
                    .collect(Collectors.toSet());
            offers = offers.stream().filter(o -> own.contains(o.id)).toList();
            history = history.stream().filter(step -> step.offerId == null || own.contains(step.offerId)).toList();
            forwardedTo = forwardedTo.stream().filter(organisation::equals).toList();
        }
        return RequestView.of(request, offers, history, forwardedTo);
    }
}
