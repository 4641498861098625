package org.taplatform.reference.api;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.api.ReferenceViews.CodeView;
import org.taplatform.reference.api.ReferenceViews.CountryView;
import org.taplatform.reference.api.ReferenceViews.InstrumentView;
import org.taplatform.reference.api.ReferenceViews.LanguageView;
import org.taplatform.reference.api.ReferenceViews.RegionView;
import org.taplatform.reference.api.ReferenceViews.TaSubtypeView;
import org.taplatform.reference.api.ReferenceViews.TaTypeView;
import org.taplatform.reference.paging.Page;

/**
 * Read-only reference data, public and identical in every service (each service includes this library).
 * Names come in the language of {@code ?lang=} or else of {@code Accept-Language}; English by default.
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data", description = "Codes and their names in the six UN languages")
public class ReferenceResource {

    private final ReferenceData data = ReferenceData.instance();

    @GET
    @Path("/countries")
    @Operation(operationId = "listCountries", summary = "States and other parties, with their UN M49 regions and UN regional group",
            description = "Names are the UN's own (M49) in the six languages; the name in common use, where it differs, is in commonName. q finds a country by its code or by any of its names, UN or common, in any of the six languages, whatever the case and accents (\"moldova\", \"Laos\", \"cote d'ivoire\", \"Турция\").")
    public Page<CountryView> countries(
            @Parameter(description = "part of a name (UN or common, any UN language) or a code", example = "moldova")
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 100) String query,
            @Parameter(description = "UN M49 code of a region, sub-region or intermediate region", example = "202")
            @QueryParam("region") String region,
            @Parameter(description = "UN regional group", example = "AFRICAN") @QueryParam("regionalGroup") String group,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.countries().stream()
                .filter(c -> region == null || c.isIn(region))
                .filter(c -> group == null || group.equals(c.regionalGroupCode()))
                .filter(c -> query == null || query.isBlank() || c.matches(query))
                .map(c -> countryView(c, language))
                .toList());
    }

    @GET
    @Path("/countries/{code}")
    @Operation(operationId = "getCountry", summary = "One State or other party")
    public CountryView country(@PathParam("code") String code, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Country country = data.country(code).orElseThrow(() -> new NotFoundException("No country with code " + code));
        return countryView(country, language(lang, acceptLanguage));
    }

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "UN M49 regions, sub-regions and intermediate regions")
    public Page<RegionView> regions(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.regions().stream()
                .map(r -> new RegionView(r.code(), r.names().in(language), r.level().name(), r.parentCode(),
                        r.names().byTag()))
                .toList());
    }

    @GET
    @Path("/regional-groups")
    @Operation(operationId = "listRegionalGroups", summary = "The five UN regional groups")
    public Page<CodeView> regionalGroups(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.regionalGroups().stream()
                .map(g -> new CodeView(g.code(), g.names().in(language), g.names().byTag()))
                .toList());
    }

    @GET
    @Path("/instruments")
    @Operation(operationId = "listInstruments", summary = "The Convention and its three Protocols")
    public Page<InstrumentView> instruments(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.instruments().stream()
                .map(i -> new InstrumentView(i.code(), i.names().in(language), i.supplements(), i.names().byTag()))
                .toList());
    }

    @GET
    @Path("/ta-types")
    @Operation(operationId = "listTaTypes", summary = "The TA taxonomy: types of technical assistance and their subtypes")
    public Page<TaTypeView> taTypes(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.taTypes().stream()
                .map(t -> new TaTypeView(t.code(), t.names().in(language), sorted(t.instruments()), t.names().byTag(),
                        t.subtypes().stream().map(s -> subtypeView(s, language)).toList()))
                .toList());
    }

    @GET
    @Path("/thematic-areas")
    @Operation(operationId = "listThematicAreas", summary = "Thematic areas and crime forms that needs and activities are tagged with")
    public Page<CodeView> thematicAreas(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return whole(terms(data.thematicAreas(), language(lang, acceptLanguage)));
    }

    @GET
    @Path("/beneficiary-groups")
    @Operation(operationId = "listBeneficiaryGroups", summary = "Groups that benefit from assistance (prosecutors, judges, ...)")
    public Page<CodeView> beneficiaryGroups(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return whole(terms(data.beneficiaryGroups(), language(lang, acceptLanguage)));
    }

    @GET
    @Path("/languages")
    @Operation(operationId = "listLanguages", summary = "Languages (ISO 639-1 codes, used as BCP 47 primary tags); the six UN languages are flagged")
    public Page<LanguageView> languages(
            @Parameter(description = "only the six UN languages") @QueryParam("unOfficial") Boolean unOfficial,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = language(lang, acceptLanguage);
        return whole(data.languages().stream()
                .filter(l -> unOfficial == null || l.unOfficial() == unOfficial)
                .map(l -> new LanguageView(l.code(), l.names().in(language), l.unOfficial(), l.names().byTag()))
                .toList());
    }

    private static List<CodeView> terms(java.util.Collection<org.taplatform.reference.Term> terms, UnLanguage language) {
        return terms.stream().map(t -> new CodeView(t.code(), t.names().in(language), t.names().byTag())).toList();
    }

    /** A reference collection comes whole, as of the reference data's edition. */
    private <T> Page<T> whole(List<T> items) {
        return Page.whole(items, data.edition());
    }

    private static UnLanguage language(String lang, String acceptLanguage) {
        return lang != null ? UnLanguage.negotiate(lang) : UnLanguage.negotiate(acceptLanguage);
    }

    private static CountryView countryView(Country c, UnLanguage language) {
        return new CountryView(c.code(), c.iso2(), c.names().in(language), c.kind().name(), c.regionCode(),
                c.subRegionCode(), c.intermediateRegionCode(), c.regionalGroupCode(), c.names().byTag(),
                c.commonName(language).orElse(null));
    }

    private static TaSubtypeView subtypeView(TaSubtype s, UnLanguage language) {
        return new TaSubtypeView(s.code(), s.names().in(language), sorted(s.instruments()), s.names().byTag());
    }

    private static List<String> sorted(java.util.Set<String> codes) {
        return codes.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
