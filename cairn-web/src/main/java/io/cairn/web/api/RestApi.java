package io.cairn.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Puts the declared routes on a server behind the API-key guard, and serves the OpenAPI document
 * at {@code /api/openapi.json} and Swagger UI at {@code /api/docs} (both hold no data, so both are
 * open).
 */
public final class RestApi {
    public static final String OPENAPI_PATH = "/api/openapi.json";
    public static final String DOCS_PATH = "/api/docs";

    private final List<Route> routes;
    private final Guard guard;
    private final String document;

    public RestApi(String version, ApiKeyAuthenticator authenticator, List<Route> routes) {
        this.routes = List.copyOf(routes);
        this.guard = new Guard(authenticator);
        try {
            this.document = new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(OpenApiDocument.of(version, this.routes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    public List<Route> routes() {
        return routes;
    }

    public void registerOn(Javalin javalin) {
        for (Route route : routes) {
            javalin.addHttpHandler(route.method(), route.path(), guard.around(route));
        }
        javalin.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(document));
        String page = SwaggerUi.page(swaggerUiVersion());
        javalin.get(DOCS_PATH, ctx -> ctx.html(page));
    }

    private static String swaggerUiVersion() {
        try (InputStream in =
                RestApi.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
