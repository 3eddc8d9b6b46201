package io.cairn.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded STIX 2.1 bundle: indicators (domain, IPv4, URL and SHA-256 patterns) interleaved with the
 * cyber-observable objects a feed ships beside them (domain-name, ipv4-addr). The indicators also go
 * to a CSV file for the databases' own loaders.
 */
final class StixDataset {

    private static final String CREATED = "2024-03-01T10:00:00.000Z";

    private StixDataset() {}

    /** Writes a bundle of {@code objects} objects; returns how many are indicators. */
    static long write(long objects, long seed, Path bundle, Path csv) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long indicators = 0;
        try (BufferedWriter json = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8);
                BufferedWriter rows = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            json.append("{\"type\":\"bundle\",\"id\":\"bundle--")
                    .append(uuid(random))
                    .append("\",\"objects\":[\n");
            for (long i = 0; i < objects; i++) {
                if (i > 0) {
                    json.append(",\n");
                }
                long n = random.nextLong(Math.max(16, objects));
                String id = uuid(random);
                if (random.nextInt(10) < 6) {
                    indicators++;
                    String pattern = pattern(random.nextInt(4), n);
                    json.append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--")
                            .append(id)
                            .append("\",\"created\":\"")
                            .append(CREATED)
                            .append("\",\"modified\":\"")
                            .append(CREATED)
                            .append("\",\"pattern\":\"")
                            .append(pattern)
                            .append("\",\"pattern_type\":\"stix\",\"valid_from\":\"")
                            .append(CREATED)
                            .append("\",\"labels\":[\"malicious-activity\"],\"confidence\":")
                            .append(Integer.toString(50 + random.nextInt(50)))
                            .append('}');
                    rows.append("indicator--")
                            .append(id)
                            .append(',')
                            .append('"')
                            .append(pattern.replace("\"", "\"\""))
                            .append("\",")
                            .append(CREATED)
                            .append('\n');
                } else if (random.nextBoolean()) {
                    json.append("{\"type\":\"domain-name\",\"spec_version\":\"2.1\",\"id\":\"domain-name--")
                            .append(id)
                            .append("\",\"value\":\"")
                            .append(domain(n))
                            .append("\"}");
                } else {
                    json.append("{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"ipv4-addr--")
                            .append(id)
                            .append("\",\"value\":\"")
                            .append(ipv4(n))
                            .append("\"}");
                }
            }
            json.append("\n]}\n");
        }
        return indicators;
    }

    private static String pattern(int kind, long n) {
        return switch (kind) {
            case 0 -> "[domain-name:value = '" + domain(n) + "']";
            case 1 -> "[ipv4-addr:value = '" + ipv4(n) + "']";
            case 2 -> "[url:value = 'http://" + domain(n) + "/p/" + Long.toString(n, 36) + "']";
            default -> "[file:hashes.'SHA-256' = '" + sha256(n) + "']";
        };
    }

    private static String domain(long n) {
        return "x" + Long.toString(mix(n) >>> 20, 36) + ".example-" + (n % 97) + ".com";
    }

    private static String ipv4(long n) {
        long m = mix(n + 1);
        return (11 + (m >>> 56) % 180) + "." + ((m >>> 16) & 255) + "." + ((m >>> 8) & 255) + "." + (1 + (m & 127));
    }

    private static String sha256(long n) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(mix(n * 4 + i));
            hex.append("0".repeat(16 - part.length())).append(part);
        }
        return hex.toString();
    }

    private static String uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
