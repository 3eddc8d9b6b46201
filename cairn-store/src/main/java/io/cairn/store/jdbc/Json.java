package io.cairn.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.indicator.KillChainPhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The JSON forms of set, map and kill-chain columns: written by {@link JsonText}, read by Jackson. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeSet<String>> STRING_SET = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, String>>> PHASES = new TypeReference<>() {};

    private Json() {}

    static String strings(Collection<String> values) {
        return JsonText.strings(values);
    }

    static Set<String> strings(String json) {
        return read(json, STRING_SET);
    }

    static String map(Map<String, String> values) {
        return JsonText.map(values);
    }

    static Map<String, String> map(String json) {
        return read(json, STRING_MAP);
    }

    /** Kill-chain phases in STIX's own field names. */
    static String phases(List<KillChainPhase> phases) {
        List<Map<String, String>> out = new ArrayList<>(phases.size());
        for (KillChainPhase phase : phases) {
            out.add(Map.of("kill_chain_name", phase.killChainName(), "phase_name", phase.phaseName()));
        }
        return write(out);
    }

    static List<KillChainPhase> phases(String json) {
        List<KillChainPhase> out = new ArrayList<>();
        for (Map<String, String> phase : read(json, PHASES)) {
            out.add(new KillChainPhase(phase.get("kill_chain_name"), phase.get("phase_name")));
        }
        return out;
    }

    /** A list of strings, in order. */
    static List<String> list(String json) {
        return read(json, STRING_LIST);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed JSON column value: " + json, e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value, e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed JSON column value: " + json, e);
        }
    }
}
