package io.cairn.observation;

/** Which end of an observation a queried artifact sits on. */
public enum Side {
    /** The artifact is the subject: {@code example.com} in {@code example.com → 192.0.2.1}. */
    SUBJECT,
    /** The artifact is the object: {@code 192.0.2.1} in {@code example.com → 192.0.2.1}. */
    OBJECT
}
