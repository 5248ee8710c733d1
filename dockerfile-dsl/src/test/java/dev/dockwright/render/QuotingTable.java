package dev.dockwright.render;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quoting table: thirteen awkward values, each put through eight instruction forms, with the exact text
 * the renderer must write or the exact message it must refuse with. Kept as data so that other tests (a
 * reader that lexes the lines back as BuildKit does) can walk the same rows.
 *
 * <p>Where the value sits in each rendered instruction is given by {@link Form}.
 */
public final class QuotingTable {
  private QuotingTable() {}

  /** How the value is meant: every character as it is, or with {@code $NAME} expanded at build time. */
  public enum Meaning {
    LITERAL,
    EXPANDS
  }

  /** One value of the table. */
  public record Sample(String name, String text, Meaning meaning) {
    public Sample {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(meaning, "meaning");
    }

    /** The model value: {@link Value#literal} or {@link Value#of}. */
    public Value value() {
      return meaning == Meaning.LITERAL ? Value.literal(text) : Value.of(text);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** An instruction form and where the value goes in it. */
  public enum Form {
    /** {@code ENV V=<value>}. */
    ENV {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.env("V", sample.value());
      }
    },
    /** {@code LABEL k=<value>}. */
    LABEL {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.label("k", sample.value());
      }
    },
    /** {@code CMD ["<value>"]}: the text, JSON-escaped; nothing expands. */
    CMD_EXEC {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.cmd(sample.text());
      }
    },
    /** {@code ENTRYPOINT ["<value>"]}. */
    ENTRYPOINT_EXEC {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.entrypoint(sample.text());
      }
    },
    /** {@code RUN ["<value>"]}. */
    RUN_EXEC {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.runExec(sample.text());
      }
    },
    /** {@code RUN <value>}: the text is the shell script, handed to the shell as it is (a heredoc if multi-line). */
    RUN_SHELL {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.run(sample.text());
      }
    },
    /** {@code COPY <value> /dst/}: the value is the only source. */
    COPY {
      @Override
      void add(StageBuilder stage, Sample sample) {
        Copy copy = sample.meaning() == Meaning.LITERAL
            ? Copy.sources().literalPath(sample.text())
            : Copy.sources(sample.text());
        stage.copy(copy.to("/dst/"));
      }
    },
    /** {@code WORKDIR <value>}. */
    WORKDIR {
      @Override
      void add(StageBuilder stage, Sample sample) {
        stage.workdir(sample.value());
      }
    };

    abstract void add(StageBuilder stage, Sample sample);
  }

  /**
   * One cell: {@code rendered} is the instruction as written (all its lines, each ending with a newline), or
   * null when the value is refused with {@code refusal}.
   */
  public record Row(Sample sample, Form form, String rendered, String refusal) {
    public boolean isRefused() {
      return rendered == null;
    }

    @Override
    public String toString() {
      return form + " with " + sample;
    }
  }

  public static final Sample PLAIN = new Sample("plain", "plain", Meaning.LITERAL);
  public static final Sample TWO_WORDS = new Sample("two words", "two words", Meaning.LITERAL);
  public static final Sample LITERAL_DOLLAR = new Sample("literal dollar", "a$HOME", Meaning.LITERAL);
  public static final Sample EXPANDING = new Sample("expanding", "$PATH:/app/bin", Meaning.EXPANDS);
  public static final Sample NEWLINE = new Sample("newline", "first\nsecond", Meaning.LITERAL);
  public static final Sample QUOTE = new Sample("quote", "quote\"inside", Meaning.LITERAL);
  public static final Sample BACKSLASH = new Sample("backslash", "back\\slash", Meaning.LITERAL);
  public static final Sample WINDOWS_PATH = new Sample("windows path", "C:\\path\\to", Meaning.LITERAL);
  public static final Sample TAB = new Sample("tab", "a\tb", Meaning.LITERAL);
  public static final Sample HASH = new Sample("hash", "#notcomment", Meaning.LITERAL);
  public static final Sample EQUALS = new Sample("equals", "key=value", Meaning.LITERAL);
  public static final Sample UNICODE = new Sample("unicode", "unicode café ✓", Meaning.LITERAL);
  public static final Sample INJECTION = new Sample("injection", "x\nRUN rm -rf /", Meaning.LITERAL);

  /** The thirteen values. */
  public static final List<Sample> SAMPLES = List.of(
      PLAIN, TWO_WORDS, LITERAL_DOLLAR, EXPANDING, NEWLINE, QUOTE, BACKSLASH, WINDOWS_PATH, TAB, HASH, EQUALS,
      UNICODE, INJECTION);

  /** Every cell, 13 values by 8 forms. */
  public static final List<Row> ROWS = rows();

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Sample s : SAMPLES) {
      String json = json(s.text());
      rows.add(exec(s, Form.CMD_EXEC, "CMD " + json));
      rows.add(exec(s, Form.ENTRYPOINT_EXEC, "ENTRYPOINT " + json));
      rows.add(exec(s, Form.RUN_EXEC, "RUN " + json));
    }
    // ENV, LABEL, RUN shell, COPY, WORKDIR: written out by hand, value by value.
    word(rows, PLAIN, "plain", "RUN plain\n", "COPY plain /dst/\n");
    word(rows, TWO_WORDS, "\"two words\"", "RUN two words\n", "COPY [\"two words\", \"/dst/\"]\n");
    word(rows, LITERAL_DOLLAR, "\"a\\$HOME\"", "RUN a$HOME\n", "COPY \"a\\$HOME\" /dst/\n");
    word(rows, EXPANDING, "$PATH:/app/bin", "RUN $PATH:/app/bin\n", "COPY $PATH:/app/bin /dst/\n");
    multiLine(rows, NEWLINE, "RUN <<EOF\nfirst\nsecond\nEOF\n");
    word(rows, QUOTE, "\"quote\\\"inside\"", "RUN quote\"inside\n", "COPY \"quote\\\"inside\" /dst/\n");
    word(rows, BACKSLASH, "\"back\\\\slash\"", "RUN back\\slash\n", "COPY \"back\\\\slash\" /dst/\n");
    word(rows, WINDOWS_PATH, "\"C:\\\\path\\\\to\"", "RUN C:\\path\\to\n", "COPY \"C:\\\\path\\\\to\" /dst/\n");
    word(rows, TAB, "\"a\tb\"", "RUN a\tb\n", "COPY [\"a\\tb\", \"/dst/\"]\n");
    word(rows, HASH, "#notcomment", "RUN #notcomment\n", "COPY #notcomment /dst/\n");
    word(rows, EQUALS, "key=value", "RUN key=value\n", "COPY key=value /dst/\n");
    word(rows, UNICODE, "\"unicode café ✓\"", "RUN unicode café ✓\n", "COPY [\"unicode café ✓\", \"/dst/\"]\n");
    multiLine(rows, INJECTION, "RUN <<EOF\nx\nRUN rm -rf /\nEOF\n");
    return List.copyOf(rows);
  }

  private static Row exec(Sample s, Form form, String line) {
    return new Row(s, form, line + "\n", null);
  }

  private static void word(List<Row> rows, Sample s, String quoted, String runShell, String copy) {
    rows.add(new Row(s, Form.ENV, "ENV V=" + quoted + "\n", null));
    rows.add(new Row(s, Form.LABEL, "LABEL k=" + quoted + "\n", null));
    rows.add(new Row(s, Form.RUN_SHELL, runShell, null));
    rows.add(new Row(s, Form.COPY, copy, null));
    rows.add(new Row(s, Form.WORKDIR, "WORKDIR " + quoted + "\n", null));
  }

  private static void multiLine(List<Row> rows, Sample s, String runShell) {
    String shown = QuotingTable.shown(s.text());
    rows.add(new Row(s, Form.ENV, null, "value of V cannot hold a line break: " + shown));
    rows.add(new Row(s, Form.LABEL, null, "value of k cannot hold a line break: " + shown));
    rows.add(new Row(s, Form.RUN_SHELL, runShell, null));
    rows.add(new Row(s, Form.COPY, null, "source path cannot hold a line break: " + shown));
    rows.add(new Row(s, Form.WORKDIR, null, "WORKDIR path cannot hold a line break: " + shown));
  }

  /** A value as error messages show it: in double quotes, with line breaks, tabs, quotes and backslashes escaped. */
  static String shown(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  // The exec rows are computed, so this is written independently of Quoting.jsonString.
  private static String json(String text) {
    StringBuilder sb = new StringBuilder("[\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append("\"]").toString();
  }

  /**
   * What the renderer writes for the row's form and value: the instruction after {@code FROM alpine:3.20},
   * with no syntax directive.
   *
   * @throws IllegalArgumentException when the model or the DSL refuses the value
   */
  public static String render(Form form, Sample sample) {
    DockerfileBuilder file = DockerfileBuilder.create();
    form.add(file.from("alpine:3.20"), sample);
    String text = file.render(RenderOptions.defaults().withSyntaxDirective(RenderOptions.SyntaxDirective.NEVER));
    String from = "FROM alpine:3.20\n";
    if (!text.startsWith(from)) {
      throw new AssertionError("unexpected start of " + text);
    }
    return text.substring(from.length());
  }
}
