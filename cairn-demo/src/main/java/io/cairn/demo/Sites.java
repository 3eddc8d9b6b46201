package io.cairn.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Derives benign sites from (seed, index): the brands first, then names made of two words. */
final class Sites {
    private static final long NAME_STREAM = 1;
    private static final long SITE_STREAM = 2;
    private static final long OWNER_STREAM = 3;
    private static final long COMBOS = (long) Words.ADJECTIVES.length * Words.NOUNS.length;
    /** A prime above the number of word pairs: multiplying by it permutes them, so neighbours differ. */
    private static final long STEP = 1_000_003;
    /** Consecutive sites share an owner in groups of this size: registrant, analytics id. */
    private static final int OWNER_GROUP = 5;

    private static final String[] SERVERS = {
        "Server/nginx/1.24.0", "Server/nginx/1.18.0", "Server/Apache/2.4.58", "Server/Apache/2.4.41",
        "Server/LiteSpeed", "Server/Caddy/2.7.6", "Server/Microsoft-IIS/10.0", "Server/openresty/1.21.4.1"
    };
    private static final String[] APPS = {
        "CMS/WordPress/6.4.3", "CMS/WordPress/6.2.2", "CMS/Drupal/10.1.6", "CMS/Joomla/4.4.1",
        "Framework/Next.js/14.1.0", "Framework/Django", "Framework/Laravel", "Ecommerce/WooCommerce/8.5.1"
    };

    private final long seed;

    Sites(long seed) {
        this.seed = seed;
    }

    String name(long index) {
        if (index < Brand.ALL.size()) {
            return Brand.ALL.get((int) index).domain();
        }
        long k = index - Brand.ALL.size();
        long j = Math.floorMod(k * STEP, COMBOS);
        long n = k / COMBOS;
        String label = Words.ADJECTIVES[(int) (j % Words.ADJECTIVES.length)]
                + Words.NOUNS[(int) (j / Words.ADJECTIVES.length)]
                + (n > 0 ? Long.toString(n) : "");
        return label + "." + Rng.of(seed, NAME_STREAM, index).pick(Words.TLDS);
    }

    Site site(long index) {
        Rng rng = Rng.of(seed, SITE_STREAM, index);
        boolean brand = index < Brand.ALL.size();
        String name = name(index);
        Instant created = Times.daysBeforeEnd(brand ? rng.between(3000, 6000) : rng.between(20, 4000));
        Registrar registrar = brand ? Registrar.ALL.get(rng.below(3)) : rng.pick(Registrar.ALL);
        List<Hosting> hosting = hosting(rng, created, brand);
        Provider first = hosting.get(0).provider();
        Provider dns = first.kind() != Provider.Kind.BULLETPROOF && rng.percent(50) ? first : Providers.dnsFor(rng);
        Provider mail = rng.percent(60) ? dns : null;
        List<String> subdomains = new ArrayList<>(3);
        for (int i = rng.below(brand ? 6 : 4); i > 0; i--) {
            String sub = Words.SUBDOMAINS[1 + rng.below(Words.SUBDOMAINS.length - 1)];
            if (!subdomains.contains(sub)) {
                subdomains.add(sub);
            }
        }
        long owner = brand ? index : index / OWNER_GROUP;
        Rng ownerRng = Rng.of(seed, OWNER_STREAM, owner);
        Site.Registrant registrant = registrant(ownerRng, rng, brand ? Brand.ALL.get((int) index) : null);
        String analytics = ownerRng.percent(40) ? "UA-" + ownerRng.digits(8) + "-" + (1 + index % OWNER_GROUP) : null;
        List<String> components = new ArrayList<>(2);
        components.add(rng.pick(SERVERS));
        if (rng.percent(35)) {
            components.add(rng.pick(APPS));
        }
        List<String> cookies = new ArrayList<>(3);
        cookies.add(components.size() > 1 && components.get(1).startsWith("CMS/") ? "PHPSESSID" : "session");
        if (analytics != null) {
            cookies.add("_ga");
        }
        if (first.kind() == Provider.Kind.CDN) {
            cookies.add("__" + first.handle().substring(0, 2) + "_bm");
        }
        return new Site(
                index,
                name,
                created,
                registrar,
                registrant,
                dns,
                mail,
                hosting,
                subdomains,
                analytics,
                components,
                cookies,
                rng.between(1, 3));
    }

    private static List<Hosting> hosting(Rng rng, Instant created, boolean brand) {
        Instant start = Times.later(created, Times.START);
        int moves = brand ? 0 : (rng.percent(35) ? 1 : 0) + (rng.percent(10) ? 1 : 0);
        long span = Times.END.getEpochSecond() - start.getEpochSecond();
        List<Hosting> hosting = new ArrayList<>(moves + 1);
        Instant from = start;
        for (int i = 0; i <= moves; i++) {
            Instant to = i == moves
                    ? Times.END
                    : from.plusSeconds((long) ((span / (moves + 1)) * (0.5 + rng.below(100) / 100.0)));
            Provider provider = brand ? Providers.ALL.get(0) : Providers.forSite(rng);
            hosting.add(new Hosting(provider, provider.ip(rng.next()), from, to));
            from = to;
        }
        return hosting;
    }

    private static Site.Registrant registrant(Rng owner, Rng site, @org.jspecify.annotations.Nullable Brand brand) {
        String first = owner.pick(Words.FIRST_NAMES);
        String last = owner.pick(Words.LAST_NAMES);
        String country = owner.pick(Words.COUNTRIES);
        String phone = "+1." + owner.digits(10);
        if (brand != null) {
            return new Site.Registrant(
                    "Domain Administrator", brand.company(), "hostmaster@" + brand.domain(), phone, country, false);
        }
        if (site.percent(55)) {
            return new Site.Registrant(
                    "REDACTED FOR PRIVACY",
                    "Privacyguard Proxy Service",
                    site.hex(12) + "@privacyguard-proxy.com",
                    "REDACTED",
                    "IS",
                    true);
        }
        String org = capital(owner.pick(Words.ADJECTIVES)) + " " + capital(owner.pick(Words.NOUNS)) + " Co";
        String email = (first + "." + last).toLowerCase(Locale.ROOT) + owner.digits(3) + "@"
                + Brand.ALL.get(5).domain();
        return new Site.Registrant(first + " " + last, org, email, phone, country, false);
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
