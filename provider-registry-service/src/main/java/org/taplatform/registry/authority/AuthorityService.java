package org.taplatform.registry.authority;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.CompetentAuthorityChanged;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * Use cases of the directory of competent national authorities. A State's entries are written by its focal point or
 * a coordinator (checked here, against the entry's country); every change is announced on ta.registry.knowledge
 * without the channels. The directory is small (a few entries per State), so filters beyond the country are applied
 * in memory.
 */
@ApplicationScoped
public class AuthorityService {

    enum Change {
        REGISTERED, UPDATED, CONFIRMED, WITHDRAWN
    }

    private final Outbox outbox;
    private final ConfirmationPolicy policy;

    AuthorityService(Outbox outbox, ConfirmationPolicy policy) {
        this.outbox = outbox;
        this.policy = policy;
    }

    @Transactional
    public CompetentAuthority register(AuthorityRequest request, Caller caller) {
        caller.requireActsFor(request.country());
        requireValid(request);
        CompetentAuthority authority = new CompetentAuthority();
        authority.id = UUID.randomUUID();
        authority.country = request.country();
        authority.createdBy = caller.name();
        authority.createdAt = Instant.now();
        copy(request, authority, caller);
        authority.persist();
        announce(authority, Change.REGISTERED);
        return authority;
    }

    /** Replaces the entry's content; it stays in its country (another country's authority is another entry). */
    @Transactional
    public CompetentAuthority update(UUID id, AuthorityRequest request, String ifMatch, Caller caller) {
        CompetentAuthority authority = editable(id, ifMatch, caller);
        if (!authority.country.equals(request.country())) {
            throw ProblemException.invalid("An entry stays in its country; nothing was changed", List.of(
                    new Violation("country", "body", "must be " + authority.country)));
        }
        requireValid(request);
        requireNotBeforeLastConfirmation(authority, request.lastConfirmedOn(), "lastConfirmedOn");
        copy(request, authority, caller);
        CompetentAuthority.flush();
        announce(authority, Change.UPDATED);
        return authority;
    }

    /** The State confirms the entry as it stands. */
    @Transactional
    public CompetentAuthority confirm(UUID id, LocalDate confirmedOn, String ifMatch, Caller caller) {
        CompetentAuthority authority = editable(id, ifMatch, caller);
        requireNotBeforeLastConfirmation(authority, confirmedOn, "confirmedOn");
        authority.lastConfirmedOn = confirmedOn;
        authority.updatedBy = caller.name();
        authority.updatedAt = Instant.now();
        CompetentAuthority.flush();
        announce(authority, Change.CONFIRMED);
        return authority;
    }

    @Transactional
    public void withdraw(UUID id, String ifMatch, Caller caller) {
        CompetentAuthority authority = editable(id, ifMatch, caller);
        authority.withdrawnAt = Instant.now();
        authority.updatedBy = caller.name();
        authority.updatedAt = authority.withdrawnAt;
        CompetentAuthority.flush();
        announce(authority, Change.WITHDRAWN);
    }

    @Transactional
    public CompetentAuthority get(UUID id) {
        return CompetentAuthority.<CompetentAuthority>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No competent authority " + id));
    }

    /** Current entries (not withdrawn), by country then name; each filter optional. */
    @Transactional
    public List<CompetentAuthority> list(String country, Designation designation, String language, Boolean stale) {
        List<CompetentAuthority> entries = country == null
                ? CompetentAuthority.list("withdrawnAt is null", Sort.by("country").and("name").and("id"))
                : CompetentAuthority.list("withdrawnAt is null and country = ?1", Sort.by("name").and("id"), country);
        return entries.stream()
                .filter(a -> designation == null || List.of(a.designations).contains(designation.name()))
                .filter(a -> language == null || List.of(a.languages).stream()
                        .anyMatch(l -> l.equals(language) || l.startsWith(language + "-")))
                .filter(a -> stale == null || policy.isStale(a) == stale).toList();
    }

    private CompetentAuthority editable(UUID id, String ifMatch, Caller caller) {
        CompetentAuthority authority = get(id);
        caller.requireActsFor(authority.country);
        if (authority.withdrawnAt != null) {
            throw ProblemException.conflict("The entry was withdrawn; register a new one");
        }
        Preconditions.requireMatch(ifMatch, authority.version);
        return authority;
    }

    private static void requireNotBeforeLastConfirmation(CompetentAuthority authority, LocalDate day, String field) {
        if (day.isBefore(authority.lastConfirmedOn)) {
            throw ProblemException.invalid("The entry was confirmed later than that; nothing was changed", List.of(
                    new Violation(field, "body", "must not be before " + authority.lastConfirmedOn)));
        }
    }

    private static void requireValid(AuthorityRequest request) {
        List<Violation> violations = new ArrayList<>();
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "body", request.timeZone() + " is not an IANA time zone"));
        }
        for (int i = 0; i < request.channels().size(); i++) {
            Channel channel = request.channels().get(i);
            if (channel.kind() == Channel.Kind.EMAIL && !channel.value().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                violations.add(new Violation("channels[" + i + "].value", "body", "is not an e-mail address"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
    }

    private static void copy(AuthorityRequest request, CompetentAuthority authority, Caller caller) {
        authority.name = request.name().strip();
        authority.designations = request.designations().stream().distinct().map(Enum::name).toArray(String[]::new);
        authority.languages = request.languages().stream().distinct().toArray(String[]::new);
        authority.channels = new ArrayList<>(request.channels());
        authority.officeHours = request.officeHours();
        authority.timeZone = request.timeZone();
        authority.lastConfirmedOn = request.lastConfirmedOn();
        authority.updatedBy = caller.name();
        authority.updatedAt = Instant.now();
    }

    private void announce(CompetentAuthority authority, Change change) {
        outbox.record(Topics.REGISTRY_KNOWLEDGE, authority.country, authority.id.toString(),
                new CompetentAuthorityChanged(authority.id, authority.country, change.name(), authority.name,
                        List.of(authority.designations), List.of(authority.languages), authority.timeZone,
                        authority.lastConfirmedOn, authority.version, authority.updatedAt));
    }
}
