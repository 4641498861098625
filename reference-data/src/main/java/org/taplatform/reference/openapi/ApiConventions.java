package org.taplatform.reference.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.taplatform.reference.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What docs/api-guidelines.md asks of every service's OpenAPI document and no annotation can say once for all: the
 * RFC 9457 problem schema and the error responses each operation can give, referenced from shared components; the
 * OAuth 2 security scheme (authorization code with PKCE for people, client credentials for partners' machines) with
 * the realm's URLs from configuration, applied globally, anonymous operations marked as such; and the server's URL
 * from configuration. It runs at start-up, so that the URLs are those of the installation, not of the build.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiConventions implements OASFilter {

    static final String SCHEME = "oauth2";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String RESPONSES = "#/components/responses/";

    /** The error responses, by status: their component name and description. */
    private record ErrorResponse(String status, String name, String description, boolean retryAfter) {
    }

    private static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse("400", "BadRequest", "The request is invalid (each offending field or parameter in "
                    + "`violations`, with where it was: `path`, `query`, `header` or `body`); nothing was changed", false),
            new ErrorResponse("401", "Unauthenticated", "No valid bearer token", false),
            new ErrorResponse("403", "Forbidden", "The caller's roles or scope (country, organisation) do not allow it",
                    false),
            new ErrorResponse("404", "NotFound", "No such resource, or none the caller may see", false),
            new ErrorResponse("409", "Conflict", "The resource's state does not allow it (or it exists already); "
                    + "nothing was changed", false),
            new ErrorResponse("412", "PreconditionFailed", "`If-Match` does not match the current `ETag`: read it "
                    + "again; nothing was changed", false),
            new ErrorResponse("428", "PreconditionRequired", "This change needs `If-Match` with the resource's "
                    + "`ETag`; nothing was changed", false),
            new ErrorResponse("413", "ContentTooLarge", "The body is larger than this operation takes; nothing was "
                    + "changed", false),
            new ErrorResponse("429", "TooManyRequests", "Over the rate limit of the client or address: retry after "
                    + "`Retry-After` seconds", true),
            new ErrorResponse("500", "InternalError", "An unexpected failure (logged with the problem's `instance`)",
                    false),
            new ErrorResponse("503", "Unavailable", "A dependency (database, broker) is unavailable for a moment: "
                    + "retry after `Retry-After` seconds; nothing was changed", true));

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? OASFactory.createComponents()
                : openApi.getComponents();
        openApi.setComponents(components);
        addProblemSchemas(components);
        addErrorResponses(components);
        String oidc = config("ta.openapi.oidc-url", "http://localhost:8180/realms/ta-platform");
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(SCHEME, oauth2(oidc))));
        openApi.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        String server = config("ta.openapi.server-url", null);
        if (server != null) {
            openApi.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(server)
                    .description("this installation"))));
        }
        namePagesAfterTheirItems(openApi);
        addExamplesOfRuleTypes(openApi);
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            Map<String, String> callers = WhoMayCall.byOperationId();
            openApi.getPaths().getPathItems().values().forEach(path -> operations(path)
                    .forEach(operation -> conventions(operation, callers)));
        }
        ClosedSets.writeAsEnums(openApi);
    }

    private void conventions(Operation operation, Map<String, String> callers) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            operation.setSecurity(null); // the document's global requirement
        } else {
            // anonymous: a token is optional (some answers depend on who asks)
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        }
        String callerSentence = callers.get(operation.getOperationId());
        if (callerSentence != null) {
            say(operation, callerSentence);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (ErrorResponse error : applicable(operation, secured)) {
            APIResponse declared = operation.getResponses().getAPIResponse(error.status());
            if (declared == null) {
                operation.getResponses().addAPIResponse(error.status(),
                        OASFactory.createAPIResponse().ref(RESPONSES + error.name()));
            }
        }
        declareNextLink(operation);
        // an error described on the operation itself (why 409, when 428): the same problem body
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null
                    && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    /**
     * A page's schema is named from the item's Java class ({@code Page<SubscriptionViews.View>} gives "PageView"); a
     * client's class should say what it holds, so it is renamed after the item's schema ("PageSubscription").
     */
    private static void namePagesAfterTheirItems(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null || openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> entry : new ArrayList<>(schemas.entrySet())) {
            Schema items = entry.getKey().startsWith("Page") && entry.getValue().getProperties() != null
                    ? entry.getValue().getProperties().get("items") : null;
            String item = items == null || items.getItems() == null || items.getItems().getRef() == null ? null
                    : items.getItems().getRef().substring(items.getItems().getRef().lastIndexOf('/') + 1);
            if (item != null && !entry.getKey().equals("Page" + item) && !schemas.containsKey("Page" + item)) {
                renamed.put("#/components/schemas/" + entry.getKey(), "#/components/schemas/Page" + item);
                openApi.getComponents().removeSchema(entry.getKey());
                openApi.getComponents().addSchema("Page" + item, entry.getValue());
            }
        }
        openApi.getPaths().getPathItems().values().forEach(path -> operations(path).forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                        .filter(media -> media.getSchema() != null && renamed.containsKey(media.getSchema().getRef()))
                        .forEach(media -> media.getSchema().setRef(renamed.get(media.getSchema().getRef())));
            }
        }));
    }

    /**
     * Examples of types that may not carry an OpenAPI annotation: the framework-free rules ({@code model} packages,
     * which ArchUnit keeps free of any library). A service lists them by schema name in {@code openapi-examples.json}
     * at the root of its resources.
     */
    private static void addExamplesOfRuleTypes(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        try {
            var resources = Thread.currentThread().getContextClassLoader().getResources("openapi-examples.json");
            while (resources.hasMoreElements()) {
                try (var in = resources.nextElement().openStream()) {
                    Map<String, Object> examples = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in,
                            new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                            });
                    examples.forEach((name, example) -> {
                        Schema schema = schemas.get(name);
                        if (schema != null && schema.getExamples() == null) {
                            schema.setExamples(new ArrayList<>(List.of(example)));
                        }
                    });
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read openapi-examples.json", e);
        }
    }

    /**
     * A page of a collection (the Page envelope, or an envelope of its own taking a cursor, such as the gap report) may
     * come with {@code Link: <…>; rel="next"}: say so.
     */
    private static void declareNextLink(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType("application/json") == null
                || ok.getContent().getMediaType("application/json").getSchema() == null) {
            return;
        }
        String schema = ok.getContent().getMediaType("application/json").getSchema().getRef();
        boolean takesCursor = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "cursor".equals(parameter.getName()));
        if (schema != null && (schema.startsWith("#/components/schemas/Page") || schema.endsWith("Page") || takesCursor)) {
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("`<url>; rel=\"next\"` (RFC 8288): this request with the next page's cursor; absent "
                            + "on the last page")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    /** Adds a sentence to the operation's description (the generated method's documentation). */
    private static void say(Operation operation, String sentence) {
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence
                : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence);
    }

    private static List<ErrorResponse> applicable(Operation operation, boolean secured) {
        boolean hasPathParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean hasIfMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean hasBody = operation.getRequestBody() != null;
        List<ErrorResponse> errors = new ArrayList<>();
        for (ErrorResponse error : ERRORS) {
            boolean applies = switch (error.status()) {
                case "401", "403" -> secured;
                case "404" -> hasPathParameters;
                case "409" -> hasBody && hasPathParameters || operation.getResponses().getAPIResponse("409") != null;
                case "412", "428" -> hasIfMatch;
                case "413" -> hasBody;
                default -> true;
            };
            if (applies || operation.getResponses().getAPIResponse(error.status()) != null) {
                errors.add(error);
            }
        }
        return errors;
    }

    private static List<Operation> operations(PathItem path) {
        List<Operation> operations = new ArrayList<>();
        for (Operation operation : new Operation[] { path.getGET(), path.getPUT(), path.getPOST(), path.getDELETE(),
                path.getPATCH() }) {
            if (operation != null) {
                operations.add(operation);
            }
        }
        return operations;
    }

    private static void addProblemSchemas(Components components) {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One rejected input")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The field's path in the body (`needs[0].taSubtype`) or the parameter's name")
                        .examples(List.of("needs[0].taSubtype")))
                .addProperty("in", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .enumeration(List.of("path", "query", "header", "body")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("must be one of the TA subtypes of /api/v1/reference/ta-types")))
                .required(List.of("field", "in", "message"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (`application/problem+json`). `type` is a stable URI to switch "
                        + "on (the list: docs/architecture.md, Errors)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .examples(List.of("urn:ta-platform:problem:validation")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("1 value(s) rejected; nothing was changed")))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request's path, or the error's reference in the logs"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addProperty("report", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                        .description("A structured explanation where a list of fields is not enough (e.g. a "
                                + "questionnaire's per-question report)"))
                .required(List.of("type", "title", "status"));
        components.addSchema("Problem", problem);
        components.addSchema("Violation", violation);
    }

    private static void addErrorResponses(Components components) {
        for (ErrorResponse error : ERRORS) {
            APIResponse response = OASFactory.createAPIResponse().description(error.description())
                    .content(problemContent());
            if (error.retryAfter()) {
                Header retryAfter = OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"));
                response.addHeader("Retry-After", retryAfter);
            }
            components.addResponse(error.name(), response);
        }
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static SecurityScheme oauth2(String oidc) {
        String endpoints = oidc + "/protocol/openid-connect";
        OAuthFlows flows = OASFactory.createOAuthFlows()
                .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(endpoints + "/auth")
                        .tokenUrl(endpoints + "/token").refreshUrl(endpoints + "/token").scopes(Map.of()))
                .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(endpoints + "/token").scopes(Map.of()));
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)
                .description("Keycloak realm `ta-platform`. People sign in with the authorization code flow and PKCE "
                        + "(S256; public client `ta-web`); a partner's machine uses client credentials (its own "
                        + "confidential client). Roles and the country/organisation scope come from the token.");
    }

    private static String config(String name, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
    }
}
