package io.cairn.store;

/** The orders a data tab can be read in; every order is descending, newest or largest first. */
public enum ObservationSort {
    FIRST_SEEN,
    LAST_SEEN,
    COUNT
}
