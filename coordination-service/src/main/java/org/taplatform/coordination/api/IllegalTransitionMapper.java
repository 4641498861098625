package org.taplatform.coordination.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.taplatform.coordination.model.IllegalTransitionException;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

/** A transition the domain model refuses (an alert or a request in the wrong state) is the client's conflict: 409. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(IllegalTransitionException exception) {
        return new Problem(ProblemTypes.CONFLICT, "Conflict", 409, exception.getMessage() + "; nothing was changed",
                uri == null ? null : uri.getRequestUri().getRawPath(), java.util.List.of()).toResponse();
    }
}
