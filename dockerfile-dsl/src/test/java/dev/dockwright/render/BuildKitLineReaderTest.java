package dev.dockwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The test reader itself, on hand-written files whose reading BuildKit's parser tests fix. */
class BuildKitLineReaderTest {

  private static List<String> keywords(String text) {
    return BuildKitLineReader.read(text).keywords();
  }

  @Test
  void directivesCommentsAndBlankLines() {
    BuildKitLineReader.Read read = BuildKitLineReader.read("""
        # syntax=docker/dockerfile:1
        #escape = `
        # check=skip=all
        # not=a directive anymore

          # indented comment
        from alpine
        run true
        """);
    assertThat(read.directives()).containsExactly("syntax=docker/dockerfile:1", "escape=`", "check=skip=all");
    assertThat(read.keywords()).containsExactly("FROM", "RUN");
  }

  @Test
  void unknownDirectiveEndsTheDirectives() {
    assertThat(BuildKitLineReader.read("# foo=bar\n# escape=`\nFROM a\n").directives()).isEmpty();
  }

  @Test
  void continuationSkipsCommentAndEmptyLines() {
    assertThat(keywords("""
        RUN a \\
        # comment
            \t
          b \\
        ENV x=1
        USER 1
        """)).containsExactly("RUN", "USER");
  }

  @Test
  void backtickContinuation() {
    assertThat(keywords("# escape=`\nRUN a `\nENV x\nRUN b \\\nUSER 1\n")).containsExactly("RUN", "RUN", "USER");
  }

  @Test
  void heredocBodiesAreSkipped() {
    assertThat(keywords("""
        RUN <<EOF
        RUN inside
        EOF
        COPY <<A <<"B" /x
        FROM a
        A
        FROM b
        B
        USER 1
        """)).containsExactly("RUN", "COPY", "USER");
  }

  @Test
  void heredocWithSpaceAfterTheArrowsAndWithFileDescriptor() {
    assertThat(keywords("RUN cat << EOF\nUSER 1\nEOF\nRUN cat 3<<X\nUSER 2\nX\n")).containsExactly("RUN", "RUN");
  }

  @Test
  void chompedHeredocTerminatorMayBeIndentedWithTabs() {
    assertThat(keywords("RUN <<-EOF\n\tx\n\tEOF\nUSER 1\n")).containsExactly("RUN", "USER");
  }

  @Test
  void quotedOrEscapedArrowsAreNoHeredoc() {
    assertThat(keywords("RUN echo \"<<EOF\" '<<X' \\<<Y\nUSER 1\n")).containsExactly("RUN", "USER");
  }

  @Test
  void escapedQuoteDoesNotHideAHeredoc() {
    assertThat(keywords("RUN echo \\\" <<EOF\nUSER 1\nEOF\n")).containsExactly("RUN");
  }

  @Test
  void noHeredocInExecFormCmdOrAfterALexingError() {
    assertThat(keywords("RUN [\"<<EOF\"]\nCMD cat <<EOF\nRUN echo ${ <<EOF\nUSER 1\n"))
        .containsExactly("RUN", "CMD", "RUN", "USER");
  }

  @Test
  void onBuildRunHeredoc() {
    assertThat(keywords("ONBUILD RUN <<EOF\nUSER 0\nEOF\nUSER 1\n")).containsExactly("ONBUILD", "USER");
  }

  @Test
  void unterminatedHeredocIsAProblem() {
    assertThat(BuildKitLineReader.read("RUN <<EOF\nx\n").problems()).containsExactly("unterminated heredoc EOF of RUN");
  }

  @Test
  void lexerWordsLikeBuildKit() {
    assertThat(new BuildKitLineReader.Lexer("a  \"b c\"d 'e' \\f <<  G $H ${I:-j k}", true).words())
        .containsExactly("a", "\"b c\"d", "'e'", "\\f", "<<  G", "$H", "${I:-j", "k}");
  }
}
