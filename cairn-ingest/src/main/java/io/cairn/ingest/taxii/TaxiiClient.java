package io.cairn.ingest.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.Fetched;
import io.cairn.ingest.http.HttpFetcher;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads a TAXII 2.1 server through the guarded fetcher. Safe to share between threads. */
public final class TaxiiClient {
    public static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    private static final Map<String, String> ACCEPT = Map.of("Accept", MEDIA_TYPE);

    private final HttpFetcher fetcher;
    private final Credentials credentials;

    public TaxiiClient(HttpFetcher fetcher, Credentials credentials) {
        this.fetcher = fetcher;
        this.credentials = credentials;
    }

    /** The discovery resource, e.g. at {@code https://host/taxii2/}. */
    public TaxiiAnswer<Discovery> discovery(URI discovery) throws InterruptedException {
        return get(directory(discovery), TaxiiJson::discovery);
    }

    public TaxiiAnswer<ApiRoot> apiRoot(URI apiRoot) throws InterruptedException {
        return get(directory(apiRoot), TaxiiJson::apiRoot);
    }

    public TaxiiAnswer<List<Collection>> collections(URI apiRoot) throws InterruptedException {
        return get(directory(apiRoot).resolve("collections/"), TaxiiJson::collections);
    }

    /**
     * One page of a collection's objects added after {@code addedAfter}, continuing at {@code next}
     * when given.
     */
    public TaxiiAnswer<Page> objects(
            URI apiRoot, String collectionId, @Nullable String addedAfter, @Nullable String next, int limit)
            throws InterruptedException {
        StringBuilder query = new StringBuilder("limit=").append(limit);
        if (addedAfter != null) {
            query.append("&added_after=").append(encode(addedAfter));
        }
        if (next != null) {
            query.append("&next=").append(encode(next));
        }
        URI uri = directory(apiRoot).resolve("collections/" + encode(collectionId) + "/objects/?" + query);
        Fetched fetched = fetcher.get(uri, ACCEPT, credentials);
        return switch (fetched) {
            case Fetched.Failed failed -> new TaxiiAnswer.Failed<>(failed.reason());
            case Fetched.Ok ok -> {
                String wrong = wrongMediaType(ok);
                yield wrong != null
                        ? new TaxiiAnswer.Failed<>(wrong)
                        : TaxiiJson.page(
                                ok.body(), ok.header("X-TAXII-Date-Added-Last").orElse(null));
            }
        };
    }

    private <T> TaxiiAnswer<T> get(URI uri, Function<JsonNode, TaxiiAnswer<T>> parse) throws InterruptedException {
        Fetched fetched = fetcher.get(uri, ACCEPT, credentials);
        return switch (fetched) {
            case Fetched.Failed failed -> new TaxiiAnswer.Failed<>(failed.reason());
            case Fetched.Ok ok -> {
                String wrong = wrongMediaType(ok);
                yield wrong != null ? new TaxiiAnswer.Failed<>(wrong) : TaxiiJson.parse(ok.body(), uri, parse);
            }
        };
    }

    /** TAXII 2.1 answers in {@code application/taxii+json}, with {@code version=2.1} if any version. */
    private static @Nullable String wrongMediaType(Fetched.Ok ok) {
        String type = ok.contentType().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean taxii = type.startsWith("application/taxii+json")
                && (!type.contains("version=") || type.contains("version=2.1"));
        return taxii
                ? null
                : ok.uri() + " answered with media type '" + ok.contentType() + "', not " + MEDIA_TYPE
                        + ": is this a TAXII 2.1 server?";
    }

    private static URI directory(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") || uri.getRawQuery() != null ? uri : URI.create(text + "/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
