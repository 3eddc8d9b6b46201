package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** One MISP object as read, whole, with where it starts; {@code json} is null when it is not an object. */
record RawObject(String path, long line, @Nullable ObjectNode json) {}
