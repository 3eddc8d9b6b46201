package io.cairn.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.stix.pattern.ComparisonExpression.Comparison;
import io.cairn.stix.pattern.ComparisonExpression.Connective;
import io.cairn.stix.pattern.ComparisonExpression.Junction;
import io.cairn.stix.pattern.ObservationExpression.Combined;
import io.cairn.stix.pattern.ObservationExpression.Observation;
import io.cairn.stix.pattern.ObservationExpression.Operator;
import io.cairn.stix.pattern.ObservationExpression.Qualified;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternsTest {

    @Test
    void shouldParseObjectPathsWithQuotedAndIndexedSteps() {
        Comparison sha = comparison(
                "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']");
        assertThat(sha.path()).isEqualTo(path("file", member("hashes"), member("SHA-256")));
        assertThat(sha.path().is("file", "hashes", "SHA-256")).isTrue();
        assertThat(comparison("[email-message:to_refs[*].value = 'a@example.com']")
                        .path())
                .isEqualTo(path("email-message", member("to_refs"), new PathStep.AnyElement(), member("value")));
        assertThat(comparison("[network-traffic:protocols[0] = 'tcp']").path())
                .isEqualTo(path("network-traffic", member("protocols"), new PathStep.Element(0)));
        assertThat(comparison(
                                "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']")
                        .path()
                        .memberNames())
                .containsExactly("extensions", "http-request-ext", "request_header", "Accept-Encoding");
    }

    @Test
    void shouldReadEveryKindOfConstant() {
        assertThat(comparison("[x-a:b = 'it\\'s a \\\\ path']").value())
                .isEqualTo(new Literal.StringValue("it's a \\ path"));
        assertThat(comparison("[file:size = 25536]").value()).isEqualTo(new Literal.IntegerValue(25536));
        assertThat(comparison("[x-a:b = -42]").value()).isEqualTo(new Literal.IntegerValue(-42));
        assertThat(comparison("[x-a:b = -0.5]").value()).isEqualTo(new Literal.FloatValue(new BigDecimal("-0.5")));
        assertThat(comparison("[x-a:b = .25]").value()).isEqualTo(new Literal.FloatValue(new BigDecimal("0.25")));
        assertThat(comparison("[x-a:b = true]").value()).isEqualTo(new Literal.BooleanValue(true));
        assertThat(comparison("[x-a:b = t'2016-04-06T20:03:48.123Z']").value())
                .isEqualTo(new Literal.TimestampValue(Instant.parse("2016-04-06T20:03:48.123Z")));
        assertThat(comparison("[artifact:payload_bin = h'7468697320']").value())
                .isEqualTo(new Literal.HexValue("7468697320"));
        assertThat(comparison("[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=']")
                        .value())
                .isInstanceOfSatisfying(
                        Literal.BinaryValue.class,
                        b -> assertThat(new String(b.bytes())).isEqualTo("this is a test"));
        assertThat(comparison("[process:name IN ('proccy', 'proximus', 'badproc')]")
                        .value())
                .isEqualTo(new Literal.SetValue(List.of(
                        new Literal.StringValue("proccy"),
                        new Literal.StringValue("proximus"),
                        new Literal.StringValue("badproc"))));
    }

    @Test
    void shouldReadEveryOperatorAndNegation() {
        assertThat(List.of("=", "!=", "<", "<=", ">", ">=", "LIKE", "MATCHES").stream()
                        .map(op -> comparison("[file:name " + op + " 'a']").operator()))
                .containsExactly(
                        ComparisonOperator.EQUAL,
                        ComparisonOperator.NOT_EQUAL,
                        ComparisonOperator.LESS,
                        ComparisonOperator.LESS_OR_EQUAL,
                        ComparisonOperator.GREATER,
                        ComparisonOperator.GREATER_OR_EQUAL,
                        ComparisonOperator.LIKE,
                        ComparisonOperator.MATCHES);
        assertThat(comparison("[ipv4-addr:value ISSUBSET '198.51.100.0/24']").operator())
                .isEqualTo(ComparisonOperator.IS_SUBSET);
        assertThat(comparison("[ipv6-addr:value NOT ISSUPERSET '2001:db8::/64']")
                        .negated())
                .isTrue();
        assertThat(parse("[EXISTS windows-registry-key:values]").expression())
                .isEqualTo(new Observation(
                        new ComparisonExpression.Exists(path("windows-registry-key", member("values")))));
    }

    @Test
    void shouldBindAndTighterThanOrInsideAnObservation() {
        var expression = ((Observation) parse("[file:name = 'a' OR file:name = 'b' AND file:size = 1]")
                        .expression())
                .comparison();
        assertThat(expression).isInstanceOfSatisfying(Junction.class, or -> {
            assertThat(or.connective()).isEqualTo(Connective.OR);
            assertThat(or.right())
                    .isInstanceOfSatisfying(
                            Junction.class, and -> assertThat(and.connective()).isEqualTo(Connective.AND));
        });
        assertThat(((Observation) parse("[(file:name = 'a' OR file:name = 'b') AND file:size = 1]")
                                .expression())
                        .comparison())
                .isInstanceOfSatisfying(
                        Junction.class, and -> assertThat(and.connective()).isEqualTo(Connective.AND));
    }

    @Test
    void shouldBindQualifiersToTheNearestObservationAndFollowedByLoosest() {
        // [b] FOLLOWEDBY [c] REPEATS 5 TIMES: the qualifier applies to c only (spec 9.5.1).
        assertThat(parse("[x-b:v = 1] FOLLOWEDBY [x-c:v = 2] REPEATS 5 TIMES").expression())
                .isInstanceOfSatisfying(Combined.class, c -> {
                    assertThat(c.operator()).isEqualTo(Operator.FOLLOWEDBY);
                    assertThat(c.right()).isInstanceOf(Qualified.class);
                });
        assertThat(parse("[x-a:v = 1] OR [x-b:v = 2] FOLLOWEDBY [x-c:v = 3] AND [x-d:v = 4]")
                        .expression())
                .isInstanceOfSatisfying(Combined.class, c -> {
                    assertThat(c.operator()).isEqualTo(Operator.FOLLOWEDBY);
                    assertThat(((Combined) c.left()).operator()).isEqualTo(Operator.OR);
                    assertThat(((Combined) c.right()).operator()).isEqualTo(Operator.AND);
                });
        var qualified = parse("([x-a:v = 1] AND [x-b:v = 2]) REPEATS 5 TIMES WITHIN 300.5 SECONDS")
                .expression();
        assertThat(qualified).isInstanceOfSatisfying(Qualified.class, within -> {
            assertThat(within.qualifier()).isEqualTo(new Qualifier.Within(new BigDecimal("300.5")));
            assertThat(((Qualified) within.expression()).qualifier()).isEqualTo(new Qualifier.Repeats(5));
        });
        assertThat(parse("[x-a:v = 1] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'")
                        .expression())
                .isEqualTo(new Qualified(
                        ((Qualified) parse("[x-a:v = 1] REPEATS 2 TIMES").expression()).expression(),
                        new Qualifier.StartStop(
                                Instant.parse("2016-06-01T00:00:00Z"), Instant.parse("2016-07-01T00:00:00Z"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128'] REPEATS 5 TIMES",
                "([ipv4-addr:value = '198.51.100.1/32'] FOLLOWEDBY [domain-name:value = 'example.com']) WITHIN 600 SECONDS",
                "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
                "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']",
                "[x-a:b = 'a'] AND ([x-b:c = 'b'] OR [x-c:d = 'c'])",
                "([x-a:b = 'a'] OR [x-b:c = 'b']) AND [x-c:d = 'c']",
                "[x-a:b = 'a'] FOLLOWEDBY ([x-b:c = 'b'] FOLLOWEDBY [x-c:d = 'c'])",
                "([x-a:b = 'a'] REPEATS 2 TIMES) REPEATS 3 TIMES",
                "[x-a:b = 'a' AND (x-a:c = 'b' OR x-a:d = 'c')]",
                "[x-a:'odd name'.'AND'[3] NOT IN (1, 2, 3)]",
                "[x-a:b = 1.0] WITHIN 0.5 SECONDS START t'2016-06-01T00:00:00.123Z' STOP t'2016-07-01T00:00:00Z'",
                "[artifact:payload_bin = h'ff00' OR artifact:payload_bin = b'AAE=']",
                "[x-a:b = 'a real\nline break, it\\'s kept']",
            })
    void shouldWriteEveryPatternSoThatItReadsBackTheSame(String text) {
        Pattern pattern = parse(text);
        assertThat(parse(pattern.text())).isEqualTo(pattern);
        assertThat(pattern.text()).isEqualTo(parse(pattern.text()).text());
    }

    @Test
    void shouldAcceptWhitespaceOfEveryKindAndWriteItCanonically() {
        assertThat(parse("[\n\tfile:name\u00a0=\u2003'a'\r\n]   AND[file:size>1]")
                        .text())
                .isEqualTo("[file:name = 'a'] AND [file:size > 1]");
    }

    static Pattern parse(String text) {
        PatternResult result = StixPatterns.parse(text);
        assertThat(result).as(text).isInstanceOf(PatternResult.Parsed.class);
        return ((PatternResult.Parsed) result).pattern();
    }

    private static Comparison comparison(String text) {
        return (Comparison) ((Observation) parse(text).expression()).comparison();
    }

    private static PathStep member(String name) {
        return new PathStep.Member(name);
    }

    private static ObjectPath path(String type, PathStep... steps) {
        return new ObjectPath(type, List.of(steps));
    }
}
