package io.cairn.app;

import io.cairn.indicator.Tlp;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A TLP on the command line, in any case; TLP 1.0's {@code white} reads as {@code clear}. */
final class TlpOption implements ITypeConverter<Tlp> {
    private static final String KNOWN = Arrays.stream(Tlp.values()).map(Tlp::id).collect(Collectors.joining(", "));

    @Override
    public Tlp convert(String value) {
        return Tlp.fromId(value.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new TypeConversionException("Unknown TLP '" + value + "'; one of " + KNOWN));
    }
}
