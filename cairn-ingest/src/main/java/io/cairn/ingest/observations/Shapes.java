package io.cairn.ingest.observations;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The artifact types each dataset relates, subject to object, as the data model defines them. */
final class Shapes {
    static final Pattern PORT = Pattern.compile("(?:[1-9]\\d{0,4})/(?:tcp|udp|sctp)");

    private record Shape(Set<ArtifactType> subjects, Set<ArtifactType> objects) {}

    private static final Map<Dataset, Shape> SHAPES = new EnumMap<>(Dataset.class);

    static {
        var domain = EnumSet.of(ArtifactType.DOMAIN);
        var host = EnumSet.of(ArtifactType.DOMAIN, ArtifactType.IP, ArtifactType.URL);
        SHAPES.put(Dataset.RESOLUTION, new Shape(domain, EnumSet.of(ArtifactType.IP)));
        SHAPES.put(
                Dataset.DNS_RECORD,
                new Shape(domain, EnumSet.of(ArtifactType.DOMAIN, ArtifactType.IP, ArtifactType.KEYWORD)));
        SHAPES.put(Dataset.REVERSE_DNS, new Shape(EnumSet.of(ArtifactType.IP), domain));
        SHAPES.put(Dataset.WHOIS, new Shape(domain, EnumSet.of(ArtifactType.WHOIS_FIELD)));
        SHAPES.put(
                Dataset.CERTIFICATE,
                new Shape(EnumSet.of(ArtifactType.DOMAIN, ArtifactType.IP), EnumSet.of(ArtifactType.CERT)));
        SHAPES.put(Dataset.TRACKER, new Shape(host, EnumSet.of(ArtifactType.TRACKER)));
        SHAPES.put(Dataset.COMPONENT, new Shape(host, EnumSet.of(ArtifactType.COMPONENT)));
        SHAPES.put(Dataset.HOST_PAIR, new Shape(domain, domain));
        SHAPES.put(Dataset.COOKIE, new Shape(domain, EnumSet.of(ArtifactType.COOKIE)));
        SHAPES.put(Dataset.SERVICE, new Shape(EnumSet.of(ArtifactType.IP), EnumSet.of(ArtifactType.KEYWORD)));
    }

    private Shapes() {}

    static Set<ArtifactType> subjects(Dataset dataset) {
        return SHAPES.get(dataset).subjects();
    }

    static Set<ArtifactType> objects(Dataset dataset) {
        return SHAPES.get(dataset).objects();
    }
}
