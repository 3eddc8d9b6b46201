package io.cairn.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Seeded passive-DNS records in the Common Output Format, one rdata string per record, shaped like a
 * sensor's export: mostly A records onto addresses shared by many names (hosting), some AAAA, CNAME
 * chains into CDNs, NS and MX onto providers' hosts. The same records go to a CSV file for the
 * databases' own loaders.
 */
final class CofDataset {

    private static final long START = 1_514_764_800L; // 2018-01-01
    private static final long SPAN = 7L * 365 * 86_400;
    private static final String[] TLDS = {"com", "net", "org", "de", "ru", "io", "info", "xyz", "co.uk", "nl"};
    private static final String[] LABELS = {"www", "mail", "api", "cdn", "m", "shop", "static", "vpn"};

    private final SplittableRandom random;
    private final long names;
    private final long addresses;
    private final long hotAddresses;
    private final long providers;

    CofDataset(long records, long seed) {
        this.random = new SplittableRandom(seed);
        this.names = Math.max(16, records * 6 / 10);
        this.addresses = Math.max(16, records * 35 / 100);
        this.hotAddresses = Math.max(4, records / 1000);
        this.providers = Math.max(2, records / 2000);
    }

    /** Writes {@code records} lines of COF to {@code jsonl} and the same records to {@code csv}. */
    static void write(long records, long seed, Path jsonl, Path csv) throws IOException {
        CofDataset dataset = new CofDataset(records, seed);
        try (BufferedWriter json = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
                BufferedWriter rows = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < records; i++) {
                dataset.next(line, json, rows);
            }
        }
    }

    private void next(StringBuilder line, BufferedWriter json, BufferedWriter csv) throws IOException {
        int pick = random.nextInt(100);
        long n = random.nextLong(names);
        String rrtype;
        String rrname;
        String rdata;
        if (pick < 55) {
            rrtype = "A";
            rrname = host(n);
            rdata = ipv4(
                    random.nextInt(10) < 3 ? random.nextLong(hotAddresses) : hotAddresses + random.nextLong(addresses));
        } else if (pick < 70) {
            rrtype = "AAAA";
            rrname = host(n);
            rdata = ipv6(random.nextInt(10) < 3 ? random.nextLong(hotAddresses) : random.nextLong(addresses));
        } else if (pick < 82) {
            rrtype = "CNAME";
            rrname = host(n);
            rdata = random.nextBoolean() ? host(random.nextLong(names)) : "e" + (n % 5000) + ".cdn" + (n % 7) + ".net";
        } else if (pick < 92) {
            rrtype = "NS";
            rrname = registered(n / 4);
            rdata = "ns" + (1 + random.nextInt(4)) + "." + provider(random.nextLong(providers));
        } else {
            rrtype = "MX";
            rrname = registered(n / 4);
            rdata = random.nextBoolean()
                    ? "mail." + registered(n / 4)
                    : "mx" + (1 + random.nextInt(2)) + "." + provider(random.nextLong(providers));
        }
        long first = START + random.nextLong(SPAN);
        long last = first + (long) (Math.pow(random.nextDouble(), 3) * 400 * 86_400);
        long count = 1 + (long) (Math.pow(random.nextDouble(), 6) * 5_000);

        line.setLength(0);
        line.append("{\"rrname\":\"")
                .append(rrname)
                .append("\",\"rrtype\":\"")
                .append(rrtype)
                .append("\",\"rdata\":\"")
                .append(rdata)
                .append("\",\"time_first\":")
                .append(first)
                .append(",\"time_last\":")
                .append(last)
                .append(",\"count\":")
                .append(count)
                .append("}\n");
        json.append(line);
        line.setLength(0);
        line.append(rrname)
                .append(',')
                .append(rrtype)
                .append(',')
                .append(rdata)
                .append(',')
                .append(first)
                .append(',')
                .append(last)
                .append(',')
                .append(count)
                .append('\n');
        csv.append(line);
    }

    /** A host under a registered domain; four hosts per domain, so names share their parents. */
    private static String host(long n) {
        String label = (n & 3) == 0 ? "h" + Long.toString(mix(n) & 0xFFFFF, 36) : LABELS[(int) (mix(n) >>> 60) & 7];
        return label + "." + registered(n / 4);
    }

    private static String registered(long d) {
        long m = mix(d + 0x5bd1e995L);
        return Long.toString(m >>> 24, 36) + d % 1000 + "." + TLDS[(int) ((m >>> 8) % TLDS.length)];
    }

    private static String provider(long p) {
        return "dns" + Long.toString(mix(p) >>> 40, 36) + ".net";
    }

    /** Public-looking unicast addresses, scattered over the space. */
    private static String ipv4(long a) {
        long m = mix(a);
        int first = 11 + (int) ((m >>> 56) % 180);
        return first + "." + ((m >>> 16) & 255) + "." + ((m >>> 8) & 255) + "." + (1 + (m & 127));
    }

    /** Canonical (RFC 5952) form: no zero groups outside the compressed run. */
    private static String ipv6(long a) {
        long m = mix(a + 7);
        return "2a0" + (1 + (m & 7)) + ":" + Long.toHexString(0x1000 + ((m >>> 4) & 0xEFFF)) + ":"
                + Long.toHexString(1 + ((m >>> 20) & 0xFFFE)) + "::" + Long.toHexString(1 + ((m >>> 40) & 0xFFFE));
    }

    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
