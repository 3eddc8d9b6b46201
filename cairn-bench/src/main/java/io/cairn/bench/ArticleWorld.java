package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Article;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/** Reports of a world, each mentioning three to twenty artifacts its indicators name. */
final class ArticleWorld implements Iterator<Article> {

    private final WorldPools pools;
    private final long count;
    private long next;

    ArticleWorld(WorldPools pools) {
        this.pools = pools;
        this.count = pools.shape().articles();
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long k = next++;
        SplittableRandom r =
                new SplittableRandom(WorldPools.mix(k, pools.shape().seed() + 505));
        Set<Artifact> mentioned = new LinkedHashSet<>();
        int mentions = 3 + r.nextInt(18);
        long indicators = Math.max(1, pools.shape().indicators());
        for (int i = 0; i < mentions; i++) {
            mentioned.add(IndicatorWorld.artifact(pools, r.nextLong(indicators)));
        }
        Instant published =
                Instant.ofEpochMilli(TelemetryWorld.START + r.nextLong(TelemetryWorld.END - TelemetryWorld.START));
        return new Article(
                "vendor-reports",
                "report--bench-" + k,
                "https://reports.example.org/" + k,
                "Campaign report " + k,
                "Infrastructure and indicators of campaign " + k + ".",
                null,
                published,
                published,
                Tlp.CLEAR,
                Set.of("campaign"),
                mentioned,
                Set.of());
    }
}
