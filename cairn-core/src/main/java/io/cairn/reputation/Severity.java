package io.cairn.reputation;

/** How much a rule weighs when it fires: an assertion by a source, a strong sign, or a hint. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
