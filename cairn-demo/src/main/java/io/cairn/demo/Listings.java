package io.cairn.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which of a campaign's artifacts the feeds list: a fixed share of the listable ones (domains,
 * addresses, URLs, hashes), spread over the feeds that carry their type. The rest, and the
 * fingerprints no feed lists (registrant, name servers, tracker, certificate), are for chaining.
 */
final class Listings {
    /** Percent of a campaign's listable artifacts that some feed lists. */
    static final int LISTED_PERCENT = 40;

    private Listings() {}

    static List<Listing> of(long seed, Campaign c) {
        record Candidate(String type, String value, String role, long rank) {}
        List<Candidate> listable = new ArrayList<>();
        for (Campaign.Domain d : c.domains()) {
            listable.add(new Candidate("domain", d.name(), d.role(), rank(seed, d.name())));
        }
        for (Campaign.Address a : c.addresses()) {
            listable.add(new Candidate("ip", a.ip(), "hosting", rank(seed, a.ip())));
        }
        for (String url : c.urls()) {
            listable.add(new Candidate("url", url, "url", rank(seed, url)));
        }
        for (Campaign.Sample s : c.samples()) {
            listable.add(new Candidate("sha256", s.sha256(), "sample", rank(seed, s.sha256())));
            listable.add(new Candidate("md5", s.md5(), "sample", rank(seed, s.md5())));
        }
        List<Candidate> ranked = new ArrayList<>(listable);
        ranked.sort(Comparator.comparingLong(Candidate::rank));
        int listed = (listable.size() * LISTED_PERCENT + 99) / 100;
        List<Listing> out = new ArrayList<>();
        for (Candidate candidate : listable) {
            int place = ranked.indexOf(candidate);
            long r = candidate.rank();
            List<String> feeds = place < listed ? feeds(candidate.type(), r) : List.of();
            boolean mentioned = !feeds.isEmpty() || Math.floorMod(r >>> 20, 5) == 0;
            out.add(new Listing(candidate.type(), candidate.value(), candidate.role(), feeds, mentioned));
        }
        if (!c.redacted()) {
            out.add(new Listing("whois-field", "registrant-email:" + c.email(), "registrant", List.of(), false));
        }
        for (String ns : c.nameServers()) {
            out.add(new Listing("whois-field", "name-server:" + ns, "name-server", List.of(), false));
        }
        if (c.analyticsId() != null) {
            out.add(new Listing(
                    "tracker", "GoogleAnalyticsTrackingId:" + c.analyticsId(), "tracker", List.of(), false));
        }
        out.add(new Listing("cert", c.certificate().sha256(), "certificate", List.of(), false));
        for (Campaign.Domain d : c.domains()) {
            if (d.role().equals("phishing")) {
                out.add(new Listing(
                        "cookie", CampaignRecords.kitCookie(c) + "@" + d.name(), "kit-cookie", List.of(), false));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> feeds(String type, long rank) {
        int pick = (int) Math.floorMod(rank >>> 8, 6);
        List<String> feeds = new ArrayList<>(2);
        feeds.add(
                switch (type) {
                    case "url" -> "urlhaus";
                    case "domain" -> pick < 2 ? "threatfox" : pick < 4 ? "csv" : "stix";
                    case "ip" -> pick < 3 ? "threatfox" : "csv";
                    case "sha256" -> pick < 3 ? "threatfox" : "stix";
                    default -> pick < 3 ? "threatfox" : "csv";
                });
        if (!type.equals("url") && pick == 5) {
            feeds.add("misp");
        }
        return feeds;
    }

    private static long rank(long seed, String value) {
        long h = seed;
        for (int i = 0; i < value.length(); i++) {
            h = Rng.mix(h ^ value.charAt(i));
        }
        return h;
    }
}
