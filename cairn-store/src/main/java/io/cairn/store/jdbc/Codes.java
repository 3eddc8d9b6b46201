package io.cairn.store.jdbc;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;

/**
 * The small integer codes artifact types and datasets are stored as. They are part of the schema
 * (the lookup tables of migration V1 hold the same pairs) and must never be renumbered; the
 * exhaustive switches make adding a type without a code a compile error.
 */
final class Codes {

    private static final ArtifactType[] TYPES = new ArtifactType[32];
    private static final Dataset[] DATASETS = new Dataset[32];

    static {
        for (ArtifactType type : ArtifactType.values()) {
            TYPES[of(type)] = type;
        }
        for (Dataset dataset : Dataset.values()) {
            DATASETS[of(dataset)] = dataset;
        }
    }

    private Codes() {}

    static int of(ArtifactType type) {
        return switch (type) {
            case IP -> 1;
            case CIDR -> 2;
            case DOMAIN -> 3;
            case URL -> 4;
            case MD5 -> 5;
            case SHA1 -> 6;
            case SHA256 -> 7;
            case SHA512 -> 8;
            case EMAIL -> 9;
            case ASN -> 10;
            case CVE -> 11;
            case CERT -> 12;
            case TRACKER -> 13;
            case COMPONENT -> 14;
            case COOKIE -> 15;
            case WHOIS_FIELD -> 16;
            case KEYWORD -> 17;
        };
    }

    static int of(Dataset dataset) {
        return switch (dataset) {
            case RESOLUTION -> 1;
            case DNS_RECORD -> 2;
            case REVERSE_DNS -> 3;
            case WHOIS -> 4;
            case CERTIFICATE -> 5;
            case TRACKER -> 6;
            case COMPONENT -> 7;
            case HOST_PAIR -> 8;
            case COOKIE -> 9;
            case SERVICE -> 10;
        };
    }

    static ArtifactType type(int code) {
        return lookup(TYPES, code, "artifact type");
    }

    static Dataset dataset(int code) {
        return lookup(DATASETS, code, "dataset");
    }

    private static <T> T lookup(T[] table, int code, String what) {
        T found = code > 0 && code < table.length ? table[code] : null;
        if (found == null) {
            throw new IllegalStateException("unknown " + what + " code " + code + " in the database");
        }
        return found;
    }
}
