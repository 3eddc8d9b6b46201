package io.cairn.stix.validate;

import io.cairn.stix.ScoIds;
import io.cairn.stix.StixType;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What each cyber-observable object (§6) requires, the types its references point at, and its id. */
final class ObservableRules {
    private static final Set<String> ADDRESSES = Set.of("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name");
    private static final Map<StixType, Map<String, Set<String>>> REFERENCES = Map.of(
            StixType.DOMAIN_NAME, Map.of("resolves_to_refs", Set.of("ipv4-addr", "ipv6-addr", "domain-name")),
            StixType.IPV4_ADDR,
                    Map.of("resolves_to_refs", Set.of("mac-addr"), "belongs_to_refs", Set.of("autonomous-system")),
            StixType.IPV6_ADDR,
                    Map.of("resolves_to_refs", Set.of("mac-addr"), "belongs_to_refs", Set.of("autonomous-system")),
            StixType.EMAIL_ADDR, Map.of("belongs_to_ref", Set.of("user-account")),
            StixType.EMAIL_MESSAGE,
                    Map.of(
                            "from_ref",
                            Set.of("email-addr"),
                            "sender_ref",
                            Set.of("email-addr"),
                            "to_refs",
                            Set.of("email-addr"),
                            "cc_refs",
                            Set.of("email-addr"),
                            "bcc_refs",
                            Set.of("email-addr"),
                            "raw_email_ref",
                            Set.of("artifact")),
            StixType.FILE,
                    Map.of(
                            "parent_directory_ref",
                            Set.of("directory"),
                            "content_ref",
                            Set.of("artifact"),
                            "contains_refs",
                            Set.of()),
            StixType.DIRECTORY, Map.of("contains_refs", Set.of("file", "directory")),
            StixType.NETWORK_TRAFFIC,
                    Map.of(
                            "src_ref",
                            ADDRESSES,
                            "dst_ref",
                            ADDRESSES,
                            "src_payload_ref",
                            Set.of("artifact"),
                            "dst_payload_ref",
                            Set.of("artifact"),
                            "encapsulates_refs",
                            Set.of("network-traffic"),
                            "encapsulated_by_ref",
                            Set.of("network-traffic")),
            StixType.PROCESS,
                    Map.of(
                            "opened_connection_refs",
                            Set.of("network-traffic"),
                            "creator_user_ref",
                            Set.of("user-account"),
                            "image_ref",
                            Set.of("file"),
                            "parent_ref",
                            Set.of("process"),
                            "child_refs",
                            Set.of("process")),
            StixType.WINDOWS_REGISTRY_KEY, Map.of("creator_user_ref", Set.of("user-account")));

    private ObservableRules() {}

    static void check(Checker c, StixType type) {
        switch (type) {
            case ARTIFACT -> {
                if (c.has("payload_bin") && c.has("url")) {
                    c.fail("$", "an artifact has payload_bin or url, not both");
                }
                if (c.has("url")) {
                    c.required("hashes");
                }
            }
            case AUTONOMOUS_SYSTEM -> c.required("number");
            case DIRECTORY -> c.required("path");
            case DOMAIN_NAME, EMAIL_ADDR, IPV4_ADDR, IPV6_ADDR, MAC_ADDR, URL -> c.required("value");
            case EMAIL_MESSAGE -> c.required("is_multipart");
            case FILE -> c.atLeastOne("hashes", "name");
            case MUTEX, SOFTWARE -> c.required("name");
            case NETWORK_TRAFFIC -> {
                c.required("protocols");
                c.atLeastOne("src_ref", "dst_ref");
                c.integer("src_port", 0, 65535);
                c.integer("dst_port", 0, 65535);
            }
            case PROCESS, USER_ACCOUNT, WINDOWS_REGISTRY_KEY, X509_CERTIFICATE -> {}
            default -> throw new IllegalArgumentException(type + " is not a cyber-observable object");
        }
        c.integer("size", 0, Long.MAX_VALUE);
        REFERENCES.getOrDefault(type, Map.of()).forEach((property, targets) -> {
            if (property.endsWith("_refs")) {
                c.refs(property, targets);
            } else {
                c.ref(property, targets);
            }
        });
        if (c.strict()) {
            deterministicId(c);
        }
    }

    /** Exported SCOs carry the deterministic id of §2.9, so that every producer names them alike. */
    private static void deterministicId(Checker c) {
        String id = c.object().path("id").asText("");
        int separator = id.indexOf("--");
        ScoIds.deterministicId(c.object()).ifPresent(expected -> {
            if (!expected.equals(id)) {
                boolean derived = separator >= 0 && version(id.substring(separator + 2)) == 5;
                c.failAt(
                        "id",
                        derived
                                ? "not the deterministic id of this " + c.type() + ", which is " + expected
                                : "SCO ids are deterministic (UUIDv5); this " + c.type() + "'s is " + expected);
            }
        });
    }

    private static int version(String uuid) {
        try {
            return UUID.fromString(uuid).version();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
