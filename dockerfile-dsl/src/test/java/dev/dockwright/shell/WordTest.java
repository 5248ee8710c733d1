package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTest {

  private static List<Word> arguments(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).isEmpty();
    return parsed.commands().get(0).arguments();
  }

  private static Word argument(String script) {
    return arguments(script).get(0);
  }

  @Test
  void singleQuotesKeepEverythingLiteral() {
    Word word = argument("echo 'a $b \"c\" \\d'");

    assertThat(word).isEqualTo(new Word("'a $b \"c\" \\d'", 5, 18, "a $b \"c\" \\d", false, false));
    assertThat(word.literal()).contains("a $b \"c\" \\d");
  }

  @Test
  void doubleQuotesUnescapeOnlyDollarBackquoteQuoteAndBackslash() {
    Word word = argument("printf \"a\\\"b\\\\c\\$d\\e\\`f\"");

    assertThat(word.raw()).isEqualTo("\"a\\\"b\\\\c\\$d\\e\\`f\"");
    assertThat(word.text()).isEqualTo("a\"b\\c$d\\e`f");
    assertThat(word.isLiteral()).isTrue();
  }

  @Test
  void backslashOutsideQuotesQuotesTheNextCharacter() {
    List<Word> words = arguments("touch a\\ b \\*.txt c\\");

    assertThat(Outline.texts(words)).containsExactly("a b", "*.txt", "c\\");
    assertThat(words.get(1).hasGlob()).isFalse();
    assertThat(words).allMatch(Word::isLiteral);
  }

  @Test
  void adjacentQuotedPartsMakeOneWord() {
    List<Word> words = arguments("echo 'a b'\"c d\"e\\ f g");

    assertThat(words).containsExactly(
        new Word("'a b'\"c d\"e\\ f", 5, 19, "a bc de f", false, false),
        new Word("g", 20, 21, "g", false, false));
  }

  @Test
  void parameterExpansionKeepsItsTextAndMakesTheWordNotLiteral() {
    List<Word> words = arguments("echo \"$HOME/bin\" ${PATH} $1 $@ $# $? $$ $! $- $_x");

    assertThat(Outline.texts(words)).containsExactly("$HOME/bin", "${PATH}", "$1", "$@", "$#", "$?", "$$", "$!", "$-",
        "$_x");
    assertThat(words).noneMatch(Word::isLiteral);
    assertThat(words.get(0).literal()).isEmpty();
  }

  @Test
  void aDollarThatExpandsNothingIsLiteral() {
    List<Word> words = arguments("echo $ a$ \"b$\" $/ 100$%");

    assertThat(Outline.texts(words)).containsExactly("$", "a$", "b$", "$/", "100$%");
    assertThat(words).allMatch(Word::isLiteral);
  }

  @Test
  void braceExpansionEndsAtItsOwnBraceWhateverTheQuotesInside() {
    List<Word> words = arguments("echo \"${V%%[a-z]*}\" ${X:-\"a}b\"}c ${Y:-'}'}");

    assertThat(Outline.texts(words)).containsExactly("${V%%[a-z]*}", "${X:-\"a}b\"}c", "${Y:-'}'}");
    assertThat(words).noneMatch(Word::hasGlob);
  }

  @Test
  void commandSubstitutionIsReadForItsCommands() {
    ShellScript script = ShellScript.parse("arch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"");

    assertThat(Outline.of(script)).isEqualTo("""
        0-61 arch=$(dpkg --print-architecture | awk -F- '{ print $NF }') -> end
        8-33 dpkg [--print-architecture] -> | in COMMAND_SUBSTITUTION pipe 1/2
        36-59 awk [-F-, { print $NF }] -> end in COMMAND_SUBSTITUTION pipe 2/2
        """);
    assertThat(script.commands().get(0).assignments().get(0).value().isLiteral()).isFalse();
  }

  @Test
  void arithmeticExpansionIsSkippedWhole() {
    ShellScript script = ShellScript.parse("echo $((1 + (2 * $(nproc)))) x");

    assertThat(Outline.of(script)).isEqualTo("""
        0-30 echo [$((1 + (2 * $(nproc)))), x] -> end
        """);
    assertThat(script.commands().get(0).arguments().get(0).hasExpansion()).isTrue();
  }

  @Test
  void unquotedGlobCharactersAreFlaggedAndKeptInTheText() {
    List<Word> words = arguments("ls /var/lib/apt/lists/* file?.txt [a-z]x '*.pyc' \"a*\" [ x] a\\*");

    assertThat(words).extracting(Word::hasGlob).containsExactly(true, true, true, false, false, false, false, false);
    assertThat(words).allMatch(Word::isLiteral);
    assertThat(words.get(0).literal()).contains("/var/lib/apt/lists/*");
  }

  @Test
  void aLeadingTildeIsAnExpansion() {
    List<Word> words = arguments("ls ~/bin ~ a~b '~'");

    assertThat(words).extracting(Word::isLiteral).containsExactly(false, false, true, true);
  }

  @Test
  void ansiCQuotesDecodeTheirEscapes() {
    List<Word> words = arguments("printf $'a\\tb\\n\\'c\\x41' $\"d e\"");

    assertThat(Outline.texts(words)).containsExactly("a\tb\n'c\\x41", "d e");
    assertThat(words).allMatch(Word::isLiteral);
  }

  @Test
  void lineContinuationsInsideAndBetweenWordsAreRemoved() {
    ShellScript script = ShellScript.parse("ap\\\nt-get ins\"tal\\\nl\" \\\n  -y");

    SimpleCommand command = script.commands().get(0);
    assertThat(command.programName()).isEqualTo("apt-get");
    assertThat(command.program().orElseThrow().raw()).isEqualTo("ap\\\nt-get");
    assertThat(Outline.texts(command.arguments())).containsExactly("install", "-y");
  }

  @Test
  void isComparesTheLiteralValue() {
    List<Word> words = arguments("x install 'install' \"install\" in\\stall $install");

    assertThat(words).extracting(word -> word.is("install")).containsExactly(true, true, true, true, false);
  }

  @Test
  void rawTextAndOffsetsPointIntoTheScript() {
    String text = "  curl  -fsSL\t\"https://example.com/a b\"  -o /tmp/x ";
    ShellScript script = ShellScript.parse(text);

    for (Word word : script.commands().get(0).words()) {
      assertThat(text.substring(word.start(), word.end())).isEqualTo(word.raw());
    }
    assertThat(Outline.texts(script.commands().get(0).words()))
        .containsExactly("curl", "-fsSL", "https://example.com/a b", "-o", "/tmp/x");
  }

  @Test
  void aWordMustFitItsSpan() {
    assertThatThrownBy(() -> new Word("ab", 0, 3, "ab", false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span 0..3 does not fit the raw word: ab");
  }
}
