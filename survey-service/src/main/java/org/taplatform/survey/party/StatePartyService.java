package org.taplatform.survey.party;

import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

import io.quarkus.panache.common.Sort;

/** The reference list of States parties per instrument, which coordinators keep up to date. */
@ApplicationScoped
public class StatePartyService {

    /** Records (or corrects) a batch of entries, all or none. */
    @Transactional
    public List<StatePartyRecord> record(List<StatePartyRecord> entries, Caller caller) {
        List<Violation> violations = IntStream.range(0, entries.size())
                .filter(i -> entries.get(i).withdrewOn() != null
                        && !entries.get(i).withdrewOn().isAfter(entries.get(i).becamePartyOn()))
                .mapToObj(i -> new Violation("[" + i + "].withdrewOn", "body", "must be after becamePartyOn"))
                .toList();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Inconsistent dates; nothing was recorded", violations);
        }
        Instant now = Instant.now();
        for (StatePartyRecord entry : entries) {
            StateParty.Key key = new StateParty.Key(entry.instrument(), entry.country());
            StateParty party = StateParty.findById(key);
            if (party == null) {
                party = new StateParty();
                party.key = key;
            }
            party.action = entry.action();
            party.becamePartyOn = entry.becamePartyOn();
            party.withdrewOn = entry.withdrewOn();
            party.updatedBy = caller.name();
            party.updatedAt = now;
            party.persist();
        }
        return entries;
    }

    @Transactional
    public Page<StatePartyRecord> list(String instrument, PageParameters page) {
        var parties = instrument == null
                ? StateParty.<StateParty>findAll(Sort.by("key.instrument").and("key.country")).list()
                : StateParty.<StateParty>list("key.instrument", Sort.by("key.country"), instrument);
        return page.slice("states-parties " + instrument, parties.stream().map(StatePartyRecord::of).toList(),
                Page.latestOf(parties, party -> party.updatedAt));
    }

    /** The parties to an instrument at some time during a period: a reporting cycle's expected reporters. */
    @Transactional
    public List<String> partiesDuring(String instrument, LocalDate from, LocalDate to) {
        return StateParty.<StateParty>list("key.instrument", Sort.by("key.country"), instrument).stream()
                .filter(party -> party.isPartyDuring(from, to))
                .map(party -> party.key.country())
                .toList();
    }
}
