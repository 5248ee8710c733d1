package dev.dockwright.parser;

import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.syntax.SyntaxItem;
import dev.dockwright.parser.syntax.SyntaxParser;
import dev.dockwright.parser.syntax.SyntaxProblem;
import dev.dockwright.parser.syntax.SyntaxTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Dockerfile text into the model, in two levels as BuildKit does: its parser package (lines,
 * directives, flags, heredocs: {@link dev.dockwright.parser.syntax}), then its instructions package (known
 * instructions, flags and values). Every element remembers its exact source, so rendering an unchanged file
 * gives back the input byte for byte.
 *
 * <p>Strict parsing (the default) refuses what BuildKit would refuse when building and reports every problem
 * with {@code FILE:LINE:COL: message}; lenient parsing keeps what it cannot type as an
 * {@link OpaqueInstruction}, so nothing is lost.
 *
 * <pre>{@code
 * Dockerfile file = DockerfileParser.strict().parse(text, "Dockerfile");
 * ParseResult result = DockerfileParser.lenient().read(text, "Dockerfile");
 * }</pre>
 */
public final class DockerfileParser {
  private final boolean lenient;

  private DockerfileParser(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * A parser that refuses what BuildKit would refuse.
   *
   * @return a new strict parser; parsers keep no state between files
   */
  public static DockerfileParser strict() {
    return new DockerfileParser(false);
  }

  /**
   * A parser that keeps what it cannot type as opaque instructions, and reports it as problems.
   *
   * @return a new lenient parser; parsers keep no state between files
   */
  public static DockerfileParser lenient() {
    return new DockerfileParser(true);
  }

  /**
   * Whether this parser is lenient.
   *
   * @return true for {@link #lenient()}, false for {@link #strict()}
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a Dockerfile.
   *
   * @param text the whole file (a byte order mark and {@code \r\n} line ends are kept for rendering)
   * @param fileName the name problems and the model's source carry, such as {@code Dockerfile}
   * @return the Dockerfile; with a lenient parser, possibly with opaque instructions
   * @throws DockerfileParseException listing every problem, when the file cannot be read (strict), or when
   *     even lenient reading cannot make sense of it
   */
  public Dockerfile parse(String text, String fileName) {
    return read(text, fileName).orThrow();
  }

  /**
   * Reads a Dockerfile from a file in UTF-8; problems name the path as given.
   *
   * @param file such as {@code Path.of("Dockerfile")}
   * @return the Dockerfile
   * @throws IOException when the file cannot be read (or is not UTF-8)
   * @throws DockerfileParseException as {@link #parse(String, String)} does
   */
  public Dockerfile parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a Dockerfile and returns what was read together with every problem, without throwing for them.
   *
   * @param text the whole file
   * @param fileName the name problems and the model's source carry, such as {@code Dockerfile}
   * @return the Dockerfile (absent when the strict parser refused the file) and every problem, in source order
   * @throws NullPointerException if an argument is null
   */
  public ParseResult read(String text, String fileName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fileName, "fileName");
    return new Reading(text, fileName, lenient).run();
  }

  /** The state of reading one file. */
  private static final class Reading {
    private final String text;
    private final String fileName;
    private final boolean lenient;
    private final List<Problem> problems = new ArrayList<>();
    private SourceFile.Builder spans;

    Reading(String text, String fileName, boolean lenient) {
      this.text = text;
      this.fileName = fileName;
      this.lenient = lenient;
    }

    private InstructionReader reader;
    private final List<ParserDirective> directives = new ArrayList<>();
    private final List<Element> header = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private FromInstruction currentFrom;
    private List<Element> currentLeading;
    // Comments and blank lines go straight into the current list (the header, then each stage's body); those
    // after its last instruction, from pendingStart on, move to the next stage's leading at a FROM.
    private List<Element> current = header;
    private int pendingStart;

    ParseResult run() {
      SyntaxTree tree = SyntaxParser.parse(text, fileName);
      // one span per item, two for the rare instruction refused after being typed
      spans = SourceFile.builder(fileName, tree.hasByteOrderMark(), tree.lineEnding(), text, tree.items().size() + 1);
      for (SyntaxProblem p : tree.problems()) {
        problems.add(new Problem(fileName, new SourcePosition(p.line(), p.column()), p.message()));
      }
      reader = new InstructionReader(fileName, tree.escapeCharacter(), text);
      // Offsets are asked of each item's own (final) class: no interface call for every item.
      List<SyntaxItem> items = tree.items();
      for (int i = 0, n = items.size(); i < n; i++) {
        SyntaxItem item = items.get(i);
        if (item instanceof dev.dockwright.parser.syntax.Comment c) {
          comment(c);
        } else if (item instanceof dev.dockwright.parser.syntax.BlankLine b) {
          blankLine(b);
        } else if (item instanceof dev.dockwright.parser.syntax.ParserDirective d) {
          directive(d);
        } else {
          instruction((dev.dockwright.parser.syntax.Instruction) item);
        }
      }
      if (currentFrom != null) {
        stages.add(new Stage(currentLeading, currentFrom, current));
      } else if (tree.instructions().isEmpty() && problems.isEmpty()) {
        problems.add(new Problem(fileName, new SourcePosition(1, 1), "file with no instructions"));
      }
      problems.sort((a, b) -> a.position().compareTo(b.position()));
      if (!lenient && !problems.isEmpty()) {
        return new ParseResult(null, problems);
      }
      SourceFile source = spans.build();
      try {
        return new ParseResult(Dockerfile.of(directives, header, stages, source), problems);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(fileName, new SourcePosition(1, 1), e.getMessage()));
        return new ParseResult(null, problems);
      }
    }

    private void comment(dev.dockwright.parser.syntax.Comment c) {
      Element e = comment(c.startOffset(), c.endOffset(), c);
      spans.add(e, c.startOffset(), c.endOffset());
      current.add(e);
    }

    private void blankLine(dev.dockwright.parser.syntax.BlankLine b) {
      Element e = new BlankLine();
      spans.add(e, b.startOffset(), b.endOffset());
      current.add(e);
    }

    private void directive(dev.dockwright.parser.syntax.ParserDirective d) {
      try {
        if (!hasDirective(directives, d.name())) {
          ParserDirective directive = new ParserDirective(d.name(), d.value());
          directives.add(directive);
          spans.add(directive, d.startOffset(), d.endOffset());
          return;
        }
      } catch (IllegalArgumentException e) {
        // an invalid directive (reported by the syntax level) stays in the file as the comment it looks like
      }
      Element asComment = comment(d.startOffset(), d.endOffset(), d);
      spans.add(asComment, d.startOffset(), d.endOffset());
      current.add(asComment);
      pendingStart = current.size(); // it stays in the header, whatever follows
    }

    private void instruction(dev.dockwright.parser.syntax.Instruction in) {
      Instruction typed = typed(reader, in, stages.size() + (currentFrom == null ? 0 : 1));
      spans.add(typed, in.startOffset(), in.endOffset());
      if (typed instanceof FromInstruction from) {
        List<Element> pending = current.subList(pendingStart, current.size());
        List<Element> leading = List.copyOf(pending);
        pending.clear();
        if (currentFrom != null) {
          stages.add(new Stage(currentLeading, currentFrom, current));
        }
        reader.stageStarted(from, stages.size());
        currentFrom = from;
        currentLeading = leading;
        current = new ArrayList<>();
        pendingStart = 0;
        return;
      }
      if (currentFrom == null && !(typed instanceof ArgInstruction) && !(typed instanceof OpaqueInstruction)) {
        problem(in.span(), "no build stage in current context");
        typed = opaque(in);
        spans.add(typed, in.startOffset(), in.endOffset());
      }
      current.add(typed);
      pendingStart = current.size();
    }

    private static boolean hasDirective(List<ParserDirective> directives, String name) {
      for (ParserDirective x : directives) {
        if (x.normalizedName().equals(name)) {
          return true;
        }
      }
      return false;
    }

    private Instruction typed(
        InstructionReader reader, dev.dockwright.parser.syntax.Instruction in, int stageIndex) {
      try {
        return reader.read(in, stageIndex);
      } catch (InstructionReader.Refusal r) {
        problem(r.where() == null ? in.span() : r.where(), r.getMessage());
        return opaque(in);
      }
    }

    private OpaqueInstruction opaque(dev.dockwright.parser.syntax.Instruction in) {
      String all = in.text().replace("\r\n", "\n");
      if (all.startsWith("\uFEFF")) {
        all = all.substring(1);
      }
      all = all.stripLeading();
      int end = 0;
      while (end < all.length() && !Character.isWhitespace(all.charAt(end))) {
        end++;
      }
      String keyword = all.substring(0, end);
      String rest = all.substring(end);
      if (rest.endsWith("\n")) {
        rest = rest.substring(0, rest.length() - 1);
      }
      return new OpaqueInstruction(keyword.isEmpty() ? "?" : keyword, rest.strip());
    }

    private void problem(dev.dockwright.parser.syntax.SourceSpan where, String message) {
      problems.add(new Problem(fileName, new SourcePosition(where.startLine(), where.startColumn()), message));
    }

    /**
     * The comment on the line {@code [start, end)} (a comment or directive line): the text after its '#'. A
     * lone carriage return inside the line (no line end for BuildKit) cannot be in a comment of the model: it
     * is reported, and the comment keeps a blank in its place (the file's own text is still what renders).
     */
    private Comment comment(int start, int end, SyntaxItem item) {
      while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
      int hash = text.indexOf('#', start); // on this line: the line is a comment
      String content = text.substring(hash + 1, end);
      try {
        return new Comment(content);
      } catch (IllegalArgumentException e) {
        // reported at the '#' (a byte order mark before it takes no column)
        dev.dockwright.parser.syntax.SourceSpan line = item.span();
        int bom = start == 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        problems.add(new Problem(fileName,
            new SourcePosition(line.startLine(), line.startColumn() + hash - start - bom), e.getMessage()));
        return new Comment(content.replace('\r', ' '));
      }
    }
  }
}
