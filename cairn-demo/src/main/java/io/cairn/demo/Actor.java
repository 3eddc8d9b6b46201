package io.cairn.demo;

import java.util.List;

/** The fixed part of a campaign: a fictional actor, its habits and its target. */
record Actor(
        String name,
        List<String> aliases,
        String malware,
        boolean phishing,
        int brand,
        boolean redacted,
        boolean ownNameServers,
        boolean tracker,
        boolean selfSigned,
        String summary) {

    static final List<Actor> ALL = List.of(
            new Actor(
                    "Glass Heron",
                    List.of("HeronPhish", "TA-Glass"),
                    "HeronKit",
                    true,
                    0,
                    false,
                    true,
                    true,
                    false,
                    "credential phishing against Novabank customers with lookalike login pages"),
            new Actor(
                    "Copper Lantern",
                    List.of("LanternOps", "CL-7"),
                    "LanternRAT",
                    false,
                    2,
                    true,
                    true,
                    false,
                    true,
                    "a remote-access trojan whose servers share one self-signed certificate"),
            new Actor(
                    "Quiet Orchard",
                    List.of("Orchard Smishers"),
                    "OrchardKit",
                    true,
                    1,
                    false,
                    false,
                    true,
                    false,
                    "parcel-delivery text-message lures impersonating Swiftparcel, hidden on shared hosting"),
            new Actor(
                    "Paper Kestrel",
                    List.of("KestrelPhish", "Grey Quill"),
                    "KestrelKit",
                    true,
                    5,
                    true,
                    true,
                    false,
                    false,
                    "mailbox credential theft against Mailorbit users, one certificate across its hosts"),
            new Actor(
                    "Saffron Tide",
                    List.of("TideGroup", "ST-22"),
                    "TideLoader",
                    false,
                    4,
                    false,
                    false,
                    false,
                    true,
                    "a loader spread by invoice lures, fetching payloads from rotating servers"),
            new Actor(
                    "Iron Meadow",
                    List.of("MeadowTeam"),
                    "MeadowStealer",
                    true,
                    3,
                    false,
                    true,
                    true,
                    false,
                    "fake Marta shop pages that skim cards and drop an information stealer"));
}
