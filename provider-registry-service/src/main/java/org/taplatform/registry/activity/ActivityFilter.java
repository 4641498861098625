package org.taplatform.registry.activity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.TaSubtypeCode;

/** Filters of the activity list. */
public class ActivityFilter {

    @QueryParam("country") @CountryCode @Parameter(description = "a recipient country, ISO3", example = "KEN")
    public String country;
    @QueryParam("organisation") @Size(max = 100) @Parameter(description = "the reporting organisation's identifier")
    public String organisation;
    @QueryParam("status") @Pattern(regexp = "[1-6]", message = "must be an IATI ActivityStatus code, 1 to 6")
    public String status;
    @QueryParam("taSubtype") @TaSubtypeCode
    public String taSubtype;
    @QueryParam("withdrawn") @Parameter(description = "include withdrawn activities")
    public boolean withdrawn;
    @QueryParam("classified") @Parameter(description = "true: only activities with a TA subtype; false: only those waiting for one")
    public Boolean classified;
}
