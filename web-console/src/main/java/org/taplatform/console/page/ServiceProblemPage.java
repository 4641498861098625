package org.taplatform.console.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a page shows when a service refused or failed the call behind it, in the user's language: what the service
 * would not give this user is not found (404) or forbidden (403) here too; a service down or busy is a page that says
 * to try again (503), never a stack trace.
 */
public class ServiceProblemPage {

    private static final Logger LOG = Logger.getLogger(ServiceProblemPage.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance problem(PageContext page, int status, String detail);
    }

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 403 || status == 404 || status == 410) {
            return page(status, Forms.problemDetail(e), uri, headers);
        }
        if (status >= 500) {
            LOG.warnf("a service answered %d to %s: %s", status, uri.getPath(), e.getMessage());
            return page(503, null, uri, headers);
        }
        return page(status, Forms.problemDetail(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("a service could not be reached for %s: %s", uri.getPath(), e.getMessage());
        return page(503, null, uri, headers);
    }

    private Response page(int status, String detail, UriInfo uri, HttpHeaders headers) {
        Language language = Language.of(uri, headers);
        // a path no page has (a 404 before any page method) is answered on the I/O thread, where resolving the
        // session would block: that page is drawn as for anyone
        SecurityIdentity who = io.vertx.core.Context.isOnEventLoopThread() ? null : identity;
        Response page = Pages.render(Templates.problem(PageContext.of(language, uri.getPath(), who), status, detail),
                language, status);
        return status == 503 ? Response.fromResponse(page).header("Retry-After", "5").build() : page;
    }
}
