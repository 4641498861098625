package org.taplatform.reference.hygiene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

/**
 * Refuses a request whose path or query parameters, once decoded, hold a NUL or another control character
 * ({@link InputText}): 400 before any resource runs. Bodies are checked where they are read (JSON strings:
 * {@link ControlCharacterRefusingStrings}).
 */
@Provider
@PreMatching
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (InputText.hasForbiddenCharacter(request.getUriInfo().getPath(true))) {
            violations.add(new Problem.Violation("(path)", "path", InputText.REFUSAL));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean forbidden = InputText.hasForbiddenCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(InputText::hasForbiddenCharacter);
            if (forbidden) {
                String name = InputText.hasForbiddenCharacter(parameter.getKey()) ? "(name)" : parameter.getKey();
                violations.add(new Problem.Violation(name, "query", InputText.REFUSAL));
            }
        }
        if (!violations.isEmpty()) {
            request.abortWith(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    violations.size() + " value(s) rejected; nothing was changed",
                    request.getUriInfo().getRequestUri().getRawPath(), violations).toResponse());
        }
    }
}
