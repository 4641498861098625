package org.taplatform.reference.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Closed sets of values as {@code enum}s: the services validate many codes with Bean Validation's {@code @Pattern}
 * ({@code HIGH|MEDIUM|LOW}), which the scanner writes as a regular expression, so generated clients see a string.
 * A pattern that is nothing but literal alternatives is that set of values: it becomes the schema's {@code enum}
 * (the service still checks it; the document says the same thing in a form clients understand).
 */
final class ClosedSets {

    private static final Pattern ALTERNATIVES = Pattern.compile("\\^?\\(?([A-Za-z0-9_.\\-]+(\\|[A-Za-z0-9_.\\-]+)+)\\)?\\$?");

    private ClosedSets() {
    }

    static void writeAsEnums(OpenAPI openApi) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> visit(parameter.getSchema(), seen));
                }
                if (operation.getRequestBody() != null) {
                    visit(operation.getRequestBody().getContent(), seen);
                }
            }
        }
    }

    private static void visit(Content content, Map<Schema, Boolean> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> visit(media.getSchema(), seen));
        }
    }

    private static void visit(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        var matcher = schema.getPattern() == null ? null : ALTERNATIVES.matcher(schema.getPattern());
        if (matcher != null && matcher.matches() && schema.getEnumeration() == null) {
            schema.setEnumeration(new ArrayList<>(Arrays.asList((Object[]) matcher.group(1).split("\\|"))));
            schema.setPattern(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, seen));
        }
        visit(schema.getItems(), seen);
        visit(schema.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> group : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
            if (group != null) {
                group.forEach(member -> visit(member, seen));
            }
        }
    }
}
