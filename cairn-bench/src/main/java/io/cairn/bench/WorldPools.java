package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The named things of a world, each a pure function of the shape and an index: registered domains
 * (sorted, so observations can be written in key order), addresses, name servers, registrars,
 * trackers, certificates. Values are canonical as Cairn stores them.
 */
final class WorldPools {

    private static final String[] SYLLABLES = {
        "ba", "be", "bo", "da", "de", "di", "fa", "fe", "ga", "go", "ha", "ka", "ke", "ki", "ko", "la", "le", "li",
        "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "po", "ra", "re", "ri", "ro", "sa",
        "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo", "tan", "mer", "lin", "bar", "sol",
        "ver", "net", "cor", "dex", "mar", "pix", "ron"
    };
    private static final String[] WORDS = {
        "shop", "cloud", "mail", "secure", "login", "media", "store", "news", "app", "web", "pay", "tech", "group",
        "online", "data", "home", "smart", "best", "world", "hub"
    };
    private static final String[] TLDS = {
        "com", "com", "com", "com", "com", "net", "net", "org", "io", "xyz", "top", "info", "de", "ru", "shop", "co"
    };
    // First octets of public unicast space, so no generated address is private or reserved.
    private static final int[] PUBLIC_OCTETS = {
        5, 23, 31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 85, 87, 89, 91, 92, 93, 94, 95, 103, 104, 107, 109, 116, 138,
        139, 141, 142, 146, 149, 154, 157, 158, 159, 162, 165, 167, 172, 176, 178, 185, 188, 193, 194, 195, 198, 207,
        209, 212, 213, 216, 217
    };
    /** Content delivery networks: one /24 each, thousands of tenants per range. */
    static final String[] CDN_PREFIXES = {"151.101.64", "104.18.32", "13.224.96", "23.205.16", "199.232.8", "146.75.40"
    };

    private static final String[] REGISTRARS = {
        "NameCheap, Inc.",
        "GoDaddy.com, LLC",
        "Tucows Domains Inc.",
        "Key-Systems GmbH",
        "PDR Ltd.",
        "NameSilo, LLC",
        "Porkbun LLC",
        "Dynadot LLC",
        "Gandi SAS",
        "OVH sas",
        "Hostinger Operations, UAB",
        "Network Solutions, LLC",
        "Regional Network Information Center",
        "Alibaba Cloud Computing Ltd.",
        "Web Commerce Communications Limited",
        "eNom, LLC",
        "IONOS SE",
        "Cloudflare, Inc.",
        "MarkMonitor Inc.",
        "Register.com, Inc."
    };
    private static final String[] PRIVACY_EMAILS = {
        "privacy@withheldforprivacy.com",
        "contact@privacyprotect.org",
        "abuse@whoisguard.com",
        "proxy@domainsbyproxy.com",
        "redacted@redacted-for-privacy.net"
    };
    private static final String[] COMPONENTS = {
        "Server/nginx/1.18.0", "Server/nginx/1.24.0", "Server/Apache/2.4.41", "Server/LiteSpeed",
        "CMS/WordPress/6.4.2", "CMS/WordPress/5.8.1", "JavaScript/jQuery/3.6.0", "JavaScript/jQuery/1.12.4",
        "Server/cloudflare", "Framework/Bootstrap/5.3.0", "Analytics/Google Analytics", "CMS/Joomla/4.2.0",
        "Server/Microsoft-IIS/10.0", "JavaScript/React/18.2.0", "Hosting/Plesk"
    };

    private final WorldShape shape;
    private final String[] domains;

    private WorldPools(WorldShape shape, String[] domains) {
        this.shape = shape;
        this.domains = domains;
    }

    /** The pools of a shape; generates and sorts the domain names (about a second per million). */
    static WorldPools of(WorldShape shape) {
        SplittableRandom random = new SplittableRandom(shape.seed() * 0x9E3779B97F4A7C15L + 1);
        int count = shape.domains();
        Set<String> names = new HashSet<>(count * 2);
        while (names.size() < count) {
            names.add(domainName(random));
        }
        String[] sorted = names.toArray(String[]::new);
        Arrays.sort(sorted);
        return new WorldPools(shape, sorted);
    }

    private static String domainName(SplittableRandom random) {
        StringBuilder name = new StringBuilder(24);
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        int flavour = random.nextInt(10);
        if (flavour < 3) {
            name.append('-').append(WORDS[random.nextInt(WORDS.length)]);
        } else if (flavour < 5) {
            name.append(random.nextInt(1000));
        }
        return name.append('.').append(TLDS[random.nextInt(TLDS.length)]).toString();
    }

    WorldShape shape() {
        return shape;
    }

    int domainCount() {
        return domains.length;
    }

    /** The {@code i}-th registered domain in value order. */
    Artifact domain(int i) {
        return Artifact.of(ArtifactType.DOMAIN, domains[i]);
    }

    /** An address of one tenant (or a few, by chance). */
    Artifact dedicatedAddress(long i) {
        return Artifact.of(ArtifactType.IP, address(mix(i, shape.seed())));
    }

    /** A shared-hosting address. */
    Artifact sharedHost(int i) {
        return Artifact.of(ArtifactType.IP, address(mix(i, shape.seed() + 7)));
    }

    Artifact cdnAddress(int cdn, int host) {
        return Artifact.of(ArtifactType.IP, CDN_PREFIXES[cdn] + "." + host);
    }

    Artifact nameServer(int provider, int which) {
        return Artifact.of(ArtifactType.DOMAIN, "ns" + which + "." + providerName(provider, 13) + ".net");
    }

    Artifact mailExchanger(int provider) {
        return provider == 0
                ? Artifact.of(ArtifactType.DOMAIN, "aspmx.l.google.com")
                : Artifact.of(ArtifactType.DOMAIN, "mx." + providerName(provider, 13) + ".net");
    }

    /** A host that serves scripts and images to many sites. */
    Artifact assetHost(int i) {
        return Artifact.of(ArtifactType.DOMAIN, "static." + providerName(i, 17) + "cdn.net");
    }

    Artifact registrar(int i) {
        return whois("registrar", REGISTRARS[i]);
    }

    static int registrars() {
        return REGISTRARS.length;
    }

    Artifact privacyEmail(int i) {
        return whois("registrant-email", PRIVACY_EMAILS[i]);
    }

    static int privacyEmails() {
        return PRIVACY_EMAILS.length;
    }

    /** A registrant address used by a handful of domains of one owner. */
    Artifact sharedEmail(long i) {
        return whois(
                "registrant-email",
                "reg" + Long.toString(mix(i, shape.seed() + 3) & 0xFFFFFFFL, 36) + "@"
                        + (i % 3 == 0 ? "gmail.com" : i % 3 == 1 ? "proton.me" : "yandex.ru"));
    }

    Artifact ownEmail(int domain) {
        return whois("registrant-email", "admin@" + domains[domain]);
    }

    Artifact nameServerField(int provider, int which) {
        return whois("name-server", nameServer(provider, which).value());
    }

    Artifact organisation(long i) {
        String name = providerName(i, 19);
        return whois("registrant-org", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Ltd");
    }

    Artifact tracker(long account) {
        return Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-" + (1_000_000 + account) + "-1");
    }

    Artifact tagManager(long i) {
        return Artifact.of(
                ArtifactType.TRACKER,
                "GoogleTagManagerId:GTM-"
                        + Long.toString(mix(i, shape.seed() + 5) & 0x7FFFFFFFL, 36)
                                .toUpperCase(Locale.ROOT));
    }

    /** A certificate by its SHA-1 fingerprint; certificate {@code i} of pool {@code salt}. */
    Artifact certificate(long i, long salt) {
        return Artifact.of(ArtifactType.CERT, hex(i, salt, 40));
    }

    Artifact component(int i) {
        return Artifact.of(ArtifactType.COMPONENT, COMPONENTS[i]);
    }

    static int components() {
        return COMPONENTS.length;
    }

    /** A SHA-256 hash of a file only indicators speak of. */
    Artifact fileHash(long i) {
        return Artifact.of(ArtifactType.SHA256, hex(i, shape.seed() + 11, 64));
    }

    String hex(long i, long salt, int digits) {
        StringBuilder hex = new StringBuilder(digits);
        long state = mix(i, salt);
        while (hex.length() < digits) {
            state = mix(state, salt + hex.length());
            hex.append(String.format(Locale.ROOT, "%016x", state));
        }
        return hex.substring(0, digits);
    }

    /** A made-up company name, distinct for each {@code (i, salt)}. */
    private String providerName(long i, long salt) {
        long v = mix(i, shape.seed() + salt);
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            name.append(SYLLABLES[(int) Long.remainderUnsigned(v >>> (k * 8), SYLLABLES.length)]);
        }
        return name.append(i).toString();
    }

    private static Artifact whois(String field, String value) {
        return Artifact.of(ArtifactType.WHOIS_FIELD, field + ":" + value);
    }

    private static String address(long v) {
        int first = PUBLIC_OCTETS[(int) Long.remainderUnsigned(v, PUBLIC_OCTETS.length)];
        return first + "." + ((v >>> 16) & 0xFF) + "." + ((v >>> 24) & 0xFF) + "." + (1 + ((v >>> 32) & 0xFF) % 254);
    }

    /** SplitMix64 finaliser over an index and a salt: a cheap, well-spread hash. */
    static long mix(long i, long salt) {
        long z = i * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
