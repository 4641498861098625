package org.taplatform.survey.questionnaire;

import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.api.Localised;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.InstrumentCode;

@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Self-assessment questionnaires per instrument, versioned, in the six UN languages")
@SecurityRequirement(name = "SecurityScheme")
public class QuestionnaireResource {

    private static final String IF_MATCH_DESCRIPTION = "the ETag of the version you read";

    private final QuestionnaireService questionnaires;
    private final Caller caller;

    QuestionnaireResource(QuestionnaireService questionnaires, Caller caller) {
        this.questionnaires = questionnaires;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createQuestionnaire", summary = "Draft a new version of an instrument's questionnaire (also: import a questionnaire file)",
            description = "Takes the questionnaire file format (GET /api/v1/questionnaires/schema), e.g. a file exported and translated outside the platform; version and status in it are ignored. At most one draft per instrument.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)), description = "Drafted; ETag header for later changes")
    @APIResponse(responseCode = "400", description = "The file breaks the schema or the rules; every problem is listed")
    @APIResponse(responseCode = "409", description = "The instrument already has a draft")
    public Response create(@NotNull QuestionnaireDocument document) {
        Questionnaire draft = questionnaires.createDraft(document, caller);
        return Response.created(URI.create("/api/v1/questionnaires/" + draft.id))
                .tag(tag(draft)).entity(view(draft)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "listQuestionnaires", summary = "Questionnaire versions, newest first",
            description = "Coordinators see drafts too; focal points and analysts see published versions.")
    public RestResponse<Page<QuestionnaireSummary>> list(
            @Parameter(example = "UNTOC") @QueryParam("instrument") @InstrumentCode String instrument, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<QuestionnaireSummary> found = questionnaires.list(instrument, !caller.isCoordinator()).stream()
                .map(q -> QuestionnaireSummary.of(q, questionnaires.content(q))).toList();
        return Pages.ok(page.slice("questionnaires", found, Page.latestOf(found, QuestionnaireSummary::updatedAt)), request);
    }

    @GET
    @Path("/schema")
    @jakarta.annotation.security.PermitAll
    @Produces("application/schema+json")
    @Operation(operationId = "getQuestionnaireSchema", summary = "The JSON Schema (2020-12) of the questionnaire file",
            description = "What export produces and create/import takes; for translators' and partners' tools.")
    public java.io.InputStream schema() {
        return QuestionnaireResource.class.getResourceAsStream(QuestionnaireChecker.SCHEMA);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "getQuestionnaire", summary = "One questionnaire version, with the number of texts missing per language")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    public Response get(@PathParam("id") UUID id) {
        Questionnaire questionnaire = readable(id);
        return Response.ok(view(questionnaire)).tag(tag(questionnaire)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "updateQuestionnaire", summary = "Change a draft", description = "Published versions never change: 409; make a new version.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull QuestionnaireDocument document,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Questionnaire draft = questionnaires.updateDraft(id, document, ifMatch, caller);
        return Response.ok(view(draft)).tag(tag(draft)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "deleteQuestionnaire", summary = "Discard a draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response delete(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        questionnaires.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "publishQuestionnaire", summary = "Publish a draft", description = "From then on the version is immutable and can be used by reporting cycles. Missing translations do not prevent it: they show in English and are reported.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    public Response publish(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Questionnaire published = questionnaires.publish(id, ifMatch, caller);
        return Response.ok(view(published)).tag(tag(published)).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createQuestionnaireVersion", summary = "Start the next version from a published one", description = "A new draft with the same content.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)), description = "The new draft")
    public Response newVersion(@PathParam("id") UUID id) {
        Questionnaire draft = questionnaires.newVersion(id, caller);
        return Response.created(URI.create("/api/v1/questionnaires/" + draft.id))
                .tag(tag(draft)).entity(view(draft)).build();
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Localised
    @Operation(operationId = "previewQuestionnaire", summary = "The questionnaire as a respondent reads it in one language",
            description = "Language from ?lang= or Accept-Language (six UN languages, English by default); a missing translation shows in English and is listed in missingTranslations.")
    public QuestionnairePreview preview(@PathParam("id") UUID id, @Parameter(example = "fr") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Questionnaire questionnaire = readable(id);
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        return QuestionnairePreview.of(questionnaire, questionnaires.content(questionnaire), language);
    }

    @GET
    @Path("/{id}/translations")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "getQuestionnaireTranslations", summary = "Texts still to translate, per UN language")
    public TranslationReport translations(@PathParam("id") UUID id) {
        return TranslationReport.of(questionnaires.content(readable(id)));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "exportQuestionnaire", summary = "The questionnaire file, for translators and other tools",
            description = "Format: GET /api/v1/questionnaires/schema. POST it back to /api/v1/questionnaires to make it a new draft.")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("id") UUID id) {
        Questionnaire questionnaire = readable(id);
        String file = "questionnaire-" + questionnaire.instrument + "-v" + questionnaire.version + ".json";
        return Response.ok(questionnaires.content(questionnaire).asFile(questionnaire))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** Drafts are the coordinators' work in progress: to others they do not exist. */
    private Questionnaire readable(UUID id) {
        Questionnaire questionnaire = questionnaires.get(id);
        if (!questionnaire.isPublished() && !caller.isCoordinator()) {
            throw ProblemException.notFound("No questionnaire " + id);
        }
        return questionnaire;
    }

    private QuestionnaireView view(Questionnaire questionnaire) {
        return QuestionnaireView.of(questionnaire, questionnaires.content(questionnaire));
    }

    private static jakarta.ws.rs.core.EntityTag tag(Questionnaire questionnaire) {
        return jakarta.ws.rs.core.EntityTag.valueOf(Preconditions.etag(questionnaire.rowVersion));
    }
}
