package io.cairn.reputation;

/** The class a score falls in. */
public enum Band {
    MALICIOUS("Malicious", 75),
    SUSPICIOUS("Suspicious", 50),
    NEUTRAL("Neutral", 25),
    UNKNOWN("Unknown", 0);

    private final String label;
    private final int floor;

    Band(String label, int floor) {
        this.label = label;
        this.floor = floor;
    }

    public String label() {
        return label;
    }

    /** The lowest score in this class. */
    public int floor() {
        return floor;
    }

    public static Band of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is within 0-100, not " + score);
        }
        for (Band band : values()) {
            if (score >= band.floor) {
                return band;
            }
        }
        throw new AssertionError(score);
    }
}
