package io.cairn.chain;

/** How an expansion crossed an edge: from its subject to its object, or back from the object. */
public enum Direction {
    FORWARD,
    REVERSE
}
