package dev.dockwright.javagen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Java expression that lays itself out: on one line when it fits, otherwise with its calls (or its
 * arguments) one per line, four spaces deeper, as a person breaks a fluent chain.
 *
 * <pre>{@code
 * Expr run = Expr.chain(Expr.call(CodeBlock.of("$T.shell", Run.class), Expr.string("go build")))
 *     .then(".mount", Expr.atom("$T.cache($S)", Mount.class, "/go/pkg/mod"));
 * CodeBlock code = run.layout(8, 8, 1);
 * }</pre>
 */
abstract class Expr {
  /** The column limit of the generated code. */
  static final int WIDTH = 100;

  /** How far a broken line goes in, in columns: two levels of the generated file's two-space indent. */
  static final int CONTINUATION = 4;

  // Types are imported in the generated file, so measure them by their simple names.
  private static final Pattern PACKAGE_PREFIX =
      Pattern.compile("\\b(?:dev\\.dockwright\\.(?:model|dsl|render)|java\\.(?:util|time|lang))\\.");

  private Expr() {}

  /** An expression that is never broken. */
  static Expr atom(String format, Object... args) {
    return new Atom(CodeBlock.of(format, args));
  }

  /** A string literal. */
  static Expr string(String value) {
    return atom("$S", value);
  }

  /** {@code name(args...)}: {@code name} is what comes before the parenthesis, such as {@code $T.lines}. */
  static Call call(CodeBlock name, List<Expr> args) {
    return new Call(name, List.copyOf(args), false);
  }

  /** {@code name(args...)}. */
  static Call call(CodeBlock name, Expr... args) {
    return call(name, Arrays.asList(args));
  }

  /** {@code Type.method(args...)}. */
  static Call staticCall(Class<?> type, String method, List<Expr> args) {
    return call(CodeBlock.of("$T.$N", type, method), args);
  }

  /** {@code Type.method(args...)}. */
  static Call staticCall(Class<?> type, String method, Expr... args) {
    return staticCall(type, method, Arrays.asList(args));
  }

  /** {@code new Type(args...)}. */
  static Call construct(Class<?> type, List<Expr> args) {
    return call(CodeBlock.of("new $T", type), args);
  }

  /** A chain of calls on {@code head}, started empty. */
  static Chain chain(Expr head) {
    return new Chain(head, new ArrayList<>());
  }

  /** The expression on one line (string literals with line breaks aside). */
  abstract CodeBlock inline();

  /** Whether {@link #layout} can spread the expression over several lines. */
  abstract boolean breakable();

  /**
   * Whether the expression must be broken even where it fits: it holds a call whose arguments go one per
   * line, or more code follows a string literal with line breaks (which would hide it at a line's end).
   */
  abstract boolean mustBreak();

  /** Whether the inline form spans lines (a string literal with line breaks). */
  final boolean multiline() {
    return inline().toString().indexOf('\n') >= 0;
  }

  /**
   * The expression laid out to fit {@link #WIDTH}.
   *
   * @param column where the expression starts on its line
   * @param indent the column at which the current line starts
   * @param trailing how many characters follow the expression on its last line
   */
  CodeBlock layout(int column, int indent, int trailing) {
    CodeBlock inline = inline();
    if (!breakable() || (!mustBreak() && column + width(inline) + trailing <= WIDTH)) {
      return inline;
    }
    return broken(column, indent, trailing);
  }

  abstract CodeBlock broken(int column, int indent, int trailing);

  /** The width of the first line of a code block, with types written by their simple names. */
  static int width(CodeBlock code) {
    String text = PACKAGE_PREFIX.matcher(code.toString()).replaceAll("");
    int newline = text.indexOf('\n');
    return newline < 0 ? text.length() : newline;
  }

  private static final class Atom extends Expr {
    private final CodeBlock code;

    Atom(CodeBlock code) {
      this.code = code;
    }

    @Override
    CodeBlock inline() {
      return code;
    }

    @Override
    boolean breakable() {
      return false;
    }

    @Override
    boolean mustBreak() {
      return false;
    }

    @Override
    CodeBlock broken(int column, int indent, int trailing) {
      return code;
    }
  }

  /** A call with arguments; broken, it lays out a single breakable argument, or puts one argument a line. */
  static final class Call extends Expr {
    private final CodeBlock name;
    private final List<Expr> args;
    private final boolean argumentPerLine;

    private Call(CodeBlock name, List<Expr> args, boolean argumentPerLine) {
      this.name = name;
      this.args = args;
      this.argumentPerLine = argumentPerLine;
    }

    /** This call with its arguments always one per line, as {@code Run.lines} reads best. */
    Call argumentPerLine() {
      return new Call(name, args, true);
    }

    @Override
    CodeBlock inline() {
      CodeBlock.Builder b = CodeBlock.builder().add(name).add("(");
      for (int i = 0; i < args.size(); i++) {
        b.add(i == 0 ? "" : ", ").add(args.get(i).inline());
      }
      return b.add(")").build();
    }

    // A lone argument that cannot break stays on the line: moving it down gains a few columns, reads worse.
    @Override
    boolean breakable() {
      return args.size() > 1 || (args.size() == 1 && args.get(0).breakable());
    }

    @Override
    boolean mustBreak() {
      if (argumentPerLine && args.size() > 1) {
        return true;
      }
      for (int i = 0; i < args.size(); i++) {
        Expr arg = args.get(i);
        if (arg.mustBreak() || (i < args.size() - 1 && arg.multiline())) {
          return true;
        }
      }
      return false;
    }

    @Override
    CodeBlock broken(int column, int indent, int trailing) {
      int open = column + width(name) + 1;
      if (args.size() == 1 && args.get(0).breakable() && !argumentPerLine) {
        return CodeBlock.builder()
            .add(name)
            .add("(")
            .add(args.get(0).layout(open, indent, trailing + 1))
            .add(")")
            .build();
      }
      int inner = indent + CONTINUATION;
      CodeBlock.Builder b = CodeBlock.builder().add(name).add("(\n$>$>");
      for (int i = 0; i < args.size(); i++) {
        boolean last = i == args.size() - 1;
        b.add(args.get(i).layout(inner, inner, last ? trailing + 1 : 1));
        b.add(last ? ")" : ",\n");
      }
      return b.add("$<$<").build();
    }
  }

  /** {@code head.a(...).b(...)}; broken, each call goes on a line of its own. */
  static final class Chain extends Expr {
    private final Expr head;
    private final List<Call> calls;

    private Chain(Expr head, List<Call> calls) {
      this.head = head;
      this.calls = calls;
    }

    /** Adds the call {@code name(args...)}; {@code name} starts with a dot. */
    Chain then(String name, Expr... args) {
      calls.add(call(CodeBlock.of(name), args));
      return this;
    }

    /** Adds a call. */
    Chain then(Call call) {
      calls.add(call);
      return this;
    }

    /** The chain, or its head alone when no call was added. */
    Expr orHead() {
      return calls.isEmpty() ? head : this;
    }

    @Override
    CodeBlock inline() {
      CodeBlock.Builder b = CodeBlock.builder().add(head.inline());
      for (Call c : calls) {
        b.add(c.inline());
      }
      return b.build();
    }

    @Override
    boolean breakable() {
      return !calls.isEmpty() || head.breakable();
    }

    @Override
    boolean mustBreak() {
      if (head.mustBreak() || (!calls.isEmpty() && head.multiline())) {
        return true;
      }
      for (int i = 0; i < calls.size(); i++) {
        Call call = calls.get(i);
        if (call.mustBreak() || (i < calls.size() - 1 && call.multiline())) {
          return true;
        }
      }
      return false;
    }

    @Override
    CodeBlock broken(int column, int indent, int trailing) {
      if (calls.isEmpty()) {
        return head.layout(column, indent, trailing);
      }
      int inner = indent + CONTINUATION;
      CodeBlock.Builder b = CodeBlock.builder().add(head.layout(column, indent, 0)).add("$>$>");
      for (int i = 0; i < calls.size(); i++) {
        boolean last = i == calls.size() - 1;
        b.add("\n").add(calls.get(i).layout(inner, inner, last ? trailing : 0));
      }
      return b.add("$<$<").build();
    }
  }
}
