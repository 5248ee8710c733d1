package dev.dockwright.lint.rules;

import dev.dockwright.lexer.Env;
import dev.dockwright.lexer.ExpandedWord;
import dev.dockwright.lexer.ShellLexer;
import dev.dockwright.lexer.WordExpansionException;
import dev.dockwright.lint.LintContext;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.WorkdirInstruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables in scope at each instruction, as BuildKit's dispatcher has them when it lints every stage
 * ({@code docker build --check}): the global build args that FROM lines expand (the predefined platform args
 * and the ARGs before the first FROM), and for each instruction of a stage the stage's environment before
 * it (ENV, ARGs with a value, the parent stage's variables for {@code FROM <stage>}) and the ARGs it
 * declared. A stage FROM an image also has that image's environment, which a linter cannot see: the scope
 * then says so ({@link Scope#imageEnvUnknown()}) and only PATH, which BuildKit always sets, is known.
 *
 * <p>ONBUILD triggers are not dispatched in the stage that declares them, so they have no scope.
 */
final class BuildScopes {
  /** The predefined platform args with the values of a linux/amd64 build (TARGETSTAGE is set per file). */
  static final List<String> PLATFORM_ARGS = List.of(
      "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT",
      "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE");

  /** The proxy args every build accepts without a declaration (in RUN only, until an ARG declares them). */
  static final List<String> PROXY_ARGS = List.of(
      "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY",
      "no_proxy", "ALL_PROXY", "all_proxy");

  /** Args BuildKit reads itself and never puts in the environment, so never reports. */
  static final Set<String> NON_ENV_ARGS = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

  /** The PATH BuildKit sets in a stage whose base image has none (linux). */
  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  /** What is defined before one instruction of a stage. */
  record Scope(Map<String, String> env, Set<String> args, boolean imageEnvUnknown, boolean workdirSet) {
    Scope {
      env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
      args = Collections.unmodifiableSet(new LinkedHashSet<>(args));
    }

    /** The environment words are expanded against (known values only). */
    Env lexerEnv() {
      return Env.of(env);
    }

    /** Whether BuildKit would not report the name: set in the environment, a declared ARG, or its own arg. */
    boolean isDeclared(String name) {
      return env.containsKey(name) || args.contains(name) || NON_ENV_ARGS.contains(name);
    }
  }

  private final LintContext context;
  private final ShellLexer lexer;
  private final Map<String, String> globalArgs = new LinkedHashMap<>();
  private final Set<String> declaredGlobalArgs = new LinkedHashSet<>();
  private final IdentityHashMap<Element, Scope> scopes = new IdentityHashMap<>();
  private final IdentityHashMap<Stage, Scope> endOfStage = new IdentityHashMap<>();

  private BuildScopes(LintContext context) {
    this.context = context;
    this.lexer = ShellLexer.of(context.file().escapeChar());
  }

  /**
   * The scopes of a file. {@code onArgDefault} hears each ARG default of a stage expanded, with the scope it
   * was expanded in (what UndefinedVar checks); it may be null.
   */
  static BuildScopes of(LintContext context, ArgDefaultListener onArgDefault) {
    BuildScopes scopes = new BuildScopes(context);
    scopes.walk(onArgDefault);
    return scopes;
  }

  static BuildScopes of(LintContext context) {
    return of(context, null);
  }

  /** Hears one ARG default expanded inside a stage. */
  interface ArgDefaultListener {
    void expanded(ArgInstruction arg, ExpandedWord word, Scope scope);
  }

  /** The lexer of the file (its escape character). */
  ShellLexer lexer() {
    return lexer;
  }

  /** The global args FROM lines expand against: predefined platform args, then global ARGs with a value. */
  Env globalEnv() {
    return Env.of(globalArgs);
  }

  /** The names a FROM may use without UndefinedArgInFrom: predefined platform args and every global ARG. */
  List<String> fromArgNames() {
    Set<String> names = new LinkedHashSet<>(globalArgs.keySet());
    names.addAll(declaredGlobalArgs);
    return List.copyOf(names);
  }

  /** The scope before an instruction of a stage; empty for global ARGs and ONBUILD triggers. */
  Optional<Scope> before(Element instruction) {
    return Optional.ofNullable(scopes.get(instruction));
  }

  /** Expands a word; empty when BuildKit would fail on it (an unterminated quote, a bad substitution). */
  Optional<ExpandedWord> expand(String word, Env env) {
    try {
      return Optional.of(lexer.processWord(word, env));
    } catch (WordExpansionException e) {
      return Optional.empty();
    }
  }

  /** Expands a text into words as EXPOSE does; empty when BuildKit would fail on it. */
  Optional<List<String>> expandWords(String text, Env env) {
    try {
      return Optional.of(lexer.processWords(text, env));
    } catch (WordExpansionException e) {
      return Optional.empty();
    }
  }

  private void walk(ArgDefaultListener onArgDefault) {
    List<Stage> stages = context.file().stages();
    String target = stages.isEmpty() ? "" : stages.get(stages.size() - 1).name().orElse("");
    globalArgs.put("BUILDPLATFORM", "linux/amd64");
    globalArgs.put("BUILDOS", "linux");
    globalArgs.put("BUILDOSVERSION", "");
    globalArgs.put("BUILDARCH", "amd64");
    globalArgs.put("BUILDVARIANT", "");
    globalArgs.put("TARGETPLATFORM", "linux/amd64");
    globalArgs.put("TARGETOS", "linux");
    globalArgs.put("TARGETOSVERSION", "");
    globalArgs.put("TARGETARCH", "amd64");
    globalArgs.put("TARGETVARIANT", "");
    globalArgs.put("TARGETSTAGE", target.isEmpty() ? "default" : target.toLowerCase(Locale.ROOT));
    for (Element e : context.file().header()) {
      if (e instanceof ArgInstruction arg) {
        for (String[] d : declarations(arg)) {
          declaredGlobalArgs.add(d[0]);
          if (d[1] != null) {
            expand(d[1], Env.of(globalArgs)).ifPresent(w -> globalArgs.put(d[0], w.value()));
          }
        }
      }
    }
    Map<String, Stage> byName = new LinkedHashMap<>();
    for (Stage stage : stages) {
      Scope start = startOf(stage, byName);
      Map<String, String> env = new LinkedHashMap<>(start.env());
      Set<String> args = new LinkedHashSet<>(start.args());
      boolean workdirSet = start.workdirSet();
      for (Element e : stage.body()) {
        if (!(e instanceof Instruction)) {
          continue;
        }
        Scope scope = new Scope(env, args, start.imageEnvUnknown(), workdirSet);
        scopes.put(e, scope);
        if (e instanceof ArgInstruction arg) {
          for (String[] d : declarations(arg)) {
            if (d[1] != null) {
              Scope now = new Scope(env, args, start.imageEnvUnknown(), workdirSet);
              Optional<ExpandedWord> word = expand(d[1], now.lexerEnv());
              if (word.isPresent()) {
                if (onArgDefault != null) {
                  onArgDefault.expanded(arg, word.get(), now);
                }
                env.put(d[0], word.get().value());
              }
            } else if (globalArgs.containsKey(d[0])) {
              // a bare ARG takes the global value: a global ARG's or a predefined platform arg's
              env.put(d[0], globalArgs.get(d[0]));
            }
            args.add(d[0]);
          }
        } else if (e instanceof EnvInstruction) {
          // every pair is expanded against the environment before the instruction
          Map<String, String> values = new LinkedHashMap<>();
          context.syntaxOf(e).ifPresent(in -> {
            List<String> a = in.arguments();
            for (int i = 0; i + 1 < a.size(); i += 3) {
              Optional<ExpandedWord> key = expand(a.get(i), scope.lexerEnv());
              Optional<ExpandedWord> value = expand(a.get(i + 1), scope.lexerEnv());
              if (key.isPresent() && value.isPresent()) {
                values.put(key.get().value(), value.get().value());
              }
            }
          });
          env.putAll(values);
        } else if (e instanceof WorkdirInstruction) {
          workdirSet = true;
        }
      }
      endOfStage.put(stage, new Scope(env, args, start.imageEnvUnknown(), workdirSet));
      stage.name().ifPresent(n -> byName.put(n.toLowerCase(Locale.ROOT), stage));
    }
  }

  private Scope startOf(Stage stage, Map<String, Stage> byName) {
    FromInstruction from = stage.from();
    String base = from.image().text();
    Optional<ExpandedWord> expanded = expand(base, globalEnv());
    String name = expanded.map(ExpandedWord::value).orElse(base).toLowerCase(Locale.ROOT);
    Stage parent = from.image() instanceof StageRef ? byName.get(base.toLowerCase(Locale.ROOT)) : byName.get(name);
    if (parent != null && endOfStage.containsKey(parent)) {
      return endOfStage.get(parent);
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", DEFAULT_PATH);
    boolean scratch = from.image() instanceof ImageRef && name.equals("scratch");
    return new Scope(env, Set.of(), !scratch, false);
  }

  /** Name and raw default (quotes and references kept; null when none) of each declaration of an ARG. */
  private List<String[]> declarations(ArgInstruction arg) {
    List<String[]> out = new ArrayList<>();
    context.syntaxOf(arg).ifPresent(in -> {
      for (String word : in.arguments()) {
        int eq = word.indexOf('=');
        out.add(eq < 0 ? new String[] {word, null} : new String[] {word.substring(0, eq), word.substring(eq + 1)});
      }
    });
    return out;
  }

  /** The names of the predefined args, which no image sets in its environment. */
  static Set<String> predefinedArgNames() {
    return PREDEFINED;
  }

  private static final Set<String> PREDEFINED = predefined();

  private static Set<String> predefined() {
    Set<String> names = new LinkedHashSet<>(PLATFORM_ARGS);
    names.addAll(PROXY_ARGS);
    names.add("SOURCE_DATE_EPOCH");
    return Collections.unmodifiableSet(names);
  }
}
