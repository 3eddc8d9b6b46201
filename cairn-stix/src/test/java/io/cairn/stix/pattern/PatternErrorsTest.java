package io.cairn.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternErrorsTest {

    /** A bad pattern, the character the first error names (0-based), and words of its reason. */
    static Stream<Arguments> badPatterns() {
        return Stream.of(
                arguments("", 0, "expected {'[', '('}, found the end of the pattern"),
                arguments("[", 1, "found the end of the pattern"),
                arguments("[domain-name:value = 'evil.com'", 31, "missing ']'"),
                arguments("[domain-name:value = 'evil.com]", 21, "unterminated string"),
                arguments("[domain-name:value = \"evil.com\"]", 21, "not double quotes"),
                arguments("[domain-name:value == 'evil.com']", 20, "expected a constant, found '='"),
                arguments("[file:name = 'a' and file:size = 1]", 17, "keywords are upper case: AND"),
                arguments("[file:name = 'a'] or [file:size = 1]", 18, "keywords are upper case: OR"),
                arguments("[file:name = 'a'] [file:size = 1]", 18, "expected {'AND', 'OR', ']'}, found '['"),
                arguments("[file:name = ]", 13, "expected a constant, found ']'"),
                arguments("[file:name 'a']", 11, "unexpected ''a'' here"),
                arguments("file:name = 'a'", 0, "expected {'[', '('}, found 'file'"),
                arguments("[file:name = 'a')", 16, "found ')'"),
                arguments("[file:name = 'a'] FOLLOWEDBY", 28, "found the end of the pattern"),
                arguments("[file:size = +5]", 13, "unexpected character '+'"),
                arguments("[file:size ~ 5]", 11, "unexpected character '~'"),
                arguments("[:name = 'a']", 1, "found ':'"),
                arguments("[file:hashes[x] = 'a']", 13, "unexpected 'x' here"),
                arguments("[file:name IN ()]", 15, "expected a constant, found ')'"),
                arguments("[file:name IN ('a', 1)]", 15, "the values of an IN set must all be of one type"),
                arguments("[file:size < true]", 13, "found 'true'"),
                arguments("[file:name LIKE 5]", 16, "expected a 'string', found '5'"),
                arguments("[file:name = 'a'] WITHIN 5", 26, "missing 'SECONDS'"),
                arguments("[file:name = 'a'] REPEATS TIMES", 26, "missing an integer at 'TIMES'"),
                arguments(
                        "[x:created = t'2016-13-01T00:00:00Z']", 15, "'2016-13-01T00:00:00Z' is not a STIX timestamp"),
                arguments("[x:created = t'2016-01-01T00:00:00+01:00']", 15, "not a STIX timestamp"),
                arguments("[artifact:payload_bin = h'abc']", 24, "even number of digits, not 3"),
                arguments("[artifact:payload_bin = h'zz']", 26, "'z' is not a hexadecimal digit"),
                arguments("[artifact:payload_bin = b'!!']", 26, "not base64"),
                arguments("[file:name = 'a\\nb']", 15, "invalid escape '\\n'"),
                arguments("[file:size = 9007199254740993]", 13, "outside the STIX integer range"),
                arguments("[file:name = 'a'] REPEATS 0 TIMES", 26, "REPEATS needs a positive count"),
                arguments("[file:name = 'a'] WITHIN 0 SECONDS", 25, "WITHIN needs a positive number of seconds"),
                arguments(
                        "[file:name = 'a'] START t'2017-01-01T00:00:00Z' STOP t'2016-01-01T00:00:00Z'",
                        53,
                        "STOP must be later than START"),
                arguments("[file:name = 'a'] REPEATS 2 TIMES REPEATS 3 TIMES", 34, "only one REPEATS qualifier"),
                arguments(
                        "[file:name = 'a' AND domain-name:value = 'b']",
                        17,
                        "AND joins comparisons of different object types [file] and [domain-name]"),
                arguments("[file:name ISSUBSET '10.0.0.0/8']", 11, "ISSUBSET applies only to ipv4-addr:value"),
                arguments("[file:hashes.'' = 'a']", 13, "a quoted property name cannot be empty"),
                arguments("[NOT file:name = 'a']", 1, "found 'NOT'"),
                arguments("[file:name = 'a'] WITHIN -5 SECONDS", 25, "found '-5'"));
    }

    @ParameterizedTest
    @MethodSource("badPatterns")
    void shouldSayWhereAndWhyAPatternIsWrong(String pattern, int offset, String reason) {
        PatternResult result = StixPatterns.parse(pattern);
        assertThat(result).isInstanceOfSatisfying(PatternResult.Invalid.class, invalid -> {
            assertThat(invalid.first().offset()).as(invalid.toString()).isEqualTo(offset);
            assertThat(invalid.first().reason()).contains(reason);
            assertThat(invalid.first().column()).isEqualTo(offset + 1);
        });
    }

    @Test
    void shouldCountLinesAndColumnsInPatternsThatSpanLines() {
        var invalid = (PatternResult.Invalid) StixPatterns.parse("[file:name = 'a']\n  AND\n [file:size ~ 1]");
        assertThat(invalid.first()).isEqualTo(new PatternError(36, 3, 13, "unexpected character '~'"));
    }

    @Test
    void shouldCountCharactersAsJavaStringsDo() {
        // The emoji is two UTF-16 units; ANTLR counts it as one code point.
        var invalid = (PatternResult.Invalid) StixPatterns.parse("[file:name = '🔥'] [");
        assertThat(invalid.first().offset()).isEqualTo(19);
    }

    @Test
    void shouldRefuseAbsurdNestingAndLengthWithoutExhaustingTheStack() {
        String deep = "(".repeat(500) + "[file:name = 'a']" + ")".repeat(500);
        assertThat(((PatternResult.Invalid) StixPatterns.parse(deep)).first().reason())
                .contains("nested too deeply");
        String longOr = "[file:name = 'a'" + " OR file:name = 'a'".repeat(6000) + "]";
        assertThat(((PatternResult.Invalid) StixPatterns.parse(longOr)).first().reason())
                .contains("pattern too long");
        String fine = "[file:name = 'a'" + " OR file:name = 'a'".repeat(1000) + "]";
        assertThat(StixPatterns.parse(fine)).isInstanceOf(PatternResult.Parsed.class);
    }
}
