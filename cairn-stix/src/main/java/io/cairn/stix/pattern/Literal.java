package io.cairn.stix.pattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The constants a comparison compares with (specification section 9.2). */
public sealed interface Literal
        permits Literal.StringValue,
                Literal.IntegerValue,
                Literal.FloatValue,
                Literal.BooleanValue,
                Literal.TimestampValue,
                Literal.HexValue,
                Literal.BinaryValue,
                Literal.SetValue {

    /** The largest magnitude of a STIX integer: a signed 54-bit value (section 2.10). */
    long MAX_INTEGER = (1L << 53) - 1;

    /** A string, unescaped. */
    record StringValue(String value) implements Literal {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record IntegerValue(long value) implements Literal {
        public IntegerValue {
            if (Math.abs(value) > MAX_INTEGER) {
                throw new IllegalArgumentException(value + " is outside the STIX integer range");
            }
        }
    }

    /** A number with a fraction; kept with at least one decimal place, as it is written. */
    record FloatValue(BigDecimal value) implements Literal {
        public FloatValue {
            if (value.scale() < 1) {
                value = value.setScale(1);
            }
        }
    }

    record BooleanValue(boolean value) implements Literal {}

    record TimestampValue(Instant value) implements Literal {
        public TimestampValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code h'…'}: octets as an even number of hexadecimal digits, kept in lower case. */
    record HexValue(String hex) implements Literal {
        private static final Pattern HEX = Pattern.compile("(?:[0-9a-f]{2})*");

        public HexValue {
            hex = hex.toLowerCase(Locale.ROOT);
            if (!HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException("not an even number of hexadecimal digits: " + hex);
            }
        }

        public byte[] bytes() {
            return HexFormat.of().parseHex(hex);
        }
    }

    /** {@code b'…'}: octets in base64 (RFC 4648), kept as written. */
    record BinaryValue(String base64) implements Literal {
        public BinaryValue {
            decode(Objects.requireNonNull(base64, "base64"));
        }

        public byte[] bytes() {
            return decode(base64);
        }

        // Line feeds in base64 are allowed and ignored (section 9.2); anything else must be base64.
        private static byte[] decode(String base64) {
            return Base64.getDecoder().decode(base64.replace("\r", "").replace("\n", ""));
        }
    }

    /** {@code (a, b, …)}, the right-hand side of IN. */
    record SetValue(List<Literal> members) implements Literal {
        public SetValue {
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("an IN set needs at least one member");
            }
            if (members.stream().anyMatch(SetValue.class::isInstance)) {
                throw new IllegalArgumentException("sets do not nest");
            }
        }
    }
}
