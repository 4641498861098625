package org.taplatform.needs.analysis;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.needs.analysis.Breakdown.View;
import org.taplatform.needs.need.NeedFilter;
import org.taplatform.needs.need.NeedReader;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;

/**
 * The analysis of the register: tables as JSON, and the same as SVG or PNG charts ({@code Accept: image/svg+xml} or
 * {@code image/png}, or the {@code .svg} / {@code .png} suffix, for a link in a report).
 */
@Path("/api/v1/analysis")
@Tag(name = "Analysis", description = "Counts and shares of needs, response rates and country profiles, as tables and charts")
public class AnalysisResource {

    /**
     * The chart of an analysis is its own operation (…/by-ta-type.svg): a generated client gets a typed table from
     * one and a file from the other, which one operation negotiating both by Accept cannot give it.
     */
    private static final String SUFFIX = ".{format: svg|png}";
    private static final String FORMAT_DESCRIPTION = "Its chart: the same path with .svg or .png.";
    private static final String CHART_DESCRIPTION = "The chart of the table the same path without the suffix gives, with the same parameters, as SVG or PNG. ";

    private final NeedAnalysisService analysis;
    private final ResponseRateService responseRates;
    private final CountryProfileService profiles;
    private final AnalysisSettings settings;
    private final Caller caller;

    AnalysisResource(NeedAnalysisService analysis, ResponseRateService responseRates, CountryProfileService profiles,
            AnalysisSettings settings, Caller caller) {
        this.analysis = analysis;
        this.responseRates = responseRates;
        this.profiles = profiles;
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Path("/needs/by-{dimension: [a-z-]+}" + SUFFIX)
    @PermitAll
    @Produces({ "image/svg+xml", "image/png" })
    @Operation(operationId = "chartNeeds", summary = "The chart of needs counted by one dimension",
            description = CHART_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The chart", content = {
            @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response needsByWithSuffix(@PathParam("dimension") @Parameter(schema = @Schema(enumeration = { "ta-type",
            "ta-subtype", "thematic-area", "instrument", "cycle", "priority", "source", "status", "region", "sub-region",
            "regional-group", "country" })) String dimensionName,
            @PathParam("format") @Parameter(schema = @Schema(enumeration = { "svg", "png" })) String format,
            @BeanParam @Valid NeedFilter filter,
            @QueryParam("view") @Pattern(regexp = "public|consent", message = "must be public or consent") String view,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return needsBy(dimensionName, format, filter, view, null, acceptLanguage);
    }

    @GET
    @Path("/needs/by-{dimension: [a-z-]+}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, "image/svg+xml", "image/png" })
    @Operation(operationId = "analyseNeeds", summary = "Needs counted by one dimension, with shares",
            description = "Dimensions: ta-type, ta-subtype (e.g. legal assistance by subtype: ?taType=LEGAL), thematic-area, instrument, cycle, priority, source, status, region, sub-region, regional-group, country (names each country: within consent only, never a public table). Filters as in GET /api/v1/needs. Withdrawn needs are not counted unless ?status= asks. Signed-in readers of needs (coordinators, focal points, donors, partners, field offices) get the needs they may see (view CONSENT); analysts and anonymous callers, or anyone with ?view=public, get the public table: every need counted, no country named (?country= refused), a cell from fewer than 3 States withheld. Shares add up to exactly 100.0 (largest remainder). " + FORMAT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Breakdown.class)) })
    public Response needsBy(@PathParam("dimension") @Parameter(schema = @Schema(enumeration = { "ta-type", "ta-subtype",
            "thematic-area", "instrument", "cycle", "priority", "source", "status", "region", "sub-region",
            "regional-group", "country" })) String dimensionName,
            @BeanParam @Valid NeedFilter filter,
            @QueryParam("view") @Pattern(regexp = "public|consent", message = "must be public or consent")
            @Parameter(description = "public: the anonymised table whoever asks; consent (default for readers of needs): the needs you may see",
                    schema = @Schema(enumeration = { "public", "consent" })) String view,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return needsBy(dimensionName, null, filter, view, accept, acceptLanguage);
    }

    private Response needsBy(String dimensionName, String format, NeedFilter filter, String view, String accept,
            String acceptLanguage) {
        Dimension dimension = Dimension.ofPathName(dimensionName).orElseThrow(() -> ProblemException.invalid(
                "No such dimension", List.of(new Violation("dimension", "path", "must be one of "
                        + Dimension.pathNames()))));
        UnLanguage language = UnLanguage.negotiate(filter.lang != null ? filter.lang : acceptLanguage);
        NeedReader reader = NeedReader.of(caller);
        Breakdown breakdown = analysis.breakdown(dimension, filter, reader, viewFor(reader, view), language);
        return ChartResponses.answer(breakdown, () -> AnalysisCharts.of(breakdown, settings.minimumCountriesPerCell()),
                format, accept, language);
    }

    @GET
    @Path("/response-rates" + SUFFIX)
    @PermitAll
    @Produces({ "image/svg+xml", "image/png" })
    @Operation(operationId = "chartResponseRates", summary = "The chart of the response rates",
            description = CHART_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The chart", content = {
            @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response responseRatesWithSuffix(
            @PathParam("format") @Parameter(schema = @Schema(enumeration = { "svg", "png" })) String format,
            @QueryParam("instrument") @InstrumentCode String instrument, @QueryParam("cycleId") @Pattern(regexp = NeedFilter.UUID_PATTERN, message = "must be a reporting cycle's id (a UUID)") String cycleId,
            @QueryParam("by") @Pattern(regexp = "region|sub-region|regional-group", message = "must be region, sub-region or regional-group") String by,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return responseRates(format, instrument, cycleId, by, lang, null, acceptLanguage);
    }

    @GET
    @Path("/response-rates")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, "image/svg+xml", "image/png" })
    @Operation(operationId = "getResponseRates", summary = "Response rates per reporting cycle and instrument",
            description = "States that responded / States expected to report, per cycle and instrument, optionally by region, sub-region or regional group. Public: who responds is published in UN documents. " + FORMAT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseRates.class)) })
    public Response responseRates(
            @QueryParam("instrument") @InstrumentCode String instrument, @QueryParam("cycleId") @Pattern(regexp = NeedFilter.UUID_PATTERN, message = "must be a reporting cycle's id (a UUID)") String cycleId,
            @QueryParam("by") @Pattern(regexp = "region|sub-region|regional-group", message = "must be region, sub-region or regional-group")
            @Parameter(schema = @Schema(enumeration = { "region", "sub-region", "regional-group" })) String by,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return responseRates(null, instrument, cycleId, by, lang, accept, acceptLanguage);
    }

    private Response responseRates(String format, String instrument, String cycleId, String by, String lang,
            String accept, String acceptLanguage) {
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        ResponseRateService.Grouping grouping = by == null ? null
                : ResponseRateService.Grouping.valueOf(by.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        ResponseRates rates = responseRates.rates(instrument, cycleId == null ? null : UUID.fromString(cycleId), grouping, language);
        return ChartResponses.answer(rates, () -> AnalysisCharts.of(rates), format, accept, language);
    }

    @GET
    @Path("/countries/{country}/profile" + SUFFIX)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
    @Produces({ "image/svg+xml", "image/png" })
    @Operation(operationId = "chartCountryProfile", summary = "The chart of a country's profile",
            description = CHART_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The chart", content = {
            @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response countryProfileWithSuffix(@PathParam("country") @CountryCode String country,
            @PathParam("format") @Parameter(schema = @Schema(enumeration = { "svg", "png" })) String format,
            @QueryParam("cycleId") @Pattern(regexp = NeedFilter.UUID_PATTERN, message = "must be a reporting cycle's id (a UUID)") String cycleId,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return countryProfile(country, format, cycleId, lang, null, acceptLanguage);
    }

    @GET
    @Path("/countries/{country}/profile")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
    @Produces({ MediaType.APPLICATION_JSON, "image/svg+xml", "image/png" })
    @Operation(operationId = "getCountryProfile", summary = "A country's needs in a cycle, by type, compared with its previous cycle",
            description = "New, persisting and resolved needs (the same instrument, TA subtype and thematic area across cycles). Made of the needs the caller may see: all of them for the country's focal point and coordinators, those shared with providers and donors (or public) for others. Analysts and anonymous callers: 403 (a profile names its country). " + FORMAT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The profile", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryProfile.class)) })
    public Response countryProfile(@PathParam("country") @CountryCode String country,
            @QueryParam("cycleId") @Pattern(regexp = NeedFilter.UUID_PATTERN, message = "must be a reporting cycle's id (a UUID)") String cycleId,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return countryProfile(country, null, cycleId, lang, accept, acceptLanguage);
    }

    private Response countryProfile(String country, String format, String cycleId, String lang, String accept,
            String acceptLanguage) {
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        CountryProfile profile = profiles.profile(country, cycleId == null ? null : UUID.fromString(cycleId), NeedReader.of(caller),
                language);
        return ChartResponses.answer(profile, () -> AnalysisCharts.of(profile), format, accept, language);
    }

    /** Public for those who may not read needs one by one, or who ask for it; within consent otherwise. */
    private static View viewFor(NeedReader reader, String asked) {
        if ("public".equals(asked)) {
            return View.PUBLIC;
        }
        if (!reader.readsNeeds()) {
            if ("consent".equals(asked)) {
                throw new jakarta.ws.rs.ForbiddenException(
                        "Analysts and anonymous callers read public aggregates only (view=public)");
            }
            return View.PUBLIC;
        }
        return View.CONSENT;
    }

}
