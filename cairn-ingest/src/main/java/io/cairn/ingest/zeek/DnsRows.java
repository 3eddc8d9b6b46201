package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.ParseResult;
import io.cairn.ingest.Item;
import io.cairn.ingest.pdns.ReverseNames;
import io.cairn.observation.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** dns.log rows: each answer to the query, as the package description says. */
final class DnsRows implements RowMapper {
    static final String KEPT = "A, AAAA, CNAME, DNAME, NS, MX, SOA, SRV, PTR, TXT and SPF";

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        List<String> answers = row.list("answers");
        if (answers.isEmpty()) {
            return List.of();
        }
        String query = Values.required(row, "query");
        String qtype = row.text("qtype_name");
        if (qtype == null) {
            throw new BadRow("qtype_name", "answers without a qtype_name");
        }
        List<String> ttls = row.list("TTLs");
        Answers out = new Answers(seen, ttls.size() == answers.size() ? ttls : List.of());
        switch (qtype) {
            case "A", "AAAA", "CNAME" -> chain(Values.artifact(ArtifactType.DOMAIN, "query", query), answers, out);
            case "PTR" -> {
                if (ReverseNames.isReverse(query)) {
                    Artifact address = reverse(query);
                    for (int i = 0; i < answers.size(); i++) {
                        out.add(i, address, Dataset.REVERSE_DNS, name(answers.get(i)), "PTR");
                    }
                } else {
                    records(query, qtype, answers, ArtifactType.DOMAIN, out);
                }
            }
            case "NS", "MX", "SOA", "SRV", "DNAME" -> records(query, qtype, answers, ArtifactType.DOMAIN, out);
            case "TXT", "SPF" -> records(query, qtype, answers, ArtifactType.KEYWORD, out);
            default -> throw new BadRow("qtype_name", "qtype " + qtype + " is not kept; Cairn keeps " + KEPT);
        }
        return out.items;
    }

    /**
     * Answers to an address query: names are the CNAME chain, each the alias of the one before;
     * addresses resolve both the query and the name at the end of the chain.
     */
    private static void chain(Artifact query, List<String> answers, Answers out) throws BadRow {
        Artifact owner = query;
        for (int i = 0; i < answers.size(); i++) {
            String answer = answers.get(i);
            Artifact address = Values.ipOrNull(answer);
            if (address == null) {
                Artifact alias = name(answer);
                out.add(i, owner, Dataset.DNS_RECORD, alias, "CNAME");
                owner = alias;
                continue;
            }
            String rrtype = address.value().indexOf(':') >= 0 ? "AAAA" : "A";
            out.add(i, query, Dataset.RESOLUTION, address, rrtype);
            if (!owner.equals(query)) {
                out.add(i, owner, Dataset.RESOLUTION, address, rrtype);
            }
        }
    }

    private static void records(String query, String qtype, List<String> answers, ArtifactType type, Answers out)
            throws BadRow {
        Artifact owner = Values.artifact(ArtifactType.DOMAIN, "query", query);
        for (int i = 0; i < answers.size(); i++) {
            Artifact object = type == ArtifactType.KEYWORD
                    ? Values.artifact(ArtifactType.KEYWORD, "answers", TxtAnswer.text(answers.get(i)))
                    : name(answers.get(i));
            out.add(i, owner, Dataset.DNS_RECORD, object, qtype);
        }
    }

    private static Artifact name(String answer) throws BadRow {
        return Values.artifact(ArtifactType.DOMAIN, "answers", answer);
    }

    private static Artifact reverse(String query) throws BadRow {
        return switch (ReverseNames.address(query)) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new BadRow("query", "query '" + query + "' names no single address: " + n.reason());
        };
    }

    /** The items of one row, each answer's TTL (whole seconds) kept when the log has one per answer. */
    private static final class Answers {
        final List<Item> items = new ArrayList<>();
        private final Seen seen;
        private final List<String> ttls;

        Answers(Seen seen, List<String> ttls) {
            this.seen = seen;
            this.ttls = ttls;
        }

        void add(int answer, Artifact subject, Dataset dataset, Artifact object, String rrtype) {
            Map<String, String> attributes = new HashMap<>(2);
            attributes.put("rrtype", rrtype);
            String ttl = ttls.isEmpty() ? null : seconds(ttls.get(answer));
            if (ttl != null) {
                attributes.put("ttl", ttl);
            }
            items.add(seen.item(subject, dataset, object, attributes));
        }

        private static @Nullable String seconds(String interval) {
            try {
                return Long.toString((long) Double.parseDouble(interval));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
