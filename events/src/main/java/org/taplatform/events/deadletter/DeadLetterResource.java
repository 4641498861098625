package org.taplatform.events.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageCursor;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

/**
 * The coordinator's view of this service's dead letters and the command that replays them after a fix
 * (docs/architecture.md, "What the platform promises under faults").
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Events this service could never apply, and their replay")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.COORDINATOR)
public class DeadLetterResource {

    /** A page of dead letters (the collection envelope) and how many wait for a replay in all. */
    public record DeadLetterPage(List<DeadLetter> items,
            @Schema(description = "opaque cursor of the next page; absent on the last page") String next,
            @Schema(description = "when a letter was last filed or replayed") java.time.Instant asOf,
            @Schema(example = "2", description = "letters waiting for a replay, in all") long waiting) {
    }

    /** The result of a replay: the letters published again. */
    public record Replayed(@Schema(example = "[42, 43]") List<Long> replayed) {
    }

    private final DeadLetters letters;
    private final DeadLetterReplay replay;
    private final Caller caller;

    DeadLetterResource(DeadLetters letters, DeadLetterReplay replay, Caller caller) {
        this.letters = letters;
        this.replay = replay;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "This service's dead letters",
            description = "Records a consumer of this service could never apply (they cannot be parsed, or applying them fails for a reason that does not pass: transient failures such as the database being down are retried in place, never dead-lettered), oldest first, with the reason. state=waiting (default) lists those not replayed yet; state=all those replayed too. Coordinators only.")
    public RestResponse<DeadLetterPage> list(
            @QueryParam("state") @DefaultValue("waiting") @Pattern(regexp = "waiting|all",
                    message = "must be waiting or all") String state,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        boolean all = "all".equals(state);
        String collection = "dead-letters " + state;
        long after = page.cursor == null ? 0 : PageCursor.decode(page.cursor, collection, 1).part(0, Long::parseLong);
        Page<DeadLetter> found = page.page(letters.list(all, after, page.limit + 1),
                letter -> PageCursor.of(collection, letter.id()), letter -> letter, letters.lastChanged(all));
        return Pages.ok(new DeadLetterPage(found.items(), found.next(), found.asOf(), letters.pending()), found.next(),
                request);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Replay one dead letter",
            description = "Publishes the record again, with its key and headers, to the topic it came from; each consumer applies an event at most once (by its CloudEvent id), so replaying changes nothing where it was applied already. Idempotent: a letter replayed before is not published again (the answer shows when it was). 404 for an unknown id; 503 while Kafka does not take the record (the letter still waits).")
    public DeadLetter replay(@PathParam("id") long id) {
        if (replay.replay(id, caller.name()) == DeadLetterReplay.Outcome.NOT_FOUND) {
            throw ProblemException.notFound("No dead letter " + id + " in this service");
        }
        return letters.find(id);
    }

    @POST
    @Path("/replay")
    @Operation(operationId = "replayDeadLetters", summary = "Replay every waiting dead letter",
            description = "The same for every letter not replayed yet, oldest first: the ids published again (none when nothing waited).")
    public Replayed replayAll() {
        return new Replayed(replay.replayAll(caller.name()));
    }
}
