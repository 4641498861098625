package org.taplatform.needs.need;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A query of the needs register: its filters, order and page. */
public class NeedQuery extends NeedFilter {

    @QueryParam("sort") @DefaultValue("-registeredAt")
    @Pattern(regexp = "-?(registeredAt|country)", message = "must be registeredAt, -registeredAt, country or -country")
    @Parameter(description = "order; a leading - for descending", example = "-registeredAt")
    public String sort;
    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) @Parameter(description = "needs per page, 1 to 500")
    public int limit;
    @QueryParam("cursor") @Size(max = 1000)
    @Parameter(description = "the next cursor of the previous page; the same filters and sort must be sent with it")
    public String cursor;
}
