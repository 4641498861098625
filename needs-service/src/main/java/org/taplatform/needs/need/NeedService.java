package org.taplatform.needs.need;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.inbox.PoisonMessageException;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.reference.security.Caller;

import io.quarkus.panache.common.Sort;

/** Use cases of the needs register. */
@ApplicationScoped
public class NeedService {

    private final Outbox outbox;

    NeedService(Outbox outbox) {
        this.outbox = outbox;
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
                outbox.record(Topics.NEEDS, need.country, need.id.toString(), registered(need));
            }
        }
    }

    /** Registers the needs a State stated in a submitted response, each announced as {@code NeedRegistered}. */
    @Transactional(TxType.MANDATORY)
    public void registerStatedNeeds(ResponseSubmitted response) {
        if (!ReferenceData.instance().isCountry(response.country())) {
            throw new PoisonMessageException("response " + response.responseId() + " has unknown country " + response.country());
        }
        for (StatedNeed stated : response.needs()) {
            if (Need.findById(stated.needId()) != null) {
                continue; // already registered from an earlier delivery of another event about it
            }
            TaSubtype subtype = subtype(stated.needId(), stated.taSubtype());
            Need need = new Need();
            need.id = stated.needId();
            need.country = response.country();
            need.instrument = response.instrument();
            need.article = stated.article();
            need.taType = subtype.typeCode();
            need.taSubtype = subtype.code();
            need.thematicArea = stated.thematicArea();
            need.beneficiaryGroups = new java.util.ArrayList<>(stated.beneficiaryGroups() == null ? List.of()
                    : stated.beneficiaryGroups());
            need.description = stated.description();
            need.priority = stated.priority();
            need.source = NeedSource.SURVEY;
            need.consent = stated.consent();
            need.status = Need.Status.OPEN;
            need.cycleId = response.cycleId();
            need.responseId = response.responseId();
            need.registeredAt = Instant.now();
            need.persist();
            outbox.record(Topics.NEEDS, need.country, need.id.toString(), registered(need));
        }
    }

    /** A need the caller may see, or empty: an invisible need is reported as absent, not as forbidden. */
    @Transactional
    public Optional<NeedView> find(UUID id, Caller caller) {
        return Need.<Need>findByIdOptional(id)
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .map(NeedView::of);
    }

    /** The needs of a country (or all) that the caller may see, newest first. */
    @Transactional
    public List<NeedView> list(String country, Caller caller) {
        EnumSet<SharingConsent> visible = SharingConsent.visibleTo(caller.roles());
        String ownCountry = caller.country().orElse("");
        String query = "(consent in ?1 or country = ?2)" + (country == null ? "" : " and country = ?3");
        var found = country == null
                ? Need.<Need>find(query, Sort.descending("registeredAt"), visible, ownCountry)
                : Need.<Need>find(query, Sort.descending("registeredAt"), visible, ownCountry, country);
        return found.page(0, 500).stream()
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .map(NeedView::of).toList();
    }

    private static TaSubtype subtype(UUID needId, String code) {
        return ReferenceData.instance().taSubtype(code)
                .orElseThrow(() -> new PoisonMessageException("need " + needId + " has unknown TA subtype " + code));
    }

    private static NeedRegistered registered(Need need) {
        return new NeedRegistered(need.id, need.country, need.instrument, need.article, need.taType, need.taSubtype,
                need.thematicArea, List.copyOf(need.beneficiaryGroups), need.description, need.priority, need.source,
                need.consent, need.cycleId, need.responseId, need.registeredAt);
    }
}
