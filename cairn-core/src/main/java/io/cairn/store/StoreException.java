package io.cairn.store;

/** The store could not do its work: the database is unreachable, corrupt, full or locked. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
