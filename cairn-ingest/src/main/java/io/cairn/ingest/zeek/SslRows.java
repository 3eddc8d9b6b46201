package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** ssl.log rows: the server certificate, seen at the responder address and under the SNI name. */
final class SslRows implements RowMapper {

    private final FileIds fileIds;

    SslRows(FileIds fileIds) {
        this.fileIds = fileIds;
    }

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        Artifact cert = serverCertificate(row);
        if (cert == null) {
            return List.of();
        }
        Artifact responder = Values.artifact(ArtifactType.IP, "id.resp_h", Values.required(row, "id.resp_h"));
        String port = row.text("id.resp_p");
        Map<String, String> attributes = port == null ? Map.of() : Map.of("port", port);

        List<Item> items = new ArrayList<>(2);
        items.add(seen.item(responder, Dataset.CERTIFICATE, cert, attributes));
        String serverName = row.text("server_name");
        // Some clients send an address as SNI, which the responder observation already covers.
        if (serverName != null && Values.ipOrNull(serverName) == null) {
            Artifact domain = Values.artifact(ArtifactType.DOMAIN, "server_name", serverName);
            items.add(seen.item(domain, Dataset.CERTIFICATE, cert, attributes));
        }
        return items;
    }

    /** The first certificate of the chain, by fingerprint or by a file id the x509 logs resolve. */
    private @Nullable Artifact serverCertificate(ZeekRow row) throws BadRow {
        List<String> fingerprints = row.list("cert_chain_fps");
        if (!fingerprints.isEmpty()) {
            return Values.artifact(ArtifactType.CERT, "cert_chain_fps", fingerprints.get(0));
        }
        List<String> fileIds = row.list("cert_chain_fuids");
        if (fileIds.isEmpty()) {
            return null;
        }
        if (!this.fileIds.hasLogs()) {
            throw new BadRow(
                    "cert_chain_fuids",
                    "the certificates are named only by file ids (cert_chain_fuids), and no x509*.log lies beside "
                            + "this log to resolve them; put the x509.log of the same capture next to it");
        }
        String fingerprint = this.fileIds.fingerprint(fileIds.get(0));
        if (fingerprint == null) {
            throw new BadRow(
                    "cert_chain_fuids",
                    "file id " + fileIds.get(0) + " has no fingerprint in " + this.fileIds.logNames());
        }
        return Values.artifact(ArtifactType.CERT, "cert_chain_fuids", fingerprint);
    }
}
