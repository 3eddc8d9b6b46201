package io.cairn.app;

import io.cairn.ingest.Formats;
import io.cairn.ingest.attack.AttackFormat;
import io.cairn.ingest.cert.CertificateFormat;
import io.cairn.ingest.csv.FeodoFormat;
import io.cairn.ingest.csv.GenericCsvFormat;
import io.cairn.ingest.csv.MalwareBazaarFormat;
import io.cairn.ingest.csv.SentinelFormat;
import io.cairn.ingest.csv.SslblFormat;
import io.cairn.ingest.csv.ThreatFoxFormat;
import io.cairn.ingest.csv.UrlhausFormat;
import io.cairn.ingest.galaxy.GalaxyFormat;
import io.cairn.ingest.misp.MispEventFormat;
import io.cairn.ingest.observations.ObservationsFormat;
import io.cairn.ingest.pdns.CofFormat;
import io.cairn.ingest.rdap.RdapFormat;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.ingest.zeek.ZeekDnsFormat;
import io.cairn.ingest.zeek.ZeekHttpFormat;
import io.cairn.ingest.zeek.ZeekSslFormat;
import io.cairn.ingest.zeek.ZeekX509Format;
import java.util.List;

/** Every import format the application offers, built here and nowhere else. */
final class FormatCatalog {
    private FormatCatalog() {}

    static Formats formats() {
        return new Formats(List.of(
                new AttackFormat(),
                new StixBundleFormat(),
                new MispEventFormat(),
                new GalaxyFormat(),
                new CofFormat(),
                new ObservationsFormat(),
                new ZeekDnsFormat(),
                new ZeekSslFormat(),
                new ZeekHttpFormat(),
                new ZeekX509Format(),
                new RdapFormat(),
                new CertificateFormat(),
                new UrlhausFormat(),
                new MalwareBazaarFormat(),
                new ThreatFoxFormat(),
                new FeodoFormat(),
                new SslblFormat(),
                new SentinelFormat(),
                new GenericCsvFormat()));
    }
}
