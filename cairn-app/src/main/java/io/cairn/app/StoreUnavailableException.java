package io.cairn.app;

/** The store named by --data or --db could not be opened. */
final class StoreUnavailableException extends RuntimeException {
    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
