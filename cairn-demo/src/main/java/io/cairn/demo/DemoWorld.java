package io.cairn.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a demo world into a directory: {@code import/} holds what {@code cairn import} reads,
 * {@code logs/} sample logs for detections, and {@code ground-truth.json} the answers. The same seed
 * and scale always give the same bytes.
 */
public final class DemoWorld {
    /** Observations written between two progress reports. */
    private static final int REPORT_EVERY = 1 << 14;

    private DemoWorld() {}

    /**
     * Writes a world of about {@code scale} observations (passive DNS lines, observation lines and
     * Zeek ssl/http rows) into {@code out}, creating it if needed and overwriting the files it writes.
     */
    public static WorldSummary generate(long seed, long scale, Path out, ProgressListener listener) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale is a number of observations, at least 1: " + scale);
        }
        List<Campaign> campaigns = Campaigns.of(seed);
        Sites sites = new Sites(seed);
        List<FileSummary> files = new ArrayList<>();
        long written;
        long siteCount;
        try (Streams streams = Streams.open(out)) {
            Telemetry telemetry = streams.telemetry();
            Rdap rdap = streams.rdap();
            Certificate appliance = Certificate.appliance(seed);
            SiteRecords siteRecords =
                    new SiteRecords(seed, sites, telemetry, rdap, Certificate.authorities(seed), appliance);
            telemetry.zeek().x509(Times.START, appliance);
            CampaignRecords campaignRecords = new CampaignRecords(seed, telemetry, rdap);
            for (Certificate ca : Certificate.authorities(seed)) {
                telemetry.zeek().x509(Times.START, ca);
            }
            Interleave interleave = new Interleave(seed, scale, campaigns);
            long next = REPORT_EVERY;
            siteCount = 0;
            while (telemetry.written() < scale || siteCount < Brand.ALL.size()) {
                siteRecords.write(sites.site(siteCount));
                siteCount++;
                interleave.after(siteCount, campaignRecords);
                if (telemetry.written() >= next) {
                    listener.progress(telemetry.written(), scale);
                    next = telemetry.written() + REPORT_EVERY;
                }
            }
            interleave.rest(campaignRecords);
            telemetry.zeek().close();
            written = telemetry.written();
            files.addAll(streams.summaries());
        }
        List<List<Listing>> listings = new ArrayList<>();
        for (Campaign c : campaigns) {
            listings.add(Listings.of(seed, c));
        }
        files.addAll(Feeds.write(out, seed, campaigns, listings));
        files.add(StixBundle.write(out, seed, campaigns, listings));
        files.add(MispEvents.write(out, seed, campaigns, listings));
        files.addAll(Logs.write(out, seed, Math.max(200, scale / 50), sites, siteCount, campaigns));
        files.add(GroundTruth.write(out, seed, scale, campaigns, listings));
        listener.progress(written, scale);
        return new WorldSummary(
                seed,
                scale,
                written,
                files,
                campaigns.stream().map(Campaign::name).toList());
    }
}
