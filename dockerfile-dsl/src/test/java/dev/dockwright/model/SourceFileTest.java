package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Source files: spans looked up by identity, made from the text on demand, and the builder's checks. */
class SourceFileTest {
  private static final String TEXT = "\uFEFFFROM alpine\n# note\nRUN echo hi\n";

  @Test
  void spansAreCutFromTheTextWhenAskedFor() {
    Comment note = new Comment(" note");
    SourceFile file = SourceFile.builder("Dockerfile", true, "\n", TEXT)
        .add(note, 13, 20)
        .build();
    assertThat(file.spanOf(note)).contains(
        new SourceSpan("# note\n", new SourcePosition(2, 1), new SourcePosition(2, 7), 13, 20));
    assertThat(file.name()).isEqualTo("Dockerfile");
    assertThat(file.byteOrderMark()).isTrue();
    assertThat(file.lineEnding()).isEqualTo("\n");
  }

  @Test
  void theFirstElementsTextStartsAfterTheByteOrderMark() {
    BlankLine first = new BlankLine();
    SourceFile file = SourceFile.builder("Dockerfile", true, "\n", TEXT).add(first, 0, 13).build();
    assertThat(file.spanOf(first)).contains(
        new SourceSpan("FROM alpine\n", new SourcePosition(1, 1), new SourcePosition(1, 12), 0, 13));
  }

  @Test
  void positionsCountCharsOnTheirLineAndEndBeforeTheLineEnd() {
    String text = "FROM a\r\nRUN x \\\r\n  && y\r\n\r\nCMD [\"\u00e9\u00e9\"]";
    Object run = new Object();
    Object blank = new Object();
    Object cmd = new Object();
    SourceFile file = SourceFile.builder("Dockerfile", false, "\r\n", text)
        .add(run, 8, 25)
        .add(blank, 25, 27)
        .add(cmd, 27, text.length())
        .build();
    assertThat(file.spanOf(run)).contains(new SourceSpan(
        "RUN x \\\r\n  && y\r\n", new SourcePosition(2, 1), new SourcePosition(3, 7), 8, 25));
    assertThat(file.spanOf(blank)).contains(
        new SourceSpan("\r\n", new SourcePosition(4, 1), new SourcePosition(4, 1), 25, 27));
    assertThat(file.spanOf(cmd)).contains(new SourceSpan(
        "CMD [\"\u00e9\u00e9\"]", new SourcePosition(5, 1), new SourcePosition(5, 11), 27, text.length()));
  }

  @Test
  void elementsAreFoundByIdentityNotEquality() {
    List<BlankLine> blanks = new ArrayList<>();
    SourceFile.Builder b = SourceFile.builder("Dockerfile", false, "\n", "\n".repeat(100));
    for (int i = 0; i < 100; i++) {
      BlankLine blank = new BlankLine();
      blanks.add(blank);
      b.add(blank, i, i + 1);
    }
    SourceFile file = b.build();
    for (int i = 0; i < 100; i++) {
      assertThat(file.spanOf(blanks.get(i)).orElseThrow().start().line()).isEqualTo(i + 1);
    }
    assertThat(file.spanOf(new BlankLine())).isEmpty();
    assertThat(file.spanOf(null)).isEmpty();
    assertThat(SourceFile.builder("D", false, "\n", "").build().spanOf(blanks.get(0))).isEmpty();
  }

  @Test
  void aBuilderSizedTooSmallGrows() {
    List<BlankLine> blanks = new ArrayList<>();
    SourceFile.Builder b = SourceFile.builder("Dockerfile", false, "\n", "\n".repeat(5), 0);
    for (int i = 0; i < 5; i++) {
      BlankLine blank = new BlankLine();
      blanks.add(blank);
      b.add(blank, i, i + 1);
    }
    SourceFile file = b.build();
    assertThat(blanks).allSatisfy(blank -> assertThat(file.spanOf(blank)).isPresent());
    assertThatThrownBy(() -> SourceFile.builder("Dockerfile", false, "\n", "", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected elements: -1");
  }

  @Test
  void anElementAddedTwiceKeepsItsLaterSpan() {
    BlankLine blank = new BlankLine();
    SourceFile file = SourceFile.builder("Dockerfile", false, "\n", "\n\n")
        .add(blank, 0, 1)
        .add(blank, 1, 2)
        .build();
    assertThat(file.spanOf(blank).orElseThrow().start()).isEqualTo(new SourcePosition(2, 1));
  }

  @Test
  void theMapConstructorCopiesItsMap() {
    BlankLine blank = new BlankLine();
    SourceSpan span = new SourceSpan("\n", new SourcePosition(1, 1), new SourcePosition(1, 1), 0, 1);
    IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();
    spans.put(blank, span);
    SourceFile file = new SourceFile("Dockerfile", false, "\r\n", spans);
    spans.clear();
    assertThat(file.spanOf(blank)).contains(span);
    assertThat(file.lineEnding()).isEqualTo("\r\n");
    spans.put(null, span);
    assertThatThrownBy(() -> new SourceFile("Dockerfile", false, "\n", spans))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    spans.clear();
    spans.put(blank, null);
    assertThatThrownBy(() -> new SourceFile("Dockerfile", false, "\n", spans))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("span");
  }

  @Test
  void theBuilderRefusesBadSpansAndUseAfterBuild() {
    SourceFile.Builder b = SourceFile.builder("Dockerfile", false, "\n", "FROM a\n");
    BlankLine blank = new BlankLine();
    assertThatThrownBy(() -> b.add(blank, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid span: 3..2");
    assertThatThrownBy(() -> b.add(blank, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid span: -1..2");
    assertThatThrownBy(() -> b.add(blank, 0, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid span: 0..8");
    assertThatThrownBy(() -> b.add(null, 0, 7))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    b.build();
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the source file is already built");
    assertThatThrownBy(() -> b.add(blank, 0, 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the source file is already built");
    assertThatThrownBy(() -> SourceFile.builder("Dockerfile", false, "\r", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a line ending: \"\\r\"");
  }
}
