package io.cairn.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A schedule on the command line: {@code 90s}, {@code 15m}, {@code 6h}, {@code 1d} or ISO-8601 {@code PT6H}. */
final class Every implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([smhd])");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(text);
        Duration duration;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration like 30m, 6h, 1d or PT6H");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("the schedule must be positive, not '" + value + "'");
        }
        return duration;
    }
}
