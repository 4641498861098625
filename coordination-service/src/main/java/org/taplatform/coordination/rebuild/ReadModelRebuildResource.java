package org.taplatform.coordination.rebuild;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;

@Path("/api/v1/read-models/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Coordinators' commands")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.COORDINATOR)
public class ReadModelRebuildResource {

    private final ReadModelRebuilder rebuilder;
    private final Caller caller;

    ReadModelRebuildResource(ReadModelRebuilder rebuilder, Caller caller) {
        this.rebuilder = rebuilder;
        this.caller = caller;
    }

    @Schema(name = "ReadModelRebuild")
    public record RebuildView(UUID id, @Schema(enumeration = { "VERIFY", "REPLACE" }) String mode,
            @Schema(enumeration = { "RUNNING", "SUCCEEDED", "FAILED" }) String status, String requestedBy,
            Instant startedAt, Instant finishedAt,
            @Schema(description = "events on the topics when it started (REPLACE: when it caught up)") long totalEvents,
            long appliedEvents, @Schema(description = "0 to 100") int percent,
            @Schema(description = "rows that differ per read model (0 everywhere: the rebuild equals the live state)", examples = "{\"need_read_model\": 0, \"activity_read_model\": 0}") Map<String, Long> differences,
            @Schema(description = "for each read model that differs, up to three rows of each side (live:, rebuilt:) with their columns, to see how", examples = "{\"need_read_model\": [\"live: {\\\"id\\\": \\\"…\\\", \\\"status\\\": \\\"OPEN\\\"}\", \"rebuilt: {\\\"id\\\": \\\"…\\\", \\\"status\\\": \\\"IN_PROGRESS\\\"}\"]}") Map<String, List<String>> differingRows,
            String error) {

        static RebuildView of(ReadModelRebuild job) {
            int percent = job.totalEvents == 0 ? (job.status == ReadModelRebuild.Status.RUNNING ? 0 : 100)
                    : (int) Math.min(100, job.appliedEvents * 100 / job.totalEvents);
            return new RebuildView(job.id, job.mode.name(), job.status.name(), job.requestedBy, job.startedAt,
                    job.finishedAt, job.totalEvents, job.appliedEvents, percent, job.differences,
                    Map.copyOf(job.differenceSamples), job.error);
        }
    }

    @POST
    @Operation(operationId = "startReadModelRebuild", summary = "Rebuild the read models from the topics",
            description = "Replays ta.needs, ta.registry.organisations and ta.registry.activities from their beginning into a shadow copy, with progress. VERIFY (default) compares it with the live read models and reports the rows that differ per table; REPLACE also puts it in place (the live consumers wait for the few seconds of the final catch-up and copy), then reassesses coverage and overlaps, announcing only what changed. One at a time (409 while one runs).")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = RebuildView.class)), description = "started; follow Location")
    @APIResponse(responseCode = "409", description = "a rebuild is running")
    public Response start(@QueryParam("mode") @DefaultValue("VERIFY") @Pattern(regexp = "VERIFY|REPLACE") String mode) {
        UUID id = rebuilder.start(ReadModelRebuild.Mode.valueOf(mode), caller.name())
                .orElseThrow(() -> ProblemException.conflict("A rebuild is running: follow it, then start another"));
        return Response.accepted(view(id)).location(URI.create("/api/v1/read-models/rebuilds/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReadModelRebuild", summary = "A rebuild's progress and result")
    public RebuildView get(@PathParam("id") UUID id) {
        return view(id);
    }

    private static RebuildView view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ReadModelRebuild.<ReadModelRebuild>findByIdOptional(id)
                .map(RebuildView::of)).orElseThrow(() -> ProblemException.notFound("No rebuild " + id));
    }
}
