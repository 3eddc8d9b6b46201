package io.cairn.ingest.pdns;

import com.fasterxml.jackson.core.JsonFactory;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Measures how fast {@link CofFormat} turns COF lines into observations, from bytes in memory. Not a
 * test: run by hand, after a warm-up pass.
 *
 * <pre>
 * java -cp … io.cairn.ingest.pdns.CofParseProbe [RECORDS] [DISTINCT_NAMES] [RECORDS_PER_NAME]
 * </pre>
 */
public final class CofParseProbe {
    private static final String[] TYPES = {"A", "A", "A", "AAAA", "CNAME", "NS", "MX", "TXT"};

    private CofParseProbe() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int names = args.length > 1 ? Integer.parseInt(args[1]) : records;
        int perName = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        byte[] content = sample(records, names, perName);
        System.out.printf(Locale.ROOT, "%,d records, %,d distinct names, %,d bytes%n", records, names, content.length);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= 5; pass++) {
            long start = System.nanoTime();
            long parsed = parseOnly(content);
            double parseSeconds = (System.nanoTime() - start) / 1e9;
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            long items = read(content);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // Other work on a shared machine slows the wall clock; the thread's CPU time shows the code's own rate.
            System.out.printf(
                    Locale.ROOT,
                    "pass %d: JSON only %,.0f records/s; to %,d observations %,.0f records/s (%,.0f per CPU second)%n",
                    pass,
                    parsed / parseSeconds,
                    items,
                    records / seconds,
                    records / cpuSeconds);
        }
    }

    /** The JSON stage alone: lines to records, no artifact parsing. */
    private static long parseOnly(byte[] content) throws Exception {
        var lines = new Lines(new ByteArrayInputStream(content), "probe");
        var parser = new CofParser(new JsonFactory());
        long records = 0;
        while (lines.advance()) {
            parser.parse(lines.buffer(), lines.start(), lines.end() - lines.start());
            records++;
        }
        return records;
    }

    private static long read(byte[] content) throws Exception {
        var context = new ImportContext("probe", 50, Tlp.CLEAR, Instant.EPOCH);
        long items = 0;
        try (RecordReader reader = new CofFormat().read("probe", new ByteArrayInputStream(content), context)) {
            while (reader.hasNext()) {
                Read read = reader.next();
                if (!(read instanceof Read.Accepted accepted)) {
                    throw new IllegalStateException("the probe's own data was rejected: " + read);
                }
                items += accepted.items().size();
            }
        }
        return items;
    }

    /**
     * COF lines in the proportions of a resolver's passive DNS: mostly A, some of everything else;
     * {@code perName} records in a row share a name, as when an export lists each name's records together.
     */
    static byte[] sample(int records, int names, int perName) {
        var out = new ByteArrayOutputStream(records * 160);
        StringBuilder line = new StringBuilder(200);
        for (int i = 0; i < records; i++) {
            int n = i / perName % names;
            String type = TYPES[i % TYPES.length];
            String rdata = switch (type) {
                case "A" -> "\"" + (n >>> 16 & 255) + "." + (n >>> 8 & 255) + "." + (n & 255) + ".7\"";
                case "AAAA" ->
                    "\"2001:db8::" + Integer.toHexString(n >>> 16) + ":" + Integer.toHexString(n & 0xffff) + "\"";
                case "MX" -> "\"10 mx" + n % 13 + ".mail-host.net.\"";
                case "TXT" -> "\"\\\"v=spf1 include:_spf.example" + n % 7 + ".com -all\\\"\"";
                default -> "\"ns" + n % 4 + ".dns-provider" + n % 97 + ".com.\"";
            };
            long first = 1_500_000_000L + n * 37L;
            line.setLength(0);
            line.append("{\"count\":")
                    .append(1 + n % 5000)
                    .append(",\"time_first\":")
                    .append(first)
                    .append(",\"rrtype\":\"")
                    .append(type)
                    .append("\",\"rrname\":\"www")
                    .append(n)
                    .append(".shop-")
                    .append(n % 1000)
                    .append(".example.com\",\"rdata\":[")
                    .append(rdata)
                    .append("],\"time_last\":")
                    .append(first + 86_400L * (n % 300))
                    .append("}\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
