package io.cairn.reputation;

/**
 * The points each rule gives when it fires, 0-100 each ({@code listedPercent} scales the combined
 * decayed confidence of the listings instead). See {@code docs/reputation.md} for the keys.
 */
public record Weights(
        int listedPercent,
        int profile,
        int detonationMalicious,
        int detonationSuspicious,
        int neighbourEach,
        int neighbourMax,
        int youngRegistration,
        int selfSignedCertificate,
        int freshCertificate,
        int abuseTld,
        int abuseHosting,
        int dgaName,
        int lookalikeName) {

    public static final Weights DEFAULTS = new Weights(100, 70, 90, 50, 15, 45, 30, 25, 10, 10, 20, 30, 50);

    public Weights {
        int[] all = {
            listedPercent,
            profile,
            detonationMalicious,
            detonationSuspicious,
            neighbourEach,
            neighbourMax,
            youngRegistration,
            selfSignedCertificate,
            freshCertificate,
            abuseTld,
            abuseHosting,
            dgaName,
            lookalikeName
        };
        for (int w : all) {
            if (w < 0 || w > 100) {
                throw new IllegalArgumentException("a weight is within 0-100, not " + w);
            }
        }
    }
}
