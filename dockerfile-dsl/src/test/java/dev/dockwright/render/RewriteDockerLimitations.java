package dev.dockwright.render;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that BuildKit reads but rewrite-docker 8.90.2's grammar does not, so that the property over
 * rewrite-docker tests our rendering, not its gaps. Each case is pinned by an example in
 * {@code RewriteDockerLimitationsTest}, which fails once rewrite-docker handles it.
 */
final class RewriteDockerLimitations {
  private RewriteDockerLimitations() {}

  /** Whether the file has none of the cases below. */
  static boolean none(Dockerfile file) {
    if (directiveLikeText(file) || lineEndsWithBacktick(file)) {
      return false;
    }
    for (Instruction i : instructions(file)) {
      Instruction inner = i instanceof OnBuildInstruction onBuild ? onBuild.trigger() : i;
      if (noArguments(inner) || variableStopSignal(inner) || heredocNotFirst(inner)
          || backslashOnHeredocLine(inner) || quotedCopyHeredoc(inner) || argWithoutDefaultFirst(inner)
          || equalsInAPath(inner) || heredocWithOtherWords(inner) || arrowsOutsideQuotes(inner)
          || moreArrowsThanHeredocs(inner) || arrowsInAPath(inner)) {
        return false;
      }
    }
    return true;
  }

  /**
   * 1. Nothing after the keyword and flags, as rewrite-docker reads it: an empty shell-form command,
   * "ENTRYPOINT ", or a first argument that starts with '#', "CMD # note", "WORKDIR #x", which it takes for a
   * comment.
   */
  static boolean noArguments(Instruction i) {
    String rest = DockerfileRenderer.defaults().render(i, '\\').split("\n", 2)[0].strip();
    if (i instanceof ArgInstruction && rest.contains("=#")) {
      return true; // "ARG A=#": there too it takes the '#' for a comment.
    }
    rest = rest.substring(i.keyword().length()).strip();
    while (rest.startsWith("--")) {
      int blank = rest.indexOf(' ');
      rest = blank < 0 ? "" : rest.substring(blank).strip();
    }
    if (i instanceof HealthcheckInstruction && rest.startsWith("CMD")) {
      rest = rest.substring(3).strip();
    }
    return rest.isEmpty() || rest.startsWith("#");
  }

  /** 2. A variable in STOPSIGNAL: "STOPSIGNAL $SIG". */
  static boolean variableStopSignal(Instruction i) {
    return i instanceof StopSignalInstruction stop && stop.signal().contains("$");
  }

  /** 3. A RUN heredoc whose marker is not the first word: "RUN cat <<EOF". */
  static boolean heredocNotFirst(Instruction i) {
    return i instanceof RunInstruction run && run.command() instanceof ShellCommand shell
        && !shell.heredocs().isEmpty() && !shell.commandLine().strip().startsWith("<<");
  }

  /**
   * 8. A COPY or ADD heredoc next to a path source, or before a destination with a blank: "COPY a <<EOF /d/",
   * "COPY <<EOF a /d/", "COPY <<EOF "a b"" (no parse, or a print that differs from the input).
   */
  static boolean heredocWithOtherWords(Instruction i) {
    if (inlineSources(i).isEmpty()) {
      return false;
    }
    List<CopySource> sources = i instanceof CopyInstruction copy ? copy.sources() : ((AddInstruction) i).sources();
    Value destination = i instanceof CopyInstruction copy ? copy.destination() : ((AddInstruction) i).destination();
    return sources.stream().anyMatch(s -> s instanceof CopySource.Path) || Quoting.hasWhitespace(destination);
  }

  /**
   * 4. On the first line of an instruction with heredocs, a backslash or backtick, or a word after the marker
   * that starts with '#': "COPY <<EOF "a\\b"", "ADD <<DATA #".
   */
  static boolean backslashOnHeredocLine(Instruction i) {
    boolean heredocs = (commandOf(i) instanceof ShellCommand shell && !shell.heredocs().isEmpty())
        || !inlineSources(i).isEmpty();
    if (!heredocs) {
      return false;
    }
    String firstLine = DockerfileRenderer.defaults().render(i, '\\').split("\n", 2)[0];
    if (firstLine.indexOf('\\') >= 0 || firstLine.indexOf('`') >= 0) {
      return true;
    }
    // A word starting with '#' after the first marker: "ADD <<DATA #", "RUN <<EOF cat # x" (read as a comment).
    String afterMarker = firstLine.substring(Math.max(0, firstLine.indexOf("<<")));
    return java.util.Arrays.stream(afterMarker.split("[ \\t]+")).anyMatch(w -> w.startsWith("#"));
  }

  /**
   * 5. A COPY or ADD heredoc with a quoted marker: "COPY <<"EOF" /d". Its lexer knows only unquoted markers, so
   * it reads the body as instructions, and fails on a line that is not one (and on an unquoted marker after it).
   */
  static boolean quotedCopyHeredoc(Instruction i) {
    return inlineSources(i).stream().anyMatch(inline -> !inline.heredoc().expand());
  }

  /** 6. Several build arguments, the first without a default: "ARG A B=1". */
  static boolean argWithoutDefaultFirst(Instruction i) {
    return i instanceof ArgInstruction arg && arg.arguments().size() > 1 && arg.arguments().get(0).defaultValue() == null;
  }

  /**
   * 7. A '=', '[', ']', ',' or "--" in a VOLUME, COPY or ADD path, or a bracket or comma in a LABEL key:
   * "VOLUME a=b", "COPY x] /y/", "COPY $A, /b/", "VOLUME ,", "VOLUME ${A}--", "LABEL [=x" (it reads these as
   * tokens of their own there; some uses, such as "VOLUME a,b", happen to parse).
   */
  static boolean equalsInAPath(Instruction i) {
    if (i instanceof LabelInstruction label) {
      return label.labels().stream().anyMatch(kv -> kv.key().chars().anyMatch(c -> c == '[' || c == ']' || c == ','));
    }
    List<Value> paths = new ArrayList<>();
    if (i instanceof VolumeInstruction volume) {
      paths.addAll(volume.paths());
    } else if (i instanceof CopyInstruction copy) {
      paths.add(copy.destination());
      copy.sources().forEach(s -> addPath(paths, s));
    } else if (i instanceof AddInstruction add) {
      paths.add(add.destination());
      add.sources().forEach(s -> addPath(paths, s));
    }
    return paths.stream().anyMatch(p -> p.toString().chars().anyMatch(c -> "=[],".indexOf(c) >= 0)
        || p.toString().contains("--"));
  }

  private static void addPath(List<Value> paths, CopySource source) {
    if (source instanceof CopySource.Path p) {
      paths.add(p.path());
    }
  }

  /**
   * 9. In an instruction without heredocs, "<<" and a letter outside quotes: "LABEL a=x<<X", "RUN echo a<<X"
   * (its lexer takes any such text for a heredoc marker; BuildKit looks for heredocs only in RUN, COPY and ADD
   * words that start with "<<", and a RUN like that has one).
   */
  static boolean arrowsOutsideQuotes(Instruction i) {
    boolean heredocs = (commandOf(i) instanceof ShellCommand shell && !shell.heredocs().isEmpty())
        || !inlineSources(i).isEmpty();
    if (heredocs) {
      return false;
    }
    String line = DockerfileRenderer.defaults().render(i, '\\');
    char quote = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (quote == 0 && c == '\\') {
        k++;
      } else if (quote == '"' && c == '\\') {
        k++;
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (line.startsWith("<<", k) && k + 2 < line.length()
          && (Character.isLetter(line.charAt(k + 2)) || "_-".indexOf(line.charAt(k + 2)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 10. Below the directives, a '#' followed by a name and '=' anywhere on a line: "# key=value" as a comment,
   * "RUN echo # a=1", "MAINTAINER me # a =" (its lexer takes that text for a parser directive wherever it is).
   */
  static boolean directiveLikeText(Dockerfile file) {
    String[] lines = DockerfileRenderer.defaults().render(file).split("\n");
    int first = 0;
    while (first < lines.length && lines[first].matches("#[ \\t]*(?i)(syntax|escape|check)=.*")) {
      first++;
    }
    for (int k = first; k < lines.length; k++) {
      if (DIRECTIVE_LIKE.matcher(lines[k]).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * 12. A COPY or ADD path holding "<<" next to a heredoc source: it prints {@code <<DATA "<<"} back as
   * {@code <<DATA<<" "}.
   */
  static boolean arrowsInAPath(Instruction i) {
    List<Value> paths = new ArrayList<>();
    List<CopySource> sources = i instanceof CopyInstruction c ? c.sources()
        : i instanceof AddInstruction a ? a.sources() : List.of();
    for (CopySource s : sources) {
      if (s instanceof CopySource.Path p) {
        paths.add(p.path());
      }
    }
    if (i instanceof CopyInstruction c) {
      paths.add(c.destination());
    } else if (i instanceof AddInstruction a) {
      paths.add(a.destination());
    }
    return paths.stream().anyMatch(v -> v.toString().contains("<<"));
  }

  /**
   * 11. A line that ends with a backtick in a file whose escape character is the backslash: "ARG G=`" (it takes
   * a backtick at the end of a line for a continuation whatever the escape directive says), or a comment that
   * ends with a backslash: "#\" (it reads the backslash and the line break as an escaped character).
   */
  static boolean lineEndsWithBacktick(Dockerfile file) {
    for (String line : DockerfileRenderer.defaults().render(file).split("\n")) {
      if (line.stripTrailing().endsWith("`") || (line.startsWith("#") && line.endsWith("\\"))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern DIRECTIVE_LIKE =
      java.util.regex.Pattern.compile("#[ \\t]*[A-Za-z_]+[ \\t]*=");

  /**
   * 12. On a line with heredocs, more "<<name" than heredocs, quoted or not: "ADD <<DATA "a<<EOF"" (after a
   * heredoc marker it reads the rest of the line without quotes, and takes each "<<name" for one more).
   */
  static boolean moreArrowsThanHeredocs(Instruction i) {
    int heredocs = commandOf(i) instanceof ShellCommand shell ? shell.heredocs().size() : inlineSources(i).size();
    if (heredocs == 0) {
      return false;
    }
    String line = DockerfileRenderer.defaults().render(i, '\\').split("\n", 2)[0];
    return ARROWS.matcher(line).results().count() > heredocs;
  }

  private static final java.util.regex.Pattern ARROWS = java.util.regex.Pattern.compile("<<-?\"?[A-Za-z_]");

  private static List<CopySource.Inline> inlineSources(Instruction i) {
    List<CopySource> sources = i instanceof CopyInstruction copy ? copy.sources()
        : i instanceof AddInstruction add ? add.sources() : List.of();
    List<CopySource.Inline> inline = new ArrayList<>();
    for (CopySource s : sources) {
      if (s instanceof CopySource.Inline in) {
        inline.add(in);
      }
    }
    return inline;
  }

  private static Command commandOf(Instruction i) {
    if (i instanceof RunInstruction run) {
      return run.command();
    }
    if (i instanceof CmdInstruction cmd) {
      return cmd.command();
    }
    if (i instanceof EntrypointInstruction entrypoint) {
      return entrypoint.command();
    }
    if (i instanceof HealthcheckInstruction health) {
      return health.command();
    }
    return null;
  }

  static List<Instruction> instructions(Dockerfile file) {
    List<Instruction> all = new ArrayList<>();
    for (Element e : file.header()) {
      if (e instanceof Instruction i) {
        all.add(i);
      }
    }
    for (Stage s : file.stages()) {
      all.add(s.from());
      all.addAll(s.instructions());
    }
    return all;
  }
}
