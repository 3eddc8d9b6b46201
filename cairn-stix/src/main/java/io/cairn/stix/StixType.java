package io.cairn.stix;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every object type the STIX 2.1 specification defines, with the family it belongs to. */
public enum StixType {
    ATTACK_PATTERN("attack-pattern", Kind.DOMAIN),
    CAMPAIGN("campaign", Kind.DOMAIN),
    COURSE_OF_ACTION("course-of-action", Kind.DOMAIN),
    GROUPING("grouping", Kind.DOMAIN),
    IDENTITY("identity", Kind.DOMAIN),
    INCIDENT("incident", Kind.DOMAIN),
    INDICATOR("indicator", Kind.DOMAIN),
    INFRASTRUCTURE("infrastructure", Kind.DOMAIN),
    INTRUSION_SET("intrusion-set", Kind.DOMAIN),
    LOCATION("location", Kind.DOMAIN),
    MALWARE("malware", Kind.DOMAIN),
    MALWARE_ANALYSIS("malware-analysis", Kind.DOMAIN),
    NOTE("note", Kind.DOMAIN),
    OBSERVED_DATA("observed-data", Kind.DOMAIN),
    OPINION("opinion", Kind.DOMAIN),
    REPORT("report", Kind.DOMAIN),
    THREAT_ACTOR("threat-actor", Kind.DOMAIN),
    TOOL("tool", Kind.DOMAIN),
    VULNERABILITY("vulnerability", Kind.DOMAIN),
    RELATIONSHIP("relationship", Kind.RELATIONSHIP),
    SIGHTING("sighting", Kind.RELATIONSHIP),
    ARTIFACT("artifact", Kind.OBSERVABLE),
    AUTONOMOUS_SYSTEM("autonomous-system", Kind.OBSERVABLE),
    DIRECTORY("directory", Kind.OBSERVABLE),
    DOMAIN_NAME("domain-name", Kind.OBSERVABLE),
    EMAIL_ADDR("email-addr", Kind.OBSERVABLE),
    EMAIL_MESSAGE("email-message", Kind.OBSERVABLE),
    FILE("file", Kind.OBSERVABLE),
    IPV4_ADDR("ipv4-addr", Kind.OBSERVABLE),
    IPV6_ADDR("ipv6-addr", Kind.OBSERVABLE),
    MAC_ADDR("mac-addr", Kind.OBSERVABLE),
    MUTEX("mutex", Kind.OBSERVABLE),
    NETWORK_TRAFFIC("network-traffic", Kind.OBSERVABLE),
    PROCESS("process", Kind.OBSERVABLE),
    SOFTWARE("software", Kind.OBSERVABLE),
    URL("url", Kind.OBSERVABLE),
    USER_ACCOUNT("user-account", Kind.OBSERVABLE),
    WINDOWS_REGISTRY_KEY("windows-registry-key", Kind.OBSERVABLE),
    X509_CERTIFICATE("x509-certificate", Kind.OBSERVABLE),
    MARKING_DEFINITION("marking-definition", Kind.META),
    LANGUAGE_CONTENT("language-content", Kind.META),
    EXTENSION_DEFINITION("extension-definition", Kind.META);

    /** The families of STIX objects; they differ in which common properties apply. */
    public enum Kind {
        /** STIX Domain Objects (SDOs). */
        DOMAIN,
        /** STIX Relationship Objects (SROs). */
        RELATIONSHIP,
        /** STIX Cyber-observable Objects (SCOs). */
        OBSERVABLE,
        /** STIX Meta Objects: marking definitions, language content, extension definitions. */
        META
    }

    private static final Map<String, StixType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(StixType::typeName, Function.identity()));

    private final String typeName;
    private final Kind kind;

    StixType(String typeName, Kind kind) {
        this.typeName = typeName;
        this.kind = kind;
    }

    /** The value of the {@code type} property, e.g. {@code attack-pattern}. */
    public String typeName() {
        return typeName;
    }

    public Kind kind() {
        return kind;
    }

    /** Versioned objects carry created, modified and revoked: SDOs, SROs and two of the meta objects. */
    public boolean isVersioned() {
        return kind == Kind.DOMAIN
                || kind == Kind.RELATIONSHIP
                || this == LANGUAGE_CONTENT
                || this == EXTENSION_DEFINITION;
    }

    public static Optional<StixType> of(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    @Override
    public String toString() {
        return typeName;
    }
}
