package org.taplatform.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * The Keycloak Operator's resources deploy/kubernetes uses (k8s.keycloak.org/v2alpha1), with the fields it uses,
 * transcribed from the operator's documentation: it publishes no Java model on Maven Central. Read with unknown
 * fields refused (KubernetesManifestsTest).
 */
final class KeycloakOperator {

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {
    }

    record KeycloakSpec(Integer instances, Db db, Http http, Hostname hostname, Proxy proxy, Ingress ingress,
            ResourceRequirements resources) {
    }

    record Db(String vendor, String host, Integer port, String database, Cnpg.SecretKey usernameSecret,
            Cnpg.SecretKey passwordSecret) {
    }

    record Http(Boolean httpEnabled, String tlsSecret) {
    }

    record Hostname(String hostname, Boolean backchannelDynamic) {
    }

    record Proxy(String headers) {
    }

    record Ingress(Boolean enabled, String className) {
    }

    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {
    }

    /** The realm as Keycloak's own realm representation (the launcher's file); placeholders from Secrets. */
    record RealmImportSpec(String keycloakCRName, JsonNode realm, Map<String, Placeholder> placeholders) {
    }

    record Placeholder(Cnpg.SecretKey secret) {
    }

    private KeycloakOperator() {
    }
}
