package io.cairn.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3 document of the REST API, built from the declared routes. */
final class OpenApiDocument {
    private static final Map<String, Object> PROBLEM = Map.of(
            "content",
            Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));

    private OpenApiDocument() {}

    static Map<String, Object> of(String version, List<Route> routes) {
        JsonSchemas schemas = new JsonSchemas();
        schemas.of(Problem.class);
        Map<String, Object> paths = new TreeMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new TreeMap<>());
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas.components());
        components.put(
                "securitySchemes",
                Map.of(
                        "bearer", Map.of("type", "http", "scheme", "bearer"),
                        "apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-API-Key")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "Cairn REST API",
                        "version",
                        version,
                        "description",
                        "Artifacts, their telemetry, intel profiles and articles. Every route needs an API key;"
                                + " errors are RFC 9457 problem details; lists are paged with limit and cursor."));
        doc.put("security", List.of(Map.of("bearer", List.of()), Map.of("apiKey", List.of())));
        doc.put("paths", paths);
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(Route route, JsonSchemas schemas) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        List<Map<String, Object>> params = new ArrayList<>();
        for (Param p : route.params()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.name());
            param.put("in", p.in().name().toLowerCase(Locale.ROOT));
            param.put("required", p.required());
            param.put("description", p.description());
            param.put("schema", p.schema());
            params.add(param);
        }
        op.put("parameters", params);
        if (route.body() != null) {
            op.put(
                    "requestBody",
                    Map.of(
                            "required",
                            true,
                            "content",
                            Map.of("application/json", Map.of("schema", schemas.of(route.body())))));
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("application/json", Map.of("schema", body(route.response(), schemas)));
        if (route.response().csv()) {
            content.put("text/csv", Map.of("schema", Map.of("type", "string")));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content", content));
        responses.put("400", describe("Bad parameters, named in the detail"));
        responses.put("401", describe("No valid API key"));
        responses.put("403", describe("The caller's role may not do this"));
        responses.put("404", describe("No such artifact or record"));
        if (route.body() != null) {
            responses.put("413", describe("The request body is too large"));
        }
        responses.put("500", describe("Internal error"));
        op.put("responses", responses);
        op.put("x-cairn-role", route.role().id());
        return op;
    }

    private static Map<String, Object> body(Response response, JsonSchemas schemas) {
        if (!response.paged()) {
            return schemas.of(response.type());
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("type", "object");
        page.put(
                "properties",
                Map.of(
                        "items", Map.of("type", "array", "items", schemas.of(response.type())),
                        "next", Map.of("type", "string", "nullable", true)));
        page.put("required", List.of("items"));
        return page;
    }

    private static Map<String, Object> describe(String text) {
        Map<String, Object> r = new LinkedHashMap<>(PROBLEM);
        r.put("description", text);
        return r;
    }

    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().substring("/api/v1/".length()).split("[/{}-]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    /** RFC 9457 problem details, as every error answers. */
    record Problem(String type, String title, int status, String detail, String instance) {}
}
