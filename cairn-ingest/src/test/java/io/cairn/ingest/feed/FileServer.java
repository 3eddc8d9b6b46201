package io.cairn.ingest.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** Files over HTTP on loopback, optionally sent with {@code Content-Encoding: gzip}. */
final class FileServer implements AutoCloseable {
    private record File(byte[] body, boolean gzip) {}

    private final HttpServer server;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    FileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestURI().getPath());
                File file = files.get(exchange.getRequestURI().getPath());
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (file.gzip()) {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                }
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                byte[] body = file.gzip() ? gzip(file.body()) : file.body();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    void put(String path, byte[] body, boolean gzip) {
        files.put(path, new File(body, gzip));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
