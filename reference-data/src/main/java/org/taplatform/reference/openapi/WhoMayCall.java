package org.taplatform.reference.openapi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;

/**
 * Who may call each operation, said in its description from the same annotations that enforce it ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @Authenticated} on the method or its class), so that the documentation cannot drift from
 * the checks. The country or organisation scope stays in each operation's own words.
 */
final class WhoMayCall {

    private WhoMayCall() {
    }

    /** The sentence for each operation id of the resources in this application. */
    static Map<String, String> byOperationId() {
        Map<String, String> sentences = new HashMap<>();
        if (Arc.container() == null) {
            return sentences;
        }
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null && !operation.operationId().isEmpty()) {
                    sentences.put(operation.operationId(), sentence(method, type));
                }
            }
        }
        return sentences;
    }

    private static String sentence(Method method, Class<?> type) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        boolean open = method.isAnnotationPresent(PermitAll.class);
        boolean signedIn = method.isAnnotationPresent(Authenticated.class);
        if (roles == null && !open && !signedIn) {
            roles = type.getAnnotation(RolesAllowed.class);
            open = type.isAnnotationPresent(PermitAll.class);
            signedIn = type.isAnnotationPresent(Authenticated.class);
        }
        if (roles != null) {
            return "Who may call it: " + String.join(", ", new TreeSet<>(Arrays.asList(roles.value()))) + ".";
        }
        if (open) {
            return "Who may call it: anyone (a token is optional; some answers depend on it).";
        }
        return signedIn ? "Who may call it: any signed-in user." : null;
    }
}
