package org.taplatform.reference.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Where a rejected value came from, as the client sent it: the query parameter {@code priority}, not the Java field
 * {@code list.filter.priority}. Bean Validation names the method's parameter and the fields below it; the Jakarta REST
 * annotations on that parameter (or, for a {@code @BeanParam}, on the field) say whether it was the path, the query or
 * a header, and under which name. Anything else is the body.
 */
final class ViolationSource {

    /** The field's name as sent and where ({@code path}, {@code query}, {@code header}), or null: the body. */
    record Source(String name, String in) {
    }

    private ViolationSource() {
    }

    static Source of(ConstraintViolation<?> violation) {
        Method method = null;
        Annotation[] parameterAnnotations = null;
        Class<?> parameterType = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = find(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
            } else if (node.getKind() == ElementKind.PARAMETER && method != null) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameterAnnotations = method.getParameterAnnotations()[index];
                parameterType = method.getParameterTypes()[index];
                Source direct = source(parameterAnnotations);
                if (direct != null) {
                    return direct;
                }
            } else if (node.getKind() == ElementKind.PROPERTY && parameterAnnotations != null
                    && has(parameterAnnotations, BeanParam.class)) {
                Field field = field(parameterType, node.getName());
                return field == null ? null : source(field.getAnnotations());
            } else if (parameterAnnotations != null) {
                return null;
            }
        }
        return null;
    }

    private static Source source(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return new Source(query.value(), "query");
            }
            if (annotation instanceof PathParam path) {
                return new Source(path.value(), "path");
            }
            if (annotation instanceof HeaderParam header) {
                return new Source(header.value(), "header");
            }
        }
        return null;
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        return List.of(annotations).stream().anyMatch(type::isInstance);
    }

    /**
     * The resource's own method: Quarkus may validate through a generated subclass (for interceptors) whose overriding
     * method carries no annotations, so the one declared highest up is the one written with them.
     */
    private static Method find(Class<?> type, Path.MethodNode node) {
        Class<?>[] parameters = node.getParameterTypes().toArray(Class<?>[]::new);
        Method found = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                found = c.getDeclaredMethod(node.getName(), parameters);
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return found;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }
}
