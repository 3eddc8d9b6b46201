package io.cairn.indicator;

import java.util.Arrays;
import java.util.Optional;

/** Traffic Light Protocol 2.0 markings. The id is the stable external name. */
public enum Tlp {
    CLEAR("clear"),
    GREEN("green"),
    AMBER("amber"),
    AMBER_STRICT("amber+strict"),
    RED("red");

    private final String id;

    Tlp(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Also accepts TLP 1.0's {@code white}, which TLP 2.0 renamed to {@code clear}. */
    public static Optional<Tlp> fromId(String id) {
        if (id.equals("white")) {
            return Optional.of(CLEAR);
        }
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
