package org.taplatform.coordination.overlap.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An activity as overlap detection compares it: who reports it and who takes part in which IATI role, where, what, for
 * whom, when, for how much, the activities it names as related or as the source of its funds, and the terms of its
 * titles and descriptions by language, and of its titles alone (analysed: lower-cased, stop words out, stemmed).
 */
public record ComparedActivity(String iatiIdentifier, String organisation, Set<String> countries,
        Set<String> taSubtypes, Set<String> beneficiaryGroups, LocalDate start, LocalDate end,
        Map<String, TermSet> termsByLanguage, Map<String, TermSet> titleTermsByLanguage, Set<Participant> participants,
        Set<String> linkedActivities, Budget budget) {

    /** An organisation taking part, in its IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
    public record Participant(String organisation, String role) {

        boolean funds() {
            return "1".equals(role) || "3".equals(role);
        }

        boolean implementsIt() {
            return "4".equals(role) || "3".equals(role);
        }
    }

    public record Budget(double amount, String currency) {
    }

    /**
     * With the analysed terms of titles and descriptions as they come from the analyser, by language; the titles' terms
     * taken as the same until {@link #withTitleTerms} says otherwise; no participants, links nor budget.
     */
    public static ComparedActivity of(String iatiIdentifier, String organisation, Set<String> countries,
            Set<String> taSubtypes, Set<String> beneficiaryGroups, LocalDate start, LocalDate end,
            Map<String, Set<String>> terms) {
        Map<String, TermSet> byLanguage = new HashMap<>();
        terms.forEach((language, set) -> byLanguage.put(language, TermSet.of(language, set)));
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                Map.copyOf(byLanguage), Map.copyOf(byLanguage), Set.of(), Set.of(), null);
    }

    public ComparedActivity withTitleTerms(Map<String, Set<String>> terms) {
        Map<String, TermSet> byLanguage = new HashMap<>();
        terms.forEach((language, set) -> byLanguage.put(language, TermSet.of(language, set)));
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                termsByLanguage, Map.copyOf(byLanguage), participants, linkedActivities, budget);
    }

    public ComparedActivity withParticipants(Set<Participant> taking) {
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                termsByLanguage, titleTermsByLanguage, Set.copyOf(taking), linkedActivities, budget);
    }

    /** The IATI identifiers of its related activities and of the activities its funds come from. */
    public ComparedActivity withLinks(Set<String> identifiers) {
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                termsByLanguage, titleTermsByLanguage, participants, Set.copyOf(identifiers), budget);
    }

    public ComparedActivity withBudget(Budget value) {
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                termsByLanguage, titleTermsByLanguage, participants, linkedActivities, value);
    }

    /** Whether the organisation takes part in this activity as a funder (funding or extending). */
    boolean fundedBy(String identifier) {
        for (Participant participant : participants) {
            if (participant.organisation().equals(identifier) && participant.funds()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the organisation takes part in this activity as its implementer (implementing or extending). */
    boolean implementedBy(String identifier) {
        for (Participant participant : participants) {
            if (participant.organisation().equals(identifier) && participant.implementsIt()) {
                return true;
            }
        }
        return false;
    }
}
