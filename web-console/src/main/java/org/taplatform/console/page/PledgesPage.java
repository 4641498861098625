package org.taplatform.console.page;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.RegistryApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A donor's pledges and commitments: those its organisation recorded, and recording one, to a need (from a gap's
 * page), a type of assistance or a whole country. The registry checks the amount, the currency and that the need is
 * in the country; its refusals are shown on the form.
 */
@Path("/pledges")
@RolesAllowed({ "donor", "partner", "field-office" })
public class PledgesPage {

    static final List<String> STATUSES = List.of("PLEDGED", "COMMITTED", "DISBURSED", "CANCELLED");

    /** The form as typed. */
    public record PledgeForm(String needId, String country, String taType, String amount, String currency,
            String status, String note) {

        static PledgeForm of(MultivaluedMap<String, String> form) {
            return new PledgeForm(value(form, "needId"), value(form, "country"), value(form, "taType"),
                    value(form, "amount"), value(form, "currency"), value(form, "status"), value(form, "note"));
        }

        private static String value(MultivaluedMap<String, String> form, String field) {
            String value = form.getFirst(field);
            return value == null ? "" : value.strip();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pledges(PageContext page, String organisation, JsonNode pledges,
                ReferenceNames.Names names, PledgeForm form, List<ReferenceNames.Choice> countries,
                List<ReferenceNames.Choice> types, List<String> statuses, List<String> currencies, String notice,
                String problem);
    }

    @RestClient
    RegistryApi registry;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response pledges(@BeanParam Language language, @QueryParam("needId") String needId,
            @QueryParam("country") String country, @QueryParam("recorded") String recorded) {
        PledgeForm form = new PledgeForm(needId == null ? "" : needId, country == null ? "" : country, "", "", "USD",
                "PLEDGED", "");
        return render(language, form, recorded == null ? null : Pages.messages(language).pledgeRecorded(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@BeanParam Language language, MultivaluedMap<String, String> fields) {
        PledgeForm form = PledgeForm.of(fields);
        if (form.country().isEmpty() || !Forms.isAmount(form.amount())) {
            return render(language, form, null, Pages.messages(language).pledgeIncomplete(), 400);
        }
        ObjectNode pledge = JsonNodeFactory.instance.objectNode().put("donor", Pages.organisation(identity))
                .put("country", form.country()).put("amount", new java.math.BigDecimal(form.amount()))
                .put("currency", form.currency()).put("status", Forms.oneOf(STATUSES, form.status()) ? form.status()
                        : "PLEDGED");
        if (!form.needId().isEmpty()) {
            pledge.put("needId", form.needId());
        }
        if (!form.taType().isEmpty()) {
            pledge.put("taType", form.taType());
        }
        if (!form.note().isEmpty()) {
            pledge.put("note", form.note());
        }
        try (Response answer = Forms.answer(() -> registry.pledge(Pages.bearer(identity), pledge))) {
            if (answer.getStatus() == 201) {
                return Response.seeOther(URI.create("/pledges?recorded=true")).build();
            }
            return render(language, form, null, Forms.refusal(answer), answer.getStatus() >= 500 ? 503
                    : answer.getStatus());
        }
    }

    private Response render(Language language, PledgeForm form, String notice, String problem, int status) {
        String organisation = Pages.organisation(identity);
        ReferenceNames.Names names = reference.in(language.tag());
        JsonNode pledges = registry.pledges(Pages.bearer(identity), organisation, 100, null);
        return Pages.render(Templates.pledges(PageContext.of(language, "/pledges", identity), organisation, pledges,
                names, form, names.countryChoices(form.country()), names.taTypeChoices(form.taType()), STATUSES,
                ActivitiesPage.CURRENCIES, notice, problem), language, status);
    }
}
