package org.taplatform.needs.analysis;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.taplatform.needs.cycle.ReportingCycle;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/**
 * What the needs are counted by. Most dimensions are a column of the register; the geographic ones are derived from
 * the country with the reference data, so a change of M49 grouping needs no migration.
 */
public enum Dimension {
    TA_TYPE("ta-type", "taType"),
    TA_SUBTYPE("ta-subtype", "taSubtype"),
    THEMATIC_AREA("thematic-area", "thematicArea"),
    INSTRUMENT("instrument", "instrument"),
    CYCLE("cycle", "cycleId"),
    PRIORITY("priority", "priority"),
    SOURCE("source", "source"),
    STATUS("status", "status"),
    REGION("region", null),
    SUB_REGION("sub-region", null),
    REGIONAL_GROUP("regional-group", null),
    /** Names each country: within consent only, never a public table (NeedAnalysisService refuses it). */
    COUNTRY("country", null);

    /** Where a need has no value for the dimension (no thematic area, no cycle, a party outside M49). */
    public static final String NONE = "NONE";

    private final String pathName;
    private final String attribute;

    Dimension(String pathName, String attribute) {
        this.pathName = pathName;
        this.attribute = attribute;
    }

    /** The path segment: {@code /api/v1/analysis/needs/by-ta-type}. */
    public String pathName() {
        return pathName;
    }

    /** The Need attribute to group by, or null where the value derives from the country. */
    String attribute() {
        return attribute;
    }

    public static Optional<Dimension> ofPathName(String name) {
        return Arrays.stream(values()).filter(d -> d.pathName.equals(name)).findFirst();
    }

    public static String pathNames() {
        return String.join(", ", Arrays.stream(values()).map(Dimension::pathName).toList());
    }

    /** The dimension's value for a need of this country whose grouped attribute is {@code value}. */
    String valueOf(String country, Object value) {
        if (attribute != null) {
            return value == null ? NONE : value.toString();
        }
        if (this == COUNTRY) {
            return country;
        }
        Optional<Country> party = ReferenceData.instance().country(country);
        String code = switch (this) {
            case REGION -> party.map(Country::regionCode).orElse(null);
            case SUB_REGION -> party.map(Country::subRegionCode).orElse(null);
            case REGIONAL_GROUP -> party.map(Country::regionalGroupCode).orElse(null);
            default -> throw new IllegalStateException(name());
        };
        return code == null ? NONE : code;
    }

    /** The value's name in the language, from the reference data (or the cycle's name). */
    String label(String code, UnLanguage language) {
        if (NONE.equals(code)) {
            return switch (language) {
                case AR -> "غير محدد";
                case ZH -> "未指明";
                case FR -> "Non précisé";
                case RU -> "Не указано";
                case ES -> "No especificado";
                case EN -> "Not specified";
            };
        }
        ReferenceData reference = ReferenceData.instance();
        return switch (this) {
            case TA_TYPE -> reference.taType(code).map(t -> t.names().in(language)).orElse(code);
            case TA_SUBTYPE -> reference.taSubtype(code).map(t -> t.names().in(language)).orElse(code);
            case THEMATIC_AREA -> reference.thematicArea(code).map(t -> t.names().in(language)).orElse(code);
            case INSTRUMENT -> reference.instrument(code).map(t -> t.names().in(language)).orElse(code);
            case REGION, SUB_REGION -> reference.region(code).map(r -> r.names().in(language)).orElse(code);
            case REGIONAL_GROUP -> reference.regionalGroup(code).map(g -> g.names().in(language)).orElse(code);
            case COUNTRY -> reference.country(code).map(c -> c.names().in(language)).orElse(code);
            case CYCLE -> ReportingCycle.<ReportingCycle>findByIdOptional(UUID.fromString(code)).map(c -> c.name)
                    .orElse(code);
            case PRIORITY, SOURCE, STATUS -> ChartTexts.textOr("code." + code, language, code);
        };
    }
}
