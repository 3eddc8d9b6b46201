package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The observations of a world, exactly {@code shape.observations()} distinct facts, registered domain
 * by registered domain in value order, so that a bulk load meets its subjects in key order.
 *
 * <p>Per domain: a few resolutions (to a dedicated address, a shared-hosting address with thousands of
 * tenants, or a CDN range), sometimes a PTR back; name servers and mail exchangers of a hosting
 * provider (a few providers host a large share); WHOIS registrar (twenty, very uneven), registrant
 * e-mail (own, shared by a handful of domains of one owner, or a privacy proxy used by thousands),
 * name server and organisation; Google Analytics and Tag Manager ids shared by a few domains (one by
 * thousands); certificates shared by a few domains, CDN wildcards by thousands; web components; host
 * pairs to asset hosts. Times fall between 2016 and late 2026.
 */
final class TelemetryWorld implements Iterator<Observation> {

    static final long START = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
    static final long END = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;
    private static final String[] SOURCES = {"passive-dns", "sensor-eu", "crawler", "whois-history"};

    private final WorldPools pools;
    private final long limit;
    private final Zipf sharedHosts;
    private final Zipf providers;
    private final Zipf registrars;
    private final Zipf privacy;
    private final Zipf components;
    private final Zipf assetHosts;
    private final ArrayDeque<Observation> pending = new ArrayDeque<>();
    private final Set<Artifact> seenObjects = new HashSet<>();
    private long emitted;
    private int nextDomain;

    TelemetryWorld(WorldPools pools) {
        this.pools = pools;
        WorldShape shape = pools.shape();
        this.limit = shape.observations();
        this.sharedHosts = new Zipf(shape.sharedHosts(), 1.0);
        this.providers = new Zipf(shape.providers(), 1.0);
        this.registrars = new Zipf(WorldPools.registrars(), 1.1);
        this.privacy = new Zipf(WorldPools.privacyEmails(), 1.0);
        this.components = new Zipf(WorldPools.components(), 1.0);
        this.assetHosts = new Zipf(300, 1.0);
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && emitted < limit && nextDomain < pools.domainCount()) {
            generate(nextDomain++);
        }
        return !pending.isEmpty() && emitted < limit;
    }

    @Override
    public Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        emitted++;
        return pending.removeFirst();
    }

    /** Registered domains the stream has started so far. */
    int domainsUsed() {
        return nextDomain;
    }

    private void generate(int index) {
        SplittableRandom r =
                new SplittableRandom(WorldPools.mix(index, pools.shape().seed() + 101));
        Artifact domain = pools.domain(index);
        long first = START + r.nextLong(END - START - 30 * DAY);
        long last = Math.min(END, first + DAY + (long) (-Math.log(1 - r.nextDouble()) * 700 * DAY));
        Window window = new Window(first, last);
        seenObjects.clear();
        resolutions(r, domain, window);
        int provider = providers.next(r);
        add(r, window, domain, Dataset.DNS_RECORD, pools.nameServer(provider, 1), "rrtype", "NS");
        add(r, window, domain, Dataset.DNS_RECORD, pools.nameServer(provider, 2), "rrtype", "NS");
        if (r.nextInt(10) < 3) {
            add(r, window, domain, Dataset.DNS_RECORD, pools.nameServer(providers.next(r), 1), "rrtype", "NS");
        }
        if (r.nextBoolean()) {
            add(
                    r,
                    window,
                    domain,
                    Dataset.DNS_RECORD,
                    pools.mailExchanger(r.nextInt(10) < 3 ? 0 : provider),
                    "rrtype",
                    "MX");
        }
        whois(r, domain, index, provider, window);
        web(r, domain, window);
    }

    private void resolutions(SplittableRandom r, Artifact domain, Window window) {
        int hosting = r.nextInt(100);
        int cdn = r.nextInt(WorldPools.CDN_PREFIXES.length);
        int count = 1;
        while (count < 8 && r.nextDouble() < 0.55) {
            count++;
        }
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(10) < 8 ? hosting : r.nextInt(100);
            Artifact address;
            if (kind < 12) {
                address = pools.sharedHost(sharedHosts.next(r));
            } else if (kind < 32) {
                address = pools.cdnAddress(cdn, 1 + r.nextInt(254));
            } else {
                address = pools.dedicatedAddress(r.nextLong(pools.shape().dedicatedAddresses()));
            }
            if (add(r, window, domain, Dataset.RESOLUTION, address, "rrtype", "A")
                    && kind >= 32
                    && r.nextInt(100) < 8) {
                pending.add(observation(r, window, address, Dataset.REVERSE_DNS, domain, "rrtype", "PTR"));
            }
        }
    }

    private void whois(SplittableRandom r, Artifact domain, int index, int provider, Window window) {
        add(r, window, domain, Dataset.WHOIS, pools.registrar(registrars.next(r)), "contact", "registrar");
        int email = r.nextInt(100);
        Artifact registrant = email < 55
                ? pools.ownEmail(index)
                : email < 80 ? pools.privacyEmail(privacy.next(r)) : pools.sharedEmail(r.nextLong(domainsOver(20)));
        add(r, window, domain, Dataset.WHOIS, registrant, "contact", "registrant");
        add(r, window, domain, Dataset.WHOIS, pools.nameServerField(provider, 1), "contact", "technical");
        if (r.nextInt(10) < 3) {
            add(
                    r,
                    window,
                    domain,
                    Dataset.WHOIS,
                    pools.organisation(r.nextLong(domainsOver(40))),
                    "contact",
                    "registrant");
        }
    }

    private void web(SplittableRandom r, Artifact domain, Window window) {
        if (r.nextInt(100) < 35) {
            long account = r.nextInt(100) < 2 ? 0 : 1 + r.nextLong(domainsOver(8));
            add(r, window, domain, Dataset.TRACKER, pools.tracker(account));
        }
        if (r.nextInt(100) < 10) {
            add(r, window, domain, Dataset.TRACKER, pools.tagManager(r.nextLong(domainsOver(10))));
        }
        if (r.nextInt(100) < 45) {
            Artifact cert = r.nextInt(100) < 15
                    ? pools.certificate(r.nextInt(WorldPools.CDN_PREFIXES.length), 1)
                    : pools.certificate(r.nextLong(domainsOver(3)), 2);
            add(r, window, domain, Dataset.CERTIFICATE, cert, "port", "443");
        }
        int componentCount = r.nextInt(100) < 25 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < componentCount; i++) {
            add(r, window, domain, Dataset.COMPONENT, pools.component(components.next(r)));
        }
        if (r.nextInt(100) < 12) {
            Artifact child = r.nextInt(10) < 7
                    ? pools.assetHost(assetHosts.next(r))
                    : pools.domain(r.nextInt(pools.domainCount()));
            if (!child.equals(domain)) {
                add(r, window, domain, Dataset.HOST_PAIR, child, "cause", "script.src");
            }
        }
    }

    private long domainsOver(int divisor) {
        return Math.max(1, pools.domainCount() / divisor);
    }

    private boolean add(SplittableRandom r, Window window, Artifact subject, Dataset dataset, Artifact object) {
        return add(r, window, subject, dataset, object, null, null);
    }

    /** Adds the fact unless the domain already has one with this object (any dataset: objects differ by type). */
    private boolean add(
            SplittableRandom r,
            Window window,
            Artifact subject,
            Dataset dataset,
            Artifact object,
            @Nullable String key,
            @Nullable String value) {
        if (!seenObjects.add(object)) {
            return false;
        }
        pending.add(observation(r, window, subject, dataset, object, key, value));
        return true;
    }

    private static Observation observation(
            SplittableRandom r,
            Window window,
            Artifact subject,
            Dataset dataset,
            Artifact object,
            @Nullable String key,
            @Nullable String value) {
        long span = window.last - window.first;
        long first = window.first + (long) (r.nextDouble() * span * 0.7);
        long last = first + (long) (r.nextDouble() * (window.last - first));
        long days = (last - first) / DAY;
        long count = 1 + (days == 0 ? 0 : r.nextLong(Math.min(days, 5_000)));
        Set<String> sources = r.nextInt(5) == 0
                ? Set.of(SOURCES[0], SOURCES[1 + r.nextInt(SOURCES.length - 1)])
                : Set.of(SOURCES[r.nextInt(SOURCES.length)]);
        Map<String, String> attributes = key == null || value == null ? Map.of() : Map.of(key, value);
        return new Observation(
                subject,
                dataset,
                object,
                Instant.ofEpochMilli(first),
                Instant.ofEpochMilli(last),
                count,
                sources,
                attributes);
    }

    private record Window(long first, long last) {}
}
