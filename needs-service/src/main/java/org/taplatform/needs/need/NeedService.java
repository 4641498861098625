package org.taplatform.needs.need;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.NeedSource;
import org.taplatform.events.Topics;
import org.taplatform.events.inbox.PoisonMessageException;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.TaSubtype;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.KeysetQuery;
import org.taplatform.reference.paging.PageParameters;


/** Use cases of the needs register. */
@ApplicationScoped
public class NeedService {

    private final Outbox outbox;
    private final CycleSuccession succession;

    NeedService(Outbox outbox, CycleSuccession succession) {
        this.outbox = outbox;
        this.succession = succession;
    }

    /**
     * Registers the need assumed for each State that did not respond in a closed cycle (help with reporting,
     * source NON_RESPONSE), each announced as {@code NeedRegistered}.
     */
    @Transactional(TxType.MANDATORY)
    public void registerNonResponseNeeds(CycleClosed closed) {
        for (CycleClosed.InstrumentOutcome outcome : closed.instruments()) {
            for (CycleClosed.NonRespondent nonRespondent : outcome.nonRespondents()) {
                if (!ReferenceData.instance().isCountry(nonRespondent.country())) {
                    throw new PoisonMessageException("cycle " + closed.cycleId() + " names unknown country "
                            + nonRespondent.country());
                }
                if (Need.findById(nonRespondent.needId()) != null) {
                    continue;
                }
                TaSubtype subtype = subtype(nonRespondent.needId(), nonRespondent.taSubtype());
                Need need = new Need();
                need.id = nonRespondent.needId();
                need.country = nonRespondent.country();
                need.instrument = outcome.instrument();
                need.taType = subtype.typeCode();
                need.taSubtype = subtype.code();
                need.description = "Assumed: no response in reporting cycle " + closed.name();
                need.priority = nonRespondent.priority();
                need.source = NeedSource.NON_RESPONSE;
                need.consent = nonRespondent.consent();
                need.status = Need.Status.OPEN;
                need.cycleId = closed.cycleId();
                need.registeredAt = Instant.now();
                need.persist();
                outbox.record(Topics.NEEDS, need.country, need.id.toString(), NeedEvents.registered(need));
                succession.settle(need.country, need.instrument); // a later cycle may have spoken already
            }
        }
    }

    /**
     * Applies a submitted response (first submission, or again after a reopening): its needs become exactly the
     * response's needs in the register.
     */
    @Transactional(TxType.MANDATORY)
    public void registerStatedNeeds(ResponseSubmitted response) {
        replaceNeedsOfResponse(response.responseId(), response.cycleId(), response.country(), response.instrument(),
                response.revision(), response.needs());
    }

    /** Applies an amendment: its needs replace exactly those of the revision it amends. */
    @Transactional(TxType.MANDATORY)
    public void replaceStatedNeeds(ResponseAmended amended) {
        replaceNeedsOfResponse(amended.responseId(), amended.cycleId(), amended.country(), amended.instrument(),
                amended.revision(), amended.needs());
    }

    /** A reopened response's needs are withdrawn until it is submitted again. */
    @Transactional(TxType.MANDATORY)
    public void withdrawNeedsOf(ResponseReopened reopened) {
        for (UUID id : reopened.withdrawnNeedIds()) {
            Need need = Need.findById(id);
            if (need != null && need.status != Need.Status.WITHDRAWN) {
                withdraw(need, "response reopened by a coordinator: " + reopened.reason());
            }
        }
        succession.settle(reopened.country(), reopened.instrument()); // its earlier needs stand until it is submitted
    }

    /**
     * Makes the register hold exactly the given needs for the response: new ones registered, changed ones updated
     * (a withdrawn one opens again), the response's others withdrawn. Unchanged needs produce no event, so a
     * redelivered or replayed event changes nothing.
     */
    private void replaceNeedsOfResponse(UUID responseId, UUID cycleId, String country, String instrument, int revision,
            List<StatedNeed> stated) {
        if (!ReferenceData.instance().isCountry(country)) {
            throw new PoisonMessageException("response " + responseId + " has unknown country " + country);
        }
        java.util.Set<UUID> kept = new java.util.HashSet<>();
        stated.forEach(need -> kept.add(need.needId()));
        for (Need need : Need.<Need>list("responseId", responseId)) {
            if (!kept.contains(need.id) && need.status != Need.Status.WITHDRAWN) {
                withdraw(need, "no longer stated in revision " + revision + " of the response");
            }
        }
        for (StatedNeed statement : stated) {
            TaSubtype subtype = subtype(statement.needId(), statement.taSubtype());
            Need need = Need.findById(statement.needId());
            if (need != null && !responseId.equals(need.responseId)) {
                throw new PoisonMessageException("need " + need.id + " belongs to another response than " + responseId);
            }
            boolean isNew = need == null;
            if (isNew) {
                need = new Need();
                need.id = statement.needId();
                need.source = NeedSource.SURVEY;
                need.status = Need.Status.OPEN;
                need.registeredAt = Instant.now();
            } else if (need.status != Need.Status.WITHDRAWN && sameStatement(need, statement, subtype)) {
                continue;
            }
            need.country = country;
            need.instrument = instrument;
            need.article = statement.article();
            need.taType = subtype.typeCode();
            need.taSubtype = subtype.code();
            need.thematicArea = statement.thematicArea();
            need.beneficiaryGroups = new java.util.ArrayList<>(statement.beneficiaryGroups() == null ? List.of()
                    : statement.beneficiaryGroups());
            need.description = statement.description();
            need.priority = statement.priority();
            need.consent = statement.consent();
            need.cycleId = cycleId;
            need.responseId = responseId;
            if (isNew) {
                need.persist();
                outbox.record(Topics.NEEDS, need.country, need.id.toString(), NeedEvents.registered(need));
            } else {
                if (need.status == Need.Status.WITHDRAWN) {
                    need.status = Need.Status.OPEN;
                }
                outbox.record(Topics.NEEDS, need.country, need.id.toString(), NeedEvents.updated(need));
            }
        }
        succession.settle(country, instrument);
    }

    private static boolean sameStatement(Need need, StatedNeed statement, TaSubtype subtype) {
        return java.util.Objects.equals(need.taSubtype, subtype.code())
                && java.util.Objects.equals(need.article, statement.article())
                && java.util.Objects.equals(need.thematicArea, statement.thematicArea())
                && java.util.Objects.equals(need.beneficiaryGroups, statement.beneficiaryGroups() == null ? List.of()
                        : statement.beneficiaryGroups())
                && java.util.Objects.equals(need.description, statement.description())
                && java.util.Objects.equals(need.priority, statement.priority())
                && need.consent == statement.consent();
    }

    void withdraw(Need need, String reason) {
        need.status = Need.Status.WITHDRAWN;
        outbox.record(Topics.NEEDS, need.country, need.id.toString(),
                NeedEvents.withdrawn(need, reason));
    }

    /**
     * A need the caller may see, or empty: an invisible need is reported as absent, not as forbidden.
     * <p>
     * Reads run outside a transaction (the request's session, each statement on its own): under PostgreSQL's read
     * committed every statement takes its own snapshot anyway, so a transaction only added a COMMIT round trip and the
     * transaction manager's bookkeeping, a quarter of a donor's read (docs/performance.md).
     */
    public Optional<NeedView> find(UUID id, NeedReader reader, UnLanguage language) {
        return Need.<Need>findByIdOptional(id).filter(reader::maySee).map(need -> NeedView.of(need, language));
    }

    /**
     * A page of the needs the caller may see, filtered and in a stable order (the sort key, then the id), from where
     * the cursor's page ended; asOf is the latest registration or status change among all the needs the filters
     * select, not only this page's. Outside a transaction, as {@link #find} is.
     */
    public Page<NeedView> query(NeedQuery query, PageParameters page, NeedReader reader, UnLanguage language) {
        NeedCriteria criteria = NeedCriteria.visibleTo(reader, query);
        String key = query.sort.startsWith("-") ? query.sort.substring(1) : query.sort;
        KeysetQuery<Need> needs = KeysetQuery.of(Need.getEntityManager(), Need.class, "needs " + query.sort)
                .where(criteria.where(), criteria.parameters().map())
                .orderBy(key, need -> "registeredAt".equals(key) ? need.registeredAt : need.country,
                        value -> "registeredAt".equals(key) ? Instant.parse(value) : value)
                .orderBy("id", need -> need.id, UUID::fromString)
                .changedAt("registeredAt", "statusChangedAt");
        if (query.sort.startsWith("-")) {
            needs.descending();
        }
        return needs.page(page, need -> NeedView.of(need, language));
    }

    private static TaSubtype subtype(UUID needId, String code) {
        return ReferenceData.instance().taSubtype(code)
                .orElseThrow(() -> new PoisonMessageException("need " + needId + " has unknown TA subtype " + code));
    }
}
