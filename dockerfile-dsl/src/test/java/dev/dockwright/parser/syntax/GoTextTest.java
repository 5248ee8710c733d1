package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Go library behaviours the dump and the splitting rely on. */
class GoTextTest {

    @Test
    void quoteLikeStrconv() {
        assertThat(GoText.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(GoText.quote("\t\n\r\u0007\b\f\u000b\u0000\u007f")).isEqualTo("\"\\t\\n\\r\\a\\b\\f\\v\\x00\\x7f\"");
        assertThat(GoText.quote("é☃\uD83D\uDE00")).isEqualTo("\"é☃\uD83D\uDE00\"");
        assertThat(GoText.quote("\u00a0\u0085\u00ad\u2028\uD800")).isEqualTo("\"\\u00a0\\u0085\\u00ad\\u2028\\ufffd\"");
        assertThat(GoText.quote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\""); // private use: not printable
    }

    @Test
    void spacesLikeUnicodeIsSpace() {
        assertThat(GoText.trimSpace("\u00a0\u2003\u0085 x \t\u3000")).isEqualTo("x");
        assertThat(GoText.isSpace('\u200b')).isFalse();
        assertThat(GoText.isSpace(0x1C)).isFalse();
    }

    @Test
    void lowerCaseIsLocaleIndependent() {
        assertThat(GoText.toLower("RUN")).isEqualTo("run");
        assertThat(GoText.toLower("İNFO")).isEqualTo("info");
    }
}
