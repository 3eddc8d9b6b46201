package io.cairn.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Zeek ssl.log, x509.log and http.log in the ASCII writer's TSV form, with their standard headers. */
final class Zeek {
    private static final String SSL_FIELDS = "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tversion\tcipher"
            + "\tcurve\tserver_name\tresumed\tlast_alert\tnext_protocol\testablished\tssl_history\tcert_chain_fps"
            + "\tclient_cert_chain_fps\tsni_matches_cert";
    private static final String SSL_TYPES = "time\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring"
            + "\tbool\tstring\tstring\tbool\tstring\tvector[string]\tvector[string]\tbool";
    private static final String X509_FIELDS = "ts\tfingerprint\tcertificate.version\tcertificate.serial"
            + "\tcertificate.subject\tcertificate.issuer\tcertificate.not_valid_before\tcertificate.not_valid_after"
            + "\tcertificate.key_alg\tcertificate.sig_alg\tcertificate.key_type\tcertificate.key_length"
            + "\tcertificate.exponent\tcertificate.curve\tsan.dns\tsan.uri\tsan.email\tsan.ip\tbasic_constraints.ca"
            + "\tbasic_constraints.path_len\thost_cert\tclient_cert";
    private static final String X509_TYPES = "time\tstring\tcount\tstring\tstring\tstring\ttime\ttime\tstring"
            + "\tstring\tstring\tcount\tstring\tstring\tvector[string]\tvector[string]\tvector[string]\tvector[addr]"
            + "\tbool\tcount\tbool\tbool";
    private static final String HTTP_FIELDS = "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth"
            + "\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len"
            + "\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids"
            + "\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types\tcookie_vars";
    private static final String HTTP_TYPES = "time\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring"
            + "\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring"
            + "\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]"
            + "\tvector[string]\tvector[string]\tvector[string]";
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private final OutFile ssl;
    private final OutFile x509;
    private final OutFile http;

    Zeek(OutFile ssl, OutFile x509, OutFile http) throws IOException {
        this.ssl = ssl;
        this.x509 = x509;
        this.http = http;
        header(ssl, "ssl", SSL_FIELDS, SSL_TYPES);
        header(x509, "x509", X509_FIELDS, X509_TYPES);
        header(http, "http", HTTP_FIELDS, HTTP_TYPES);
    }

    private static void header(OutFile file, String path, String fields, String types) throws IOException {
        file.text()
                .write("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\t" + path
                        + "\n#open\t" + open() + "\n#fields\t" + fields + "\n#types\t" + types + "\n");
    }

    private static String open() {
        return Times.iso(Times.START).substring(0, 19).replace('T', '-').replace(':', '-');
    }

    long counted() {
        return ssl.records() + http.records();
    }

    void ssl(
            Instant ts,
            Rng rng,
            String client,
            String server,
            int port,
            String serverName,
            String fingerprint,
            String issuerFingerprint)
            throws IOException {
        String chain = issuerFingerprint.isEmpty() ? fingerprint : fingerprint + "," + issuerFingerprint;
        ssl.line(Times.zeek(ts) + "\t" + uid(rng) + "\t" + client + "\t" + rng.between(32768, 60999) + "\t" + server
                + "\t" + port + "\tTLSv13\tTLS_AES_128_GCM_SHA256\tx25519\t" + serverName + "\tF\t-\th2\tT\tCsiI\t"
                + chain + "\t(empty)\tT");
    }

    void x509(Instant ts, Certificate c) throws IOException {
        String sans = c.names().isEmpty() ? "-" : String.join(",", c.names());
        x509.line(Times.zeek(ts) + "\t" + c.sha256() + "\t3\t" + c.serial() + "\t" + c.subject() + "\t" + c.issuer()
                + "\t" + Times.zeek(c.notBefore()) + "\t" + Times.zeek(c.notAfter())
                + "\trsaEncryption\tsha256WithRSAEncryption\trsa\t2048\t65537\t-\t" + sans + "\t-\t-\t-\t"
                + (c.authority() ? "T\t0\tF\tF" : "F\t-\tT\tF"));
    }

    void http(
            Instant ts,
            Rng rng,
            String client,
            String server,
            String host,
            String uri,
            String referrer,
            List<String> cookies)
            throws IOException {
        String cookieVars = cookies.isEmpty() ? "(empty)" : String.join(",", cookies);
        http.line(Times.zeek(ts) + "\t" + uid(rng) + "\t" + client + "\t" + rng.between(32768, 60999) + "\t" + server
                + "\t80\t1\tGET\t" + host + "\t" + uri + "\t" + (referrer.isEmpty() ? "-" : referrer) + "\t1.1\t"
                + USER_AGENT + "\t-\t0\t" + rng.between(200, 90000) + "\t200\tOK\t-\t-\t(empty)\t-\t-\t-\t-\t-\t-\t-\t-"
                + "\ttext/html\t" + cookieVars);
    }

    private static String uid(Rng rng) {
        return "C" + rng.hex(17);
    }

    void close() throws IOException {
        String close = "#close\t"
                + Times.iso(Times.END).substring(0, 19).replace('T', '-').replace(':', '-') + "\n";
        for (OutFile f : List.of(ssl, x509, http)) {
            f.text().write(close);
        }
    }
}
