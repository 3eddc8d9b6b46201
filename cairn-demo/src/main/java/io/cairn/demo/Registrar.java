package io.cairn.demo;

import java.util.List;

/** A domain registrar: fictional, with an IANA-style id and an abuse contact. */
record Registrar(String name, int ianaId, String domain) {
    static final List<Registrar> ALL = List.of(
            new Registrar("Lanternbay Names LLC", 9101, "lanternbay-names.com"),
            new Registrar("Meridian Domains Inc.", 9102, "meridian-domains.com"),
            new Registrar("Quillstone Registry Services", 9103, "quillstone-registry.net"),
            new Registrar("Portolan Names GmbH", 9104, "portolan-names.de"),
            new Registrar("Bramblewick Domains Ltd", 9105, "bramblewick-domains.co.uk"),
            new Registrar("Northgate Registrar SAS", 9106, "northgate-registrar.fr"),
            new Registrar("Tidewater Names Corp.", 9107, "tidewater-names.com"),
            new Registrar("Cheapnym Registrar", 9108, "cheapnym-registrar.xyz"));

    /** The low-cost registrar with lax checks that most campaigns prefer. */
    static final Registrar LAX = ALL.get(7);

    String abuseEmail() {
        return "abuse@" + domain;
    }
}
