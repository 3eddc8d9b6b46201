package io.cairn.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies into records. A body that is not JSON, has an unknown field or a value
 * of the wrong type is a 400 naming the field or the position; class names never show.
 */
public final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Bodies() {}

    public static <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestResponse("a JSON body is required");
        }
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestResponse("unknown field '" + path(e) + "'");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new BadRequestResponse(invalid.getMessage());
            }
            String field = path(e);
            throw new BadRequestResponse(
                    field.isEmpty()
                            ? "the body is not the expected JSON object"
                            : "field '" + field + "' is not valid");
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BadRequestResponse("the body is not JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
