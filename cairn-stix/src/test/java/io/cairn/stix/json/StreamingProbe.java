package io.cairn.stix.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Run in a child JVM with a small heap by {@link StreamingTest}. {@code stream N}: reads N
 * generated objects with {@link StixReader} and prints how many were read and how many bytes that
 * was. {@code tree N}: loads the same bundle whole with Jackson, which a small heap cannot hold.
 */
public final class StreamingProbe {
    private StreamingProbe() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        var input = new GeneratedBundle(count);
        try {
            if (args[0].equals("tree")) {
                System.out.println("tree of "
                        + new ObjectMapper().readTree(input).get("objects").size());
                return;
            }
            long read = 0;
            try (var reader = StixReader.open(input)) {
                while (reader.hasNext()) {
                    if (!(reader.next() instanceof ReadResult.Read)) {
                        System.exit(2);
                    }
                    read++;
                }
            }
            System.out.println(read + " objects in " + input.bytesRead() + " bytes");
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory after " + input.bytesRead() + " bytes");
            System.exit(3);
        }
    }
}
