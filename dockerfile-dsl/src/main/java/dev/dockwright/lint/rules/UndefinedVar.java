package dev.dockwright.lint.rules;

import dev.dockwright.lexer.ExpandedWord;
import dev.dockwright.lexer.ShellLexer;
import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Heredoc;
import dev.dockwright.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variable used in a word BuildKit expands before it is defined: by an ARG of the stage (or of the stage
 * it builds on), an ENV, or the base image's environment. The words are those BuildKit checks: ENV and
 * LABEL keys and values, ARG defaults, COPY and ADD sources, destination, {@code --chown}, {@code --chmod},
 * {@code --checksum} and expanding heredoc bodies, WORKDIR, USER, VOLUME, STOPSIGNAL and RUN mount options.
 * Not RUN, CMD or ENTRYPOINT, which the shell expands; not EXPOSE, which BuildKit expands without checking;
 * not FROM, which UndefinedArgInFrom checks.
 *
 * <p>BuildKit knows the base image's environment; a linter does not. In a stage built on {@code scratch}
 * (directly or through other stages) every undefined variable is reported, as BuildKit does. In a stage
 * built on an image, a variable is reported only when the image cannot be what defines it: the file itself
 * declares it elsewhere (a global ARG not re-declared in the stage, an ARG or ENV of another stage or later
 * in this one), it is a predefined arg ({@code TARGETARCH}, {@code HTTP_PROXY}, ... take effect only once
 * an ARG declares them), or it is a near miss of a variable the file defines in scope ({@code $DIR_ASSET},
 * did you mean {@code $DIR_ASSETS}; names of four characters or more). A near miss of PATH alone is no
 * evidence there: the golang image sets {@code GOPATH}, which is two edits from it.
 */
final class UndefinedVar implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "UndefinedVar",
      List.of(),
      Severity.WARNING,
      "Variables should be defined before they are used.",
      """
      ARG GO_VERSION=1.23.4
      FROM golang:${GO_VERSION}-bookworm
      ENV GOTOOLCHAIN=go${GO_VERSION}
      COPY bin/app-${TARGETARCH} /usr/local/bin/app
      """,
      """
      ARG GO_VERSION=1.23.4
      FROM golang:${GO_VERSION}-bookworm
      ARG GO_VERSION
      ARG TARGETARCH
      ENV GOTOOLCHAIN=go${GO_VERSION}
      COPY bin/app-${TARGETARCH} /usr/local/bin/app
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Set<String> fileNames = namesDeclaredInFile(context);
    Map<Element, Map<String, BuildScopes.Scope>> unset = new IdentityHashMap<>();
    BuildScopes scopes = BuildScopes.of(context, (arg, word, scope) -> collect(unset, arg, word, scope));
    ShellLexer heredocLexer = ShellLexer.of('\\').withQuoteProcessing(false);
    for (Stage stage : context.file().stages()) {
      for (Element e : stage.body()) {
        var scope = scopes.before(e);
        var in = context.syntaxOf(e);
        if (scope.isEmpty() || in.isEmpty()) {
          continue;
        }
        for (String word : checkedWords(in.get())) {
          scopes.expand(word, scope.get().lexerEnv()).ifPresent(w -> collect(unset, e, w, scope.get()));
        }
        String keyword = in.get().lowerCaseKeyword();
        if (keyword.equals("copy") || keyword.equals("add")) {
          for (Heredoc h : in.get().heredocs()) {
            if (h.expand()) {
              try {
                collect(unset, e, heredocLexer.processWord(h.chompedContent(), scope.get().lexerEnv()), scope.get());
              } catch (dev.dockwright.lexer.WordExpansionException ignored) {
                // BuildKit fails the build on this body; nothing to lint
              }
            }
          }
        }
      }
    }
    List<Element> order = new ArrayList<>();
    for (Stage stage : context.file().stages()) {
      order.addAll(stage.body());
    }
    for (Element e : order) {
      Map<String, BuildScopes.Scope> names = unset.get(e);
      if (names == null) {
        continue;
      }
      names.forEach((name, scope) -> {
        if (isReported(name, scope, fileNames)) {
          String message = "Usage of undefined variable '$" + name + "'"
              + Suggestions.nearest(name, scope.env().keySet(), true).map(s -> " (did you mean $" + s + "?)")
                  .orElse("");
          context.report(e, message);
        }
      });
    }
  }

  private static void collect(Map<Element, Map<String, BuildScopes.Scope>> unset, Element at, ExpandedWord word,
      BuildScopes.Scope scope) {
    for (String name : word.unset()) {
      unset.computeIfAbsent(at, k -> new LinkedHashMap<>()).putIfAbsent(name, scope);
    }
  }

  private static boolean isReported(String name, BuildScopes.Scope scope, Set<String> fileNames) {
    if (scope.isDeclared(name)) {
      return false;
    }
    if (!scope.imageEnvUnknown()) {
      return true;
    }
    // a near miss of PATH proves nothing: images set GOPATH, JAVA_PATH, ... next to it
    List<String> ownNames = scope.env().keySet().stream().filter(n -> !n.equals("PATH")).toList();
    // and two edits turn any short name into another: GID is no typo of GO
    return fileNames.contains(name) || BuildScopes.predefinedArgNames().contains(name)
        || name.length() >= 4 && Suggestions.nearest(name, ownNames, true).isPresent();
  }

  /** The words of an instruction that BuildKit expands and checks, as written. */
  static List<String> checkedWords(dev.dockwright.parser.syntax.Instruction in) {
    List<String> words = new ArrayList<>();
    List<String> args = in.arguments();
    switch (in.lowerCaseKeyword()) {
      case "env", "label" -> {
        for (int i = 0; i + 1 < args.size(); i += 3) {
          words.add(args.get(i));
          words.add(args.get(i + 1));
        }
      }
      case "copy", "add" -> {
        for (Flag f : in.flags()) {
          if (f.name().equals("chown") || f.name().equals("chmod")
              || (f.name().equals("checksum") && in.lowerCaseKeyword().equals("add"))) {
            f.value().ifPresent(words::add);
          }
        }
        Set<String> heredocs = new HashSet<>();
        in.heredocs().forEach(h -> heredocs.add(h.name()));
        for (int i = 0; i < args.size(); i++) {
          String word = args.get(i);
          boolean source = i < args.size() - 1;
          if (source && !in.jsonForm() && isHeredocMarker(word, heredocs)) {
            continue;
          }
          words.add(word);
        }
      }
      case "workdir", "user", "stopsignal" -> {
        if (!args.isEmpty()) {
          words.add(args.get(0));
        }
      }
      case "volume" -> words.addAll(args);
      case "run" -> {
        for (Flag f : in.flags()) {
          if (f.name().equals("mount")) {
            f.value().ifPresent(v -> words.addAll(mountValues(v)));
          }
        }
      }
      default -> {
        // ARG defaults are expanded while the scopes are built; other instructions are not expanded
      }
    }
    return words;
  }

  /** Whether a COPY/ADD source word is the marker of one of the instruction's heredocs. */
  static boolean isHeredocMarker(String word, Set<String> names) {
    int i = 0;
    while (i < word.length() && Character.isDigit(word.charAt(i))) {
      i++;
    }
    if (!word.startsWith("<<", i)) {
      return false;
    }
    String name = word.substring(i + 2);
    if (name.startsWith("-")) {
      name = name.substring(1);
    }
    return names.contains(name.replace("\"", "").replace("'", ""));
  }

  /** The values of a mount's {@code key=value} fields, read as CSV (double quotes group, "" is a quote). */
  static List<String> mountValues(String mount) {
    List<String> values = new ArrayList<>();
    for (String field : csvFields(mount)) {
      int eq = field.indexOf('=');
      if (eq >= 0) {
        values.add(field.substring(eq + 1));
      }
    }
    return values;
  }

  private static List<String> csvFields(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Every name an ARG (global or of a stage) or an ENV of the file declares. */
  private static Set<String> namesDeclaredInFile(LintContext context) {
    Set<String> names = new LinkedHashSet<>();
    for (Instruction i : context.instructions()) {
      if (i instanceof ArgInstruction arg) {
        for (ArgDeclaration d : arg.arguments()) {
          names.add(d.name());
        }
      } else if (i instanceof EnvInstruction env) {
        for (KeyValue kv : env.variables()) {
          names.add(kv.key());
        }
      }
    }
    return names;
  }
}
