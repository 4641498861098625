package org.taplatform.coordination.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.taplatform.coordination.index.CountryLanguages;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;

/**
 * The tools and lessons of the read models, read once and applied to as many needs as a report has. A tool is chosen
 * for a need when it serves the need's TA subtype for its instrument, or its article, and exists in a language of the
 * State (CLDR's
 * languages of the country); a lesson when its activity was of the need's subtype in the need's country or its
 * narrowest M49 area (the intermediate region, e.g. Eastern Africa, else the sub-region). At most {@link #LIMIT} of each, best rated lessons and newest first.
 */
public final class KnowledgeLibrary {

    static final int LIMIT = 5;

    private final List<ToolReadModel> tools;
    private final List<LessonReadModel> lessons;

    KnowledgeLibrary(List<ToolReadModel> tools, List<LessonReadModel> lessons) {
        this.tools = tools;
        this.lessons = lessons;
    }

    public Beside beside(NeedReadModel need) {
        Optional<Country> country = ReferenceData.instance().country(need.country);
        Set<String> languages = CountryLanguages.of(country.map(Country::iso2).orElse(null));
        String article = need.article == null ? null : need.instrument + " " + need.article;
        List<Beside.ToolNote> chosenTools = new ArrayList<>();
        for (ToolReadModel tool : tools) {
            // of the need's instrument: a Firearms Protocol guide does not answer a Convention need of the same subtype
            boolean servesSubtype = List.of(tool.taSubtypes).contains(need.taSubtype)
                    && List.of(tool.instruments).contains(need.instrument);
            Optional<String> servesArticle = article == null ? Optional.empty() : List.of(tool.articles).stream()
                    .filter(a -> a.equals(article) || a.startsWith(article + "(")).findFirst();
            if (!servesSubtype && servesArticle.isEmpty()) {
                continue;
            }
            Optional<String> language = tool.links.keySet().stream()
                    .filter(tag -> languages.contains(Locale.forLanguageTag(tag).getLanguage())).sorted().findFirst();
            if (language.isEmpty()) {
                continue;
            }
            String why = (servesSubtype ? "serves " + need.taSubtype : "serves " + servesArticle.get()) + "; in "
                    + language.get() + ", a language of " + need.country;
            chosenTools.add(new Beside.ToolNote(tool.id, tool.kind, tool.publisher,
                    tool.titles.getOrDefault(language.get(), tool.titles.getOrDefault("en",
                            tool.titles.values().iterator().next())),
                    language.get(), tool.links.get(language.get()), why));
        }
        chosenTools.sort(Comparator.comparing(Beside.ToolNote::kind).thenComparing(Beside.ToolNote::title));
        String subRegion = country.map(KnowledgeLibrary::area).orElse(null);
        List<LessonReadModel> similar = new ArrayList<>();
        for (LessonReadModel lesson : lessons) {
            if (List.of(lesson.taSubtypes).contains(need.taSubtype) && where(lesson, need.country, subRegion) != null) {
                similar.add(lesson);
            }
        }
        similar.sort(Comparator.comparingInt((LessonReadModel l) -> l.rating).reversed()
                .thenComparing(l -> l.evaluatedOn, Comparator.reverseOrder()));
        List<Beside.LessonNote> chosenLessons = similar.stream().limit(LIMIT).map(l -> new Beside.LessonNote(
                l.activityId, l.iatiIdentifier, l.reportingOrganisation, l.rating, l.lessons, l.language,
                l.documentUrl, l.evaluatedOn, need.taSubtype + " in " + where(l, need.country, subRegion)
                        + "; rated " + l.rating + " of 6"))
                .toList();
        return new Beside(List.copyOf(chosenTools.subList(0, Math.min(LIMIT, chosenTools.size()))), chosenLessons);
    }

    /** The narrowest M49 area of a country: its intermediate region (Eastern Africa) if it has one, else its sub-region. */
    private static String area(Country country) {
        return country.intermediateRegionCode() != null ? country.intermediateRegionCode() : country.subRegionCode();
    }

    /** Where the lesson's activity was, said relative to the need's country; null when not in its sub-region. */
    private static String where(LessonReadModel lesson, String country, String subRegion) {
        List<String> countries = List.of(lesson.recipientCountries);
        if (countries.contains(country)) {
            return country;
        }
        for (String other : countries) {
            String region = ReferenceData.instance().country(other).map(KnowledgeLibrary::area).orElse(null);
            if (subRegion != null && subRegion.equals(region)) {
                return other + ", of the same M49 area (" + subRegion + ") as " + country;
            }
        }
        return null;
    }
}
