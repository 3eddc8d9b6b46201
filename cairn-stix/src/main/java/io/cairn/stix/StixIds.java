package io.cairn.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** STIX 2.1 identifiers: {@code type--uuid}, random for SDOs and deterministic (UUIDv5) for SCOs. */
public final class StixIds {
    /** The namespace the STIX 2.1 specification fixes for deterministic SCO ids (§2.9). */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    // RFC 4122 writes UUIDs in lower case but reads either case; producers do send upper case.
    private static final Pattern ID = Pattern.compile(
            "[a-z0-9][a-z0-9-]*[a-z0-9]--(?i:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})");

    private StixIds() {}

    /** A fresh id for an object whose identity is not derived from its content. */
    public static String random(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /**
     * The deterministic id of a cyber-observable: UUIDv5 in the STIX namespace over the RFC 8785
     * canonical JSON of its id-contributing properties.
     */
    public static String deterministic(String scoType, Map<String, ?> idContributingProperties) {
        if (idContributingProperties.isEmpty()) {
            throw new IllegalArgumentException(scoType + " has no id-contributing property");
        }
        return scoType + "--" + uuid5(SCO_NAMESPACE, CanonicalJson.write(idContributingProperties));
    }

    /**
     * The namespace Cairn derives its own deterministic ids of non-SCO objects in (an indicator
     * named after the feed entry it comes from, say). Fixed forever: changing it renames objects.
     */
    public static final UUID CAIRN_NAMESPACE = UUID.fromString("eb16422a-ed51-41b4-866e-26a6fe2a561c");

    /**
     * A deterministic id for an object that is not a cyber-observable: UUIDv5 in {@code namespace}
     * over the canonical JSON of {@code properties}. The specification forbids the SCO namespace
     * for anything but SCOs (§2.9), so it is refused here.
     */
    public static String deterministic(String type, UUID namespace, Map<String, ?> properties) {
        if (namespace.equals(SCO_NAMESPACE)) {
            throw new IllegalArgumentException("the STIX SCO namespace is reserved for cyber-observables");
        }
        if (properties.isEmpty()) {
            throw new IllegalArgumentException(type + " id from no properties");
        }
        return type + "--" + uuid5(namespace, CanonicalJson.write(properties));
    }

    /** Whether the text is a well-formed STIX identifier (lower-case type, RFC 4122 UUID in either case). */
    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        var bb = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bb.getLong(), bb.getLong());
    }
}
