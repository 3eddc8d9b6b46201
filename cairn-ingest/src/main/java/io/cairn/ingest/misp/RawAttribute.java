package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;

/** One attribute as read, with where it starts: {@code path} like {@code $.Event.Object[3].Attribute[1]}. */
record RawAttribute(String path, long line, JsonNode node) {}
