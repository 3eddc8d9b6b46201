package io.cairn.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefangTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hxxp://evil.com                 | http://evil.com
            hXXps://evil.com                | https://evil.com
            HXXPS://evil.com                | https://evil.com
            hxtp://evil.com                 | http://evil.com
            fxp://files.evil.com            | ftp://files.evil.com
            hxxps[:]//evil.com              | https://evil.com
            hxxps[://]evil.com              | https://evil.com
            http(:)//evil.com               | http://evil.com
            evil[.]com                      | evil.com
            evil(.)com                      | evil.com
            evil{.}com                      | evil.com
            evil[dot]com                    | evil.com
            evil(dot)com                    | evil.com
            evil[DOT]com                    | evil.com
            evil\\.com                      | evil.com
            example . com                   | example.com
            example [.] com                 | example.com
            user[at]evil.com                | user@evil.com
            user[@]evil.com                 | user@evil.com
            user(at)evil.com                | user@evil.com
            user [at] evil [dot] com        | user@evil.com
            10.0.0.0[/]8                    | 10.0.0.0/8
            '"evil.com"'                    | evil.com
            <evil.com>                      | evil.com
            (evil.com),                     | evil.com
            evil.com.                       | evil.com
            evil.com...                     | evil.com
            evil.com)                       | evil.com
            'https://x.com/Foo_(bar)'       | https://x.com/Foo_(bar)
            (https://x.com/Foo_(bar))       | https://x.com/Foo_(bar)
            [2001:db8::1]                   | 2001:db8::1
            [2001:db8::1]:443               | [2001:db8::1]:443
            2001:db8::                      | 2001:db8::
            hello. world                    | hello. world
            """)
    void shouldRefangWhatAnalystsPaste(String input, String expected) {
        assertThat(Refang.refang(input)).isEqualTo(expected);
    }

    @Test
    void shouldDropInvisibleCharactersUsedToBreakUpIndicators() {
        assertThat(Refang.refang("ev\u200Bil\u00AD.c\u200Dom")).isEqualTo("evil.com");
    }

    @Test
    void shouldTurnTypesetHyphensIntoHyphens() {
        assertThat(Refang.refang("CVE\u20112021\u201044228")).isEqualTo("CVE-2021-44228");
    }

    @Test
    void shouldReadIdeographicFullStopsInOneValueAsDots() {
        assertThat(Refang.refang("例え。jp")).isEqualTo("例え.jp");
    }

    @Test
    void shouldNotRefangWordsThatOnlyLookLikeSchemes() {
        assertThat(Refang.refang("hxxp")).isEqualTo("hxxp");
        assertThat(Refang.refang("shxxp://x")).isEqualTo("shxxp://x");
        assertThat(Refang.refang("a.fxp[@]b.com")).isEqualTo("a.fxp@b.com");
    }

    @Test
    void shouldDefangSoThatNothingIsClickable() {
        assertThat(Refang.defang("https://evil.com/a.php")).isEqualTo("hxxps://evil[.]com/a[.]php");
        assertThat(Refang.defang("HTTP://evil.com")).isEqualTo("hxxp://evil[.]com");
        assertThat(Refang.defang("ftp://evil.com")).isEqualTo("fxp://evil[.]com");
        assertThat(Refang.defang("bob@evil.com")).isEqualTo("bob[@]evil[.]com");
        assertThat(Refang.defang("1.2.3.4")).isEqualTo("1[.]2[.]3[.]4");
    }

    @Test
    void shouldRemapRefangedTextToTheOriginal() {
        String text = "go to hxxp://evil[.]com now";

        MappedText mapped = Refang.mapped(text);

        int start = mapped.text().indexOf("http");
        int end = mapped.text().indexOf(" now");
        assertThat(mapped.text()).isEqualTo("go to http://evil.com now");
        assertThat(text.substring(mapped.originStart(start), mapped.originEnd(end)))
                .isEqualTo("hxxp://evil[.]com");
        assertThat(mapped.rewritten(start, end)).isTrue();
        assertThat(mapped.rewritten(0, 5)).isFalse();
    }
}
