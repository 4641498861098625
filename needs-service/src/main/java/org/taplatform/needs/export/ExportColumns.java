package org.taplatform.needs.export;

import java.util.List;
import java.util.function.Function;

import org.taplatform.needs.need.Need;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.api.ColumnLabels;

/**
 * The columns of a CSV or XLSX export: every code beside its label in the requested language, and an HXL hashtag
 * for each (Humanitarian Exchange Language, so that HXL tools read the file without mapping).
 */
final class ExportColumns {

    /**
     * One column: its machine name (the CSV header, stable for programs), its label for people in the requested
     * language (the XLSX header), its HXL hashtag, its text, and for a point in time the instant itself (a real date
     * in XLSX).
     */
    record Column(String header, String label, String hashtag, Function<Need, String> value,
            Function<Need, java.time.Instant> instant) {

        Column(String header, String hashtag, Function<Need, String> value) {
            this(header, header, hashtag, value, null);
        }

        Column labelled(UnLanguage language) {
            return new Column(header, LABELS.label(header, language), hashtag, value, instant);
        }
    }

    /** The columns' labels in the six UN languages, for the people who open the XLSX file. */
    private static final ColumnLabels LABELS = ColumnLabels.of(ExportColumns.class, "export-headers.json");

    private ExportColumns() {
    }

    static List<Column> in(UnLanguage language) {
        ReferenceData reference = ReferenceData.instance();
        Function<Need, java.util.Optional<Country>> country = need -> reference.country(need.country);
        return java.util.stream.Stream.of(
                new Column("id", "#meta+id", need -> need.id.toString()),
                new Column("country", "#country+code", need -> need.country),
                new Column("country_label", "#country+name", need -> country.apply(need).map(c -> c.names().in(language)).orElse("")),
                new Column("region", "#region+code", need -> country.apply(need).map(Country::regionCode).orElse("")),
                new Column("region_label", "#region+name", need -> country.apply(need).map(Country::regionCode)
                        .flatMap(reference::region).map(r -> r.names().in(language)).orElse("")),
                new Column("regional_group", "#group+code", need -> country.apply(need).map(Country::regionalGroupCode).orElse("")),
                new Column("instrument", "#meta+instrument+code", need -> need.instrument),
                new Column("instrument_label", "#meta+instrument+name", need -> reference.instrument(need.instrument)
                        .map(i -> i.names().in(language)).orElse("")),
                new Column("article", "#meta+article", need -> nullToEmpty(need.article)),
                new Column("ta_type", "#sector+code", need -> need.taType),
                new Column("ta_type_label", "#sector+name", need -> reference.taType(need.taType)
                        .map(t -> t.names().in(language)).orElse("")),
                new Column("ta_subtype", "#subsector+code", need -> need.taSubtype),
                new Column("ta_subtype_label", "#subsector+name", need -> reference.taSubtype(need.taSubtype)
                        .map(t -> t.names().in(language)).orElse("")),
                new Column("thematic_area", "#indicator+area+code", need -> nullToEmpty(need.thematicArea)),
                new Column("thematic_area_label", "#indicator+area+name", need -> need.thematicArea == null ? ""
                        : reference.thematicArea(need.thematicArea).map(t -> t.names().in(language)).orElse("")),
                new Column("beneficiary_groups", "#targeted+code", need -> String.join(";", need.beneficiaryGroups)),
                new Column("beneficiary_groups_label", "#targeted+name", need -> String.join("; ",
                        need.beneficiaryGroups.stream().map(g -> reference.beneficiaryGroup(g)
                                .map(t -> t.names().in(language)).orElse(g)).toList())),
                new Column("priority", "#priority", need -> need.priority),
                new Column("source", "#meta+source", need -> need.source.name()),
                new Column("consent", "#meta+consent", need -> need.consent.name()),
                new Column("status", "#status", need -> need.status.name()),
                new Column("cycle_id", "#meta+cycle", need -> need.cycleId == null ? "" : need.cycleId.toString()),
                new Column("description", "#description", need -> nullToEmpty(need.description)),
                new Column("registered_at", "registered_at", "#date+reported", need -> need.registeredAt.toString(),
                        need -> need.registeredAt))
                .map(column -> column.labelled(language)).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
