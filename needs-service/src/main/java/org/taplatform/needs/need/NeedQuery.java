package org.taplatform.needs.need;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A query of the needs register: its filters and order (its page: {@link org.taplatform.reference.paging.PageParameters}). */
public class NeedQuery extends NeedFilter {

    @QueryParam("sort") @DefaultValue("-registeredAt")
    @Pattern(regexp = "-?(registeredAt|country)", message = "must be registeredAt, -registeredAt, country or -country")
    @Parameter(description = "order; a leading - for descending", example = "-registeredAt")
    public String sort;
}
