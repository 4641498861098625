package org.taplatform.needs.need;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.reference.validation.ThematicAreaCode;

/**
 * The filters of the needs register, shared by the query, the exports and the analysis; every code is checked against
 * reference data, so an unknown code is a 400 that names the parameter.
 */
public class NeedFilter {

    /** A UUID, checked as text so that a malformed one is a 400 naming the parameter (a conversion failure is a 404). */
    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @QueryParam("country") @CountryCode @Parameter(description = "ISO 3166-1 alpha-3", example = "KEN")
    public String country;
    @QueryParam("region") @Pattern(regexp = "\\d{3}", message = "must be a UN M49 code such as 002")
    @Parameter(description = "UN M49 region, sub-region or intermediate region", example = "002")
    public String region;
    @QueryParam("regionalGroup") @Pattern(regexp = "AFRICAN|ASIA_PACIFIC|EASTERN_EUROPEAN|LATIN_AMERICAN_CARIBBEAN|WESTERN_EUROPEAN_OTHER",
            message = "must be a UN regional group code (see /api/v1/reference/regional-groups)")
    @Parameter(example = "AFRICAN")
    public String regionalGroup;
    @QueryParam("instrument") @InstrumentCode @Parameter(example = "UNTOC")
    public String instrument;
    @QueryParam("taType") @Pattern(regexp = "REPORTING|STRATEGY|DATA|LEGAL|TRAINING|COOPERATION|VICTIMS|RESOURCES",
            message = "must be a TA type code (see /api/v1/reference/ta-types)")
    @Parameter(example = "LEGAL")
    public String taType;
    @QueryParam("taSubtype") @TaSubtypeCode @Parameter(example = "LEGAL.DRAFTING")
    public String taSubtype;
    @QueryParam("thematicArea") @ThematicAreaCode @Parameter(example = "MUTUAL_LEGAL_ASSISTANCE")
    public String thematicArea;
    @QueryParam("beneficiaryGroup") @BeneficiaryGroupCode @Parameter(example = "PROSECUTORS")
    public String beneficiaryGroup;
    @QueryParam("priority") @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW")
    public String priority;
    @QueryParam("cycleId") @Pattern(regexp = UUID_PATTERN, message = "must be a reporting cycle's id (a UUID)")
    @Parameter(description = "reporting cycle the need was stated (or assumed) in")
    public String cycleId;
    @QueryParam("status") @Pattern(regexp = "OPEN|MATCHED|IN_PROGRESS|COVERED|WITHDRAWN|SUPERSEDED|RESOLVED",
            message = "must be OPEN, MATCHED, IN_PROGRESS, COVERED, WITHDRAWN, SUPERSEDED or RESOLVED")
    public String status;
    @QueryParam("q") @Size(max = 200) @Parameter(description = "words in the need's description (case-insensitive)")
    public String text;
    @QueryParam("source") @Pattern(regexp = "SURVEY|NON_RESPONSE|MANUAL", message = "must be SURVEY, NON_RESPONSE or MANUAL")
    @Parameter(description = "where the need comes from: stated in a survey, assumed for a non-respondent, recorded by hand")
    public String source;
    @QueryParam("lang") @Parameter(description = "language of the labels (else Accept-Language); six UN languages, English otherwise")
    public String lang;
}
