package org.taplatform.reference.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.taplatform.reference.UnLanguage;

/**
 * {@code Content-Language} on the answers of {@link Localised} operations: the language the names and texts were
 * given in, negotiated the same way as the operation did ({@code ?lang=} first, then {@code Accept-Language}), so a
 * client asking for Swiss French learns it got {@code fr}. An answer that set it already keeps its own.
 */
@Provider
@Localised
public class ContentLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 300 || response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Language");
    }
}
