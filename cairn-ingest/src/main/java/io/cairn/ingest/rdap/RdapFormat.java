package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** RDAP domain objects: WHOIS documents and what they say (see the package description). */
public final class RdapFormat implements Format {
    private static final Pattern DOMAIN_CLASS = Pattern.compile("\"objectClassName\"\\s*:\\s*\"domain\"");
    private static final Pattern RDAP_FIELDS = Pattern.compile("\"(rdapConformance|ldhName|nameservers)\"\\s*:");

    private final ObjectMapper mapper = new ObjectMapper();

    public RdapFormat() {}

    @Override
    public String name() {
        return "rdap";
    }

    @Override
    public String description() {
        return "RDAP domain objects (JSON, array or lines): WHOIS records, registrar, contacts, name servers";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return 0;
        }
        boolean domain = DOMAIN_CLASS.matcher(text).find();
        boolean rdap = RDAP_FIELDS.matcher(text).find();
        return domain && rdap ? 95 : domain ? 60 : 0;
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        var lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        return new RdapReader(inputName, lines, context, mapper);
    }
}
