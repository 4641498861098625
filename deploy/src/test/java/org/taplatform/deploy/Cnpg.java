package org.taplatform.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * The CloudNativePG resources deploy/kubernetes uses (postgresql.cnpg.io/v1), with the fields it uses, transcribed
 * from CloudNativePG's API reference: the operator publishes no Java model. Read with unknown fields refused, so a
 * misspelt or misplaced field fails KubernetesManifestsTest.
 */
final class Cnpg {

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Storage storage,
            Storage walStorage, ResourceRequirements resources, Postgresql postgresql, Bootstrap bootstrap,
            Managed managed, Backup backup) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Bootstrap(Initdb initdb) {
    }

    record Initdb(String database, String owner, Reference secret) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, Boolean login, Reference passwordSecret) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, S3Credentials s3Credentials, Compression wal,
            Compression data) {
    }

    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey) {
    }

    record Compression(String compression) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, String backupOwnerReference, String method, Reference cluster) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, Reference cluster) {
    }

    record Reference(String name) {
    }

    record SecretKey(String name, String key) {
    }

    private Cnpg() {
    }
}
