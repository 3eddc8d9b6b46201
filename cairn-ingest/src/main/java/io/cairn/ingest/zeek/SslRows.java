package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ssl.log rows: the server certificate, seen at the responder address and under the SNI name. */
final class SslRows implements RowMapper {

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        List<String> fingerprints = row.list("cert_chain_fps");
        if (fingerprints.isEmpty()) {
            if (!row.list("cert_chain_fuids").isEmpty()) {
                throw new BadRow(
                        "cert_chain_fuids",
                        "the certificates are named only by file ids (cert_chain_fuids), whose fingerprints are in "
                                + "x509.log; Cairn needs cert_chain_fps, which newer Zeek writes");
            }
            return List.of();
        }
        Artifact cert = Values.artifact(ArtifactType.CERT, "cert_chain_fps", fingerprints.get(0));
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
}
