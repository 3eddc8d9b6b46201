package io.cairn.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scatters the campaigns' records among the benign sites' records, at positions drawn from the
 * seed, so that campaign infrastructure is not bunched at one end of any file.
 */
final class Interleave {
    /** Records a benign site writes on average, to place campaign records before the end. */
    private static final int RECORDS_PER_SITE = 14;

    private record Slot(long afterSite, Campaign campaign, int domain) {}

    private final List<Slot> slots;
    private final boolean[] certificateWritten;
    private int next;

    Interleave(long seed, long scale, List<Campaign> campaigns) {
        int sites = (int) Math.max(Brand.ALL.size() + 1, Math.min(Integer.MAX_VALUE, scale / RECORDS_PER_SITE));
        List<Slot> slots = new ArrayList<>();
        for (Campaign c : campaigns) {
            for (int d = 0; d < c.domains().size(); d++) {
                Rng rng = Rng.of(seed, 700, c.index() * 1000L + d);
                slots.add(new Slot(Brand.ALL.size() + rng.below(sites - Brand.ALL.size()), c, d));
            }
        }
        slots.sort(Comparator.comparingLong(Slot::afterSite));
        this.slots = slots;
        this.certificateWritten = new boolean[campaigns.size()];
    }

    /** Writes the campaign records due once {@code sitesWritten} sites are out. */
    void after(long sitesWritten, CampaignRecords records) throws IOException {
        while (next < slots.size() && slots.get(next).afterSite() <= sitesWritten) {
            write(slots.get(next++), records);
        }
    }

    /** Writes whatever was placed beyond the last site. */
    void rest(CampaignRecords records) throws IOException {
        while (next < slots.size()) {
            write(slots.get(next++), records);
        }
    }

    private void write(Slot slot, CampaignRecords records) throws IOException {
        Campaign c = slot.campaign();
        if (!certificateWritten[c.index()]) {
            records.certificate(c);
            certificateWritten[c.index()] = true;
        }
        records.write(c, slot.domain());
    }
}
