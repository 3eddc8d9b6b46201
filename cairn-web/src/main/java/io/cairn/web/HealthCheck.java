package io.cairn.web;

/** Tells whether the parts the server rests on (the store, first of all) answer. */
@FunctionalInterface
public interface HealthCheck {

    Status check();

    /** The outcome of one check; {@code detail} says what failed, never a secret. */
    record Status(boolean healthy, String detail) {
        public static Status up() {
            return new Status(true, "ok");
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }
}
