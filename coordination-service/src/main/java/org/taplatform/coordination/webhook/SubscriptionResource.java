package org.taplatform.coordination.webhook;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions and webhooks", description = "Be told of new or changed needs, gaps, overlap alerts and requests by signed HTTP POSTs")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class SubscriptionResource {

    private static final String WHO = " A subscription belongs to the organisation of the token's organisation claim; anyone of it manages it; others' are 404.";

    private final SubscriptionService subscriptions;
    private final Caller caller;

    SubscriptionResource(SubscriptionService subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe", description = "Kinds: NEED (registered, changed, status, withdrawn), GAP (coordination's coverage of a need changed), OVERLAP (alerts raised or settled), REQUEST (requests and offers). Narrowed by countries, regions, instruments, TA subtypes. Only what the subscriber could read through the API is sent: needs within the State's consent, alerts and requests that involve its organisation. The callback must be http(s) on a public address (loopback, private, link-local targets are refused). Deliveries: POST with the Standard Webhooks headers webhook-id, webhook-timestamp, webhook-signature (v1,base64 HMAC-SHA256 of id.timestamp.body with the secret returned here, once). At most 20 active subscriptions per organisation (409)." + WHO)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionViews.Created.class)), description = "subscribed; the secret is in the body, this once")
    public Response subscribe(@NotNull @Valid SubscriptionViews.Request request) {
        SubscriptionViews.Created created = subscriptions.subscribe(request, caller);
        return Response.created(URI.create("/api/v1/subscriptions/" + created.subscription().id())).entity(created)
                .build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The organisation's subscriptions" , description = "Coordinators: all." + WHO)
    public RestResponse<Page<SubscriptionViews.View>> list(@BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(subscriptions.list(caller, page), request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "One subscription", description = "Without its secret." + WHO)
    public SubscriptionViews.View get(@PathParam("id") UUID id) {
        return subscriptions.find(id, caller).orElseThrow(() -> ProblemException.notFound("No subscription " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "End a subscription", description = "Nothing more is queued or sent; the delivery log stays readable." + WHO)
    @APIResponse(responseCode = "204", description = "ended")
    public void end(@PathParam("id") UUID id) {
        subscriptions.end(id, caller);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listDeliveries", summary = "The delivery log", description = "Newest first: each delivery's status (PENDING, DELIVERED, DEAD after the last attempt), and every attempt with the receiver's status code or the error and its duration." + WHO)
    public RestResponse<Page<SubscriptionViews.Delivery>> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD") String status, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(subscriptions.deliveries(id, status == null ? null : WebhookDelivery.Status.valueOf(status), page,
                caller), request);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a dead letter again", description = "Only a DEAD delivery (409 otherwise), with a fresh set of attempts, under the same webhook-id." + WHO)
    public SubscriptionViews.Delivery redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.redeliver(id, deliveryId, caller);
    }
}
