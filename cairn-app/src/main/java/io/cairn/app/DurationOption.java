package io.cairn.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A positive duration on the command line (feed schedules, key lifetimes): {@code 90s}, {@code 15m},
 * {@code 6h}, {@code 90d}, {@code 2w}, or ISO-8601 such as {@code PT6H} and {@code P90D}.
 */
final class DurationOption implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([smhdw])");

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
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        } else {
            try {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a duration like 90s, 30m, 12h, 90d, 2w or P90D");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("the duration must be positive, not '" + value + "'");
        }
        return duration;
    }
}
