package org.taplatform.console.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** A signed-in user without the role a page needs gets a page that says so, in their language (403). */
public class ForbiddenPage {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance forbidden(PageContext page);
    }

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Language language = Language.of(uri, headers);
        return Pages.render(Templates.forbidden(PageContext.of(language, uri.getPath(), identity)), language, 403);
    }
}
