package org.taplatform.console.page;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user's start page: who they are to the platform (roles, and the country or organisation their
 * account is scoped to, as the services read them from the same token). {@code /sign-in} starts Keycloak's sign-in
 * (authorization code with PKCE) and lands here.
 */
@Path("/")
@Authenticated
public class MyWork {

    /** A role, named in the page's language. */
    public record Role(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(PageContext page, List<Role> roles, String country, String organisation,
                boolean focalPoint);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/me")
    @Produces(MediaType.TEXT_HTML)
    public Response me(@BeanParam Language language) {
        List<Role> roles = identity.getRoles().stream().filter(RoleNames::isKnown).sorted()
                .map(role -> new Role(role, RoleNames.of(role, language.tag()))).toList();
        return Pages.render(Templates.me(PageContext.of(language, "/me", identity), roles, claim("country"),
                claim("organisation"), identity.hasRole("state-focal-point")), language, 200);
    }

    @GET
    @Path("/sign-in")
    public Response signIn() {
        return Response.seeOther(java.net.URI.create("/me")).build();
    }

    /**
     * Where Keycloak sends the browser back with the code (quarkus.oidc.authentication.redirect-path): a path that
     * needs sign-in, so that the console's OIDC layer exchanges the code there; it then returns the user to the page
     * they asked for (restore-path-after-redirect), and only a bare visit ends here.
     */
    @GET
    @Path("/signed-in")
    public Response signedIn() {
        return Response.seeOther(java.net.URI.create("/me")).build();
    }

    /**
     * Sign-out (quarkus.oidc.logout.path): a path that needs sign-in, so that the console's OIDC layer ends the session
     * there, then Keycloak's, and comes back to the public page; only a visit without a session ends here.
     */
    @GET
    @Path("/sign-out")
    public Response signOut() {
        return Response.seeOther(java.net.URI.create("/")).build();
    }

    /** A claim of the signed-in user's ID token (the realm maps country and organisation into it). */
    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.containsClaim(name)) {
            return token.getClaim(name).toString();
        }
        return null;
    }
}
