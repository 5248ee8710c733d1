package dev.dockwright.cache;

import dev.dockwright.cache.CacheReport.Cause;
import dev.dockwright.cache.CacheReport.Step;
import dev.dockwright.context.BuildContext;
import dev.dockwright.context.SourcePath;
import dev.dockwright.lexer.Env;
import dev.dockwright.lexer.ShellLexer;
import dev.dockwright.lexer.WordExpansionException;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.syntax.SyntaxParser;
import dev.dockwright.parser.syntax.SyntaxTree;
import dev.dockwright.render.DockerfileRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Says, for every step of a Dockerfile, whether the builder reuses it from its build cache or runs it again, given
 * what changed since the last build: files of the build context and build arguments. A model of BuildKit's cache
 * keys (or, with {@link #withBuilder}, of buildah 1.28's), described rule by rule in {@code docs/cache.md}.
 *
 * <pre>{@code
 * CacheReport report = CacheAnalysis.of(DockerfileParser.strict().parse(Path.of("Dockerfile")))
 *     .withContext(BuildContext.of(Path.of("."), Path.of("Dockerfile")))
 *     .withChangedPaths(List.of("src/app.js"))
 *     .withChangedArgs(List.of("VERSION"))
 *     .analyze();
 * for (CacheReport.Step step : report.rerunSteps()) {
 *   System.out.println(step.line() + ": " + step.reason());
 * }
 * }</pre>
 *
 * <p>The rules, in short: FROM an image is taken as unchanged, FROM a stage follows that stage. COPY and ADD run
 * again when they copy a changed file (globs, directories, {@code .dockerignore} and {@code --exclude} honoured),
 * copy from a stage that runs again, or use a changed build argument; ADD of a URL is taken as unchanged. RUN runs
 * again when a build argument in scope changed (every RUN after the ARG gets it in its environment) or it
 * bind-mounts a changed file or a stage that runs again; cache and secret mounts never make it run. Once a step
 * that changes the file system runs again, every later step of the stage does, and so do the stages that start
 * from, copy from or mount the stage. Stages the target does not need are not built.
 *
 * <p>Immutable; {@link #analyze()} may be called from several threads.
 */
public final class CacheAnalysis {
  private static final Set<String> PLATFORM_ARGS = Set.of(
      "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
      "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
  private static final String USER_KEY = "\0USER";

  private final Dockerfile file;
  private final BuildContext context;
  private final List<String> changedPaths;
  private final Set<String> changedArgs;
  private final Map<String, String> buildArgs;
  private final String target;
  private final BuilderTarget builder;

  private CacheAnalysis(Dockerfile file, BuildContext context, List<String> changedPaths, Set<String> changedArgs,
      Map<String, String> buildArgs, String target, BuilderTarget builder) {
    this.file = file;
    this.context = context;
    this.changedPaths = changedPaths;
    this.changedArgs = changedArgs;
    this.buildArgs = buildArgs;
    this.target = target;
    this.builder = builder;
  }

  /**
   * An analysis of the file with nothing changed, no context, the last stage as target, for BuildKit.
   *
   * @param file a parsed Dockerfile (or one built with the DSL: line numbers are then those it renders to)
   * @return a new analysis; the {@code with...} methods say what changed
   * @throws NullPointerException if {@code file} is null
   */
  public static CacheAnalysis of(Dockerfile file) {
    Objects.requireNonNull(file, "file");
    return new CacheAnalysis(file, null, List.of(), Set.of(), Map.of(), null, BuilderTarget.BUILDKIT);
  }

  /**
   * With the build context: its {@code .dockerignore} decides which changed files the builder sees, and a changed
   * path that names a directory of it stands for the files inside. Without one, every path is in the context.
   *
   * @param context such as {@code BuildContext.of(Path.of("."), Path.of("Dockerfile"))}; null for none
   * @return a new analysis; this one is unchanged
   */
  public CacheAnalysis withContext(BuildContext context) {
    return new CacheAnalysis(file, context, changedPaths, changedArgs, buildArgs, target, builder);
  }

  /**
   * With the paths that changed since the last build (added, edited or deleted), relative to the context root.
   * Replaces the paths given before.
   *
   * @param paths such as {@code List.of("src/app.js", "package.json")}, with {@code /} separators; each is
   *     cleaned ({@code ./src//a.js} is {@code src/a.js}, a leading {@code /} is the context root)
   * @return a new analysis; this one is unchanged
   * @throws IllegalArgumentException for a path outside the context ({@code ../x})
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public CacheAnalysis withChangedPaths(Collection<String> paths) {
    List<String> clean = new ArrayList<>();
    for (String p : Objects.requireNonNull(paths, "paths")) {
      Objects.requireNonNull(p, "path");
      String c = cleanPath(p);
      if (c.equals("..") || c.startsWith("../")) {
        throw new IllegalArgumentException("changed path is outside the context: " + p);
      }
      if (!clean.contains(c)) {
        clean.add(c);
      }
    }
    return new CacheAnalysis(file, context, List.copyOf(clean), changedArgs, buildArgs, target, builder);
  }

  /**
   * With the names of the build arguments whose value changed since the last build. Replaces the names given
   * before.
   *
   * @param names such as {@code List.of("VERSION")}
   * @return a new analysis; this one is unchanged
   * @throws IllegalArgumentException for a name that is null or not a valid argument name (letters, digits and
   *     {@code _}, not starting with a digit)
   * @throws NullPointerException if {@code names} is null
   */
  public CacheAnalysis withChangedArgs(Collection<String> names) {
    Set<String> set = new LinkedHashSet<>();
    for (String n : Objects.requireNonNull(names, "names")) {
      if (n == null || !n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("not a valid build argument name: " + (n == null ? null : "\"" + n + "\""));
      }
      set.add(n);
    }
    return new CacheAnalysis(file, context, changedPaths, Set.copyOf(set), buildArgs, target, builder);
  }

  /**
   * With the values passed as {@code --build-arg}, used to expand variables in paths (as in
   * {@code COPY ${APP}/ .}); an argument not given takes its default.
   *
   * @param values argument name to value, such as {@code Map.of("APP", "web")}
   * @return a new analysis; this one is unchanged
   * @throws NullPointerException if the map, a name or a value is null
   */
  public CacheAnalysis withBuildArgs(Map<String, String> values) {
    return new CacheAnalysis(file, context, changedPaths, changedArgs, Map.copyOf(values), target, builder);
  }

  /**
   * With the stage to build ({@code --target}); stages it does not need are reported as not built.
   *
   * @param stage a stage name (in any case) or 0-based index, such as {@code build} or {@code 0}; null for the
   *     last stage
   * @return a new analysis; this one is unchanged
   * @throws IllegalArgumentException when the file has no such stage
   */
  public CacheAnalysis withTarget(String stage) {
    if (stage != null && indexOf(file, stage) < 0) {
      throw new IllegalArgumentException("target stage \"" + stage + "\" could not be found");
    }
    return new CacheAnalysis(file, context, changedPaths, changedArgs, buildArgs, stage, builder);
  }

  /**
   * With the builder whose cache is modelled: {@link BuilderTarget#BUILDKIT} (the default) or
   * {@link BuilderTarget#BUILDAH} (1.28: bind mounts are not part of its cache keys, and steps other than RUN are
   * keyed by their unexpanded text, so a changed build argument only reaches RUN steps).
   *
   * @param builder {@link BuilderTarget#BUILDKIT} or {@link BuilderTarget#BUILDAH}
   * @return a new analysis; this one is unchanged
   * @throws IllegalArgumentException for the legacy builder
   * @throws NullPointerException if {@code builder} is null
   */
  public CacheAnalysis withBuilder(BuilderTarget builder) {
    Objects.requireNonNull(builder, "builder");
    if (builder == BuilderTarget.LEGACY) {
      throw new IllegalArgumentException("cache analysis models buildkit and buildah, not the legacy builder");
    }
    return new CacheAnalysis(file, context, changedPaths, changedArgs, buildArgs, target, builder);
  }

  /**
   * Runs the analysis; with a build context, lists the files of the directories that changed paths name.
   *
   * @return one step per instruction, each cached or re-run, with the reason
   * @throws IllegalArgumentException when a COPY or ADD source, after expanding build arguments, is not a valid
   *     pattern (such as {@code src/[a})
   * @throws java.io.UncheckedIOException when the build context directory cannot be read
   */
  public CacheReport analyze() {
    return new Analysis().run();
  }

  private static String cleanPath(String p) {
    String s = p;   // a backslash is an ordinary character of a Linux file name
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    // Go's path.Clean of a relative path.
    List<String> parts = new ArrayList<>();
    for (String part : s.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  static int indexOf(Dockerfile file, String stage) {
    List<Stage> stages = file.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().map(n -> n.equalsIgnoreCase(stage)).orElse(false)) {
        return i;
      }
    }
    if (!stage.isEmpty() && stage.length() < 10 && stage.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int i = Integer.parseInt(stage);
      return i < stages.size() ? i : -1;
    }
    return -1;
  }

  /** What a stage leaves to the stages that use it. */
  private record StageResult(boolean filesChanged, Map<String, Set<String>> changedVars, Map<String, String> values) {}

  /** What one instruction's own inputs say, before the chain of its stage is considered. */
  private record Own(boolean invalidates, Cause cause, String reason) {}

  /** The state of one run of the analysis. */
  private final class Analysis {
    private final Dockerfile model;
    private final ShellLexer lexer;
    private final Map<Integer, String> logicalLines = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Set<String>> globalChanged = new LinkedHashMap<>();
    private final Map<String, String> globalValues = new LinkedHashMap<>();
    private final Set<String> globalDeclared = new LinkedHashSet<>();
    private final List<String> visibleChanges = new ArrayList<>();
    private final List<String> ignoredChanges = new ArrayList<>();
    private StageResult[] results;

    Analysis() {
      // Read the text again to show each instruction on one line as BuildKit does; a file made in code is
      // rendered first.
      String text = DockerfileRenderer.defaults().render(file);
      model = file.source().isPresent() ? file : DockerfileParser.lenient().parse(text, "Dockerfile");
      lexer = ShellLexer.of(model.escapeChar());
      SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
      for (dev.dockwright.parser.syntax.Instruction in : tree.instructions()) {
        logicalLines.put(in.span().startOffset(), in.logicalLine());
      }
      for (String p : changedPaths) {
        List<String> files = context != null && context.isDirectory(p) ? context.filesUnder(p) : List.of(p);
        for (String f : files) {
          if (context == null || context.includes(f)) {
            visibleChanges.add(f);
          } else {
            ignoredChanges.add(f);
          }
        }
      }
    }

    CacheReport run() {
      for (Element e : model.header()) {
        if (e instanceof ArgInstruction arg) {
          List<String> changed = new ArrayList<>();
          for (ArgDeclaration d : arg.arguments()) {
            globalDeclared.add(d.name());
            Set<String> causes = argCauses(d, globalChanged, globalValues, Map.of(), Map.of());
            assign(d.name(), causes, argValue(d, globalValues, Map.of()), globalChanged, globalValues);
            if (!causes.isEmpty()) {
              changed.add(d.name());
            }
          }
          add(arg, -1, null, true, changed.isEmpty() ? Cause.UNCHANGED : Cause.BUILD_ARG,
              changed.isEmpty() ? "unchanged" : args(changed) + " changed; " + (changed.size() == 1 ? "its" : "their")
                  + " first use re-runs");
        }
      }
      List<Stage> stages = model.stages();
      results = new StageResult[stages.size()];
      boolean[] needed = needed(stages);
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        String name = stage.name().orElse(null);
        if (!needed[i]) {
          add(stage.from(), i, name, true, Cause.STAGE_NOT_NEEDED, "stage not needed for the target");
          for (Instruction in : stage.instructions()) {
            add(in, i, name, true, Cause.STAGE_NOT_NEEDED, "stage not needed for the target");
          }
          results[i] = new StageResult(false, Map.of(), Map.of());
          continue;
        }
        results[i] = stage(i, stage, name);
      }
      return new CacheReport(steps);
    }

    // Which stages the target needs: the target and, transitively, every stage it starts from, copies from or
    // mounts.
    private boolean[] needed(List<Stage> stages) {
      boolean[] needed = new boolean[stages.size()];
      if (stages.isEmpty()) {
        return needed;
      }
      int targetIndex = target == null ? stages.size() - 1 : indexOf(model, target);
      needed[targetIndex] = true;
      for (int i = targetIndex; i >= 0; i--) {
        if (!needed[i]) {
          continue;
        }
        Stage s = stages.get(i);
        Integer base = stageOfFrom(s.from(), i);
        if (base != null) {
          needed[base] = true;
        }
        for (Instruction in : s.instructions()) {
          for (BuildSource src : Dockerfile.sourcesOf(in)) {
            Integer dep = stageOf(src, i);
            if (dep != null) {
              needed[dep] = true;
            }
          }
        }
      }
      return needed;
    }

    private Integer stageOf(BuildSource src, int before) {
      if (src instanceof StageRef ref) {
        int i = indexOf(model, ref.name());
        return i >= 0 && i < before ? i : null;
      }
      return null;
    }

    // The stage a FROM starts from: a stage reference, or an image name with global ARGs naming a stage.
    private Integer stageOfFrom(FromInstruction from, int before) {
      if (from.image() instanceof StageRef ref) {
        return stageOf(ref, before);
      }
      if (from.image() instanceof ImageRef img && img.hasVariables()) {
        String expanded = expandRaw(img.text(), fromValues());
        for (int i = 0; i < before; i++) {
          if (model.stages().get(i).name().map(n -> n.equalsIgnoreCase(expanded)).orElse(false)) {
            return i;
          }
        }
      }
      return null;
    }

    private Map<String, String> fromValues() {
      Map<String, String> v = new HashMap<>(globalValues);
      for (String p : PLATFORM_ARGS) {
        v.putIfAbsent(p, "");
      }
      return v;
    }

    private StageResult stage(int index, Stage stage, String name) {
      Map<String, Set<String>> changed = new LinkedHashMap<>();
      Map<String, String> values = new LinkedHashMap<>();
      boolean chain = false;
      FromInstruction from = stage.from();
      Integer base = stageOfFrom(from, index);
      List<String> argCauses = fromArgCauses(from);
      if (base != null) {
        StageResult parent = results[base];
        changed.putAll(parent.changedVars());
        values.putAll(parent.values());
      }
      if (!argCauses.isEmpty()) {
        // The arg names the image or stage to start from.
        chain = true;
        add(from, index, name, false, Cause.BUILD_ARG, args(argCauses) + " changed");
      } else if (base != null && results[base].filesChanged()) {
        chain = true;
        add(from, index, name, false, Cause.STAGE, "stage " + label(base) + " re-runs");
      } else {
        add(from, index, name, true, Cause.UNCHANGED, "unchanged");
      }
      for (Instruction in : stage.instructions()) {
        Own own = own(in, changed, values);
        boolean cached;
        if (chain) {
          cached = false;
          add(in, index, name, false, Cause.PARENT_STEP, "parent step re-runs");
        } else {
          cached = !own.invalidates();
          add(in, index, name, cached, own.cause(), own.reason());
        }
        apply(in, changed, values);
        if (!cached && (changesFiles(in) || builder == BuilderTarget.BUILDAH)) {
          chain = true;
        }
      }
      return new StageResult(chain, Map.copyOf(changed), Map.copyOf(values));
    }

    // The changed global build args a FROM line uses (in its image or --platform).
    private List<String> fromArgCauses(FromInstruction from) {
      Set<String> refs = new LinkedHashSet<>();
      if (from.image() instanceof ImageRef img) {
        refs.addAll(refsRaw(img.text()));
      }
      if (from.platform() != null) {
        refs.addAll(refsRaw(from.platform()));
      }
      List<String> causes = new ArrayList<>();
      for (String r : refs) {
        if (globalDeclared.contains(r) || PLATFORM_ARGS.contains(r)) {
          Set<String> c = globalChanged.get(r);
          if (c != null) {
            c.stream().filter(x -> !causes.contains(x)).forEach(causes::add);
          } else if (PLATFORM_ARGS.contains(r) && changedArgs.contains(r) && !globalDeclared.contains(r)) {
            causes.add(r);
          }
        }
      }
      return causes;
    }

    private boolean changesFiles(Instruction in) {
      return in instanceof RunInstruction || in instanceof CopyInstruction || in instanceof AddInstruction
          || in instanceof WorkdirInstruction;
    }

    // The effect of an instruction on the variables of the stage: ARG and ENV set them, USER is tracked too.
    private void apply(Instruction in, Map<String, Set<String>> changed, Map<String, String> values) {
      if (in instanceof ArgInstruction arg) {
        for (ArgDeclaration d : arg.arguments()) {
          Set<String> causes = argCauses(d, changed, values, globalChanged, globalValues);
          assign(d.name(), causes, argValue(d, values, globalValues), changed, values);
        }
      } else if (in instanceof EnvInstruction env) {
        Map<String, Set<String>> before = new HashMap<>(changed);
        Map<String, String> beforeValues = new HashMap<>(values);
        for (KeyValue kv : env.variables()) {
          assign(kv.key(), causesOf(refs(kv.value()), before), expand(kv.value(), beforeValues), changed, values);
        }
      } else if (in instanceof UserInstruction user) {
        Set<String> causes = causesOf(refsRaw(userText(user)), changed);
        if (causes.isEmpty()) {
          changed.remove(USER_KEY);
        } else {
          changed.put(USER_KEY, causes);
        }
      }
    }

    private void assign(String name, Set<String> causes, String value, Map<String, Set<String>> changed,
        Map<String, String> values) {
      if (causes.isEmpty()) {
        changed.remove(name);
      } else {
        changed.put(name, causes);
      }
      if (value == null) {
        values.remove(name);
      } else {
        values.put(name, value);
      }
    }

    // Whether an ARG declaration brings a changed value into scope, and because of which build arguments.
    private Set<String> argCauses(ArgDeclaration d, Map<String, Set<String>> changed, Map<String, String> values,
        Map<String, Set<String>> global, Map<String, String> globalVals) {
      if (changedArgs.contains(d.name())) {
        return Set.of(d.name());
      }
      if (buildArgs.containsKey(d.name())) {
        return Set.of();
      }
      if (d.defaultValue() != null) {
        return causesOf(refs(d.defaultValue()), changed);
      }
      Set<String> g = global.get(d.name());
      return g == null ? Set.of() : g;
    }

    private String argValue(ArgDeclaration d, Map<String, String> values, Map<String, String> globalVals) {
      if (buildArgs.containsKey(d.name())) {
        return buildArgs.get(d.name());
      }
      if (d.defaultValue() != null) {
        return expand(d.defaultValue(), values);
      }
      return globalVals.get(d.name());
    }

    private Set<String> causesOf(Collection<String> refs, Map<String, Set<String>> changed) {
      Set<String> causes = new LinkedHashSet<>();
      for (String r : refs) {
        Set<String> c = changed.get(r);
        if (c != null) {
          causes.addAll(c);
        }
      }
      return causes;
    }

    // What the instruction's own inputs say.
    private Own own(Instruction in, Map<String, Set<String>> changed, Map<String, String> values) {
      if (in instanceof ArgInstruction arg) {
        List<String> names = new ArrayList<>();
        for (ArgDeclaration d : arg.arguments()) {
          argCauses(d, changed, values, globalChanged, globalValues).stream()
              .filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names.isEmpty() ? unchanged()
            : new Own(false, Cause.BUILD_ARG, args(names) + " changed; " + (names.size() == 1 ? "its" : "their")
                + " first use re-runs");
      }
      if (in instanceof RunInstruction run) {
        return run(run, changed, values);
      }
      if (in instanceof CopyInstruction copy) {
        return copy("COPY", copy.from(), copy.sources(), copy.excludes(),
            flagRefs(copy.destination(), copy.chown() == null ? null : userText(copy.chown()),
                copy.chmod() == null ? null : copy.chmod().text()),
            changed, values);
      }
      if (in instanceof AddInstruction add) {
        return copy("ADD", null, add.sources(), add.excludes(),
            flagRefs(add.destination(), add.chown() == null ? null : userText(add.chown()),
                add.chmod() == null ? null : add.chmod().text()),
            changed, values);
      }
      Set<String> refs = new LinkedHashSet<>();
      if (in instanceof EnvInstruction env) {
        env.variables().forEach(kv -> refs.addAll(refs(kv.value())));
      } else if (in instanceof LabelInstruction label) {
        for (KeyValue kv : label.labels()) {
          refs.addAll(refsRaw(kv.key()));
          refs.addAll(refs(kv.value()));
        }
      } else if (in instanceof WorkdirInstruction workdir) {
        refs.addAll(refs(workdir.path()));
      } else if (in instanceof UserInstruction user) {
        refs.addAll(refsRaw(userText(user)));
      } else if (in instanceof ExposeInstruction expose) {
        for (Port p : expose.ports()) {
          refs.addAll(refsRaw(p.text()));
        }
      } else if (in instanceof VolumeInstruction volume) {
        volume.paths().forEach(p -> refs.addAll(refs(p)));
      } else if (in instanceof StopSignalInstruction signal) {
        refs.addAll(refsRaw(signal.signal()));
      }
      Set<String> causes = causesOf(refs, changed);
      if (in instanceof WorkdirInstruction && changed.containsKey(USER_KEY)) {
        causes.addAll(changed.get(USER_KEY));
      }
      if (causes.isEmpty()) {
        return unchanged();
      }
      List<String> names = List.copyOf(causes);
      if (builder == BuilderTarget.BUILDAH) {
        return new Own(false, Cause.BUILDER,
            args(names) + " changed, but buildah keys " + in.keyword() + " by its unexpanded text");
      }
      return new Own(true, Cause.BUILD_ARG, args(names) + " changed");
    }

    private Own unchanged() {
      return new Own(false, Cause.UNCHANGED, "unchanged");
    }

    private List<String> flagRefs(Value destination, String chown, String chmod) {
      List<String> refs = new ArrayList<>(refs(destination));
      if (chown != null) {
        refs.addAll(refsRaw(chown));
      }
      if (chmod != null) {
        refs.addAll(refsRaw(chmod));
      }
      return refs;
    }

    private Own copy(String keyword, BuildSource from, List<CopySource> sources, List<String> excludes,
        List<String> flagRefs, Map<String, Set<String>> changed, Map<String, String> values) {
      if (from instanceof StageRef ref) {
        Integer dep = stageOf(ref, Integer.MAX_VALUE);
        if (dep != null && results[dep] != null && results[dep].filesChanged()) {
          return new Own(true, Cause.STAGE, "stage " + label(dep) + " re-runs and is copied from");
        }
      }
      Set<String> sourceRefs = new LinkedHashSet<>();
      for (CopySource s : sources) {
        if (s instanceof CopySource.Path p) {
          sourceRefs.addAll(refs(p.path()));
        } else if (s instanceof CopySource.Inline inline && inline.heredoc().expand()) {
          sourceRefs.addAll(refsRaw(inline.heredoc().body()));
        }
      }
      Set<String> sourceCauses = causesOf(sourceRefs, changed);
      if (!sourceCauses.isEmpty()) {
        return new Own(true, Cause.BUILD_ARG, args(List.copyOf(sourceCauses)) + " changed");
      }
      Set<String> flagCauses = causesOf(flagRefs, changed);
      for (String e : excludes) {
        flagCauses.addAll(causesOf(refsRaw(e), changed));
      }
      if (!flagCauses.isEmpty()) {
        if (builder == BuilderTarget.BUILDAH) {
          return new Own(false, Cause.BUILDER,
              args(List.copyOf(flagCauses)) + " changed, but buildah keys " + keyword + " by its unexpanded text");
        }
        return new Own(true, Cause.BUILD_ARG, args(List.copyOf(flagCauses)) + " changed");
      }
      if (from != null) {
        return unchanged();
      }
      List<String> hits = new ArrayList<>();
      List<String> ignoredHits = new ArrayList<>();
      List<String> excludedHits = new ArrayList<>();
      boolean url = false;
      List<String> expandedExcludes = new ArrayList<>();
      for (String e : excludes) {
        expandedExcludes.add(expandRaw(e, values));
      }
      for (CopySource s : sources) {
        if (!(s instanceof CopySource.Path p)) {
          continue;
        }
        String text = expand(p.path(), values);
        if (keyword.equals("ADD") && isUrl(text)) {
          url = true;
          continue;
        }
        SourcePath plain = sourcePath(text);
        SourcePath source = expandedExcludes.isEmpty() ? plain : plain.withExcludes(expandedExcludes);
        for (String f : visibleChanges) {
          if (source.covers(f)) {
            addOnce(hits, f);
          } else if (plain.covers(f)) {
            addOnce(excludedHits, f);
          }
        }
        for (String f : ignoredChanges) {
          if (plain.covers(f)) {
            addOnce(ignoredHits, f);
          }
        }
      }
      if (!hits.isEmpty()) {
        return new Own(true, Cause.CHANGED_FILES, keyword + " copies changed " + files(hits));
      }
      if (url) {
        return new Own(false, Cause.URL, "ADD of a URL is taken as unchanged");
      }
      if (!ignoredHits.isEmpty()) {
        return new Own(false, Cause.EXCLUDED_FILES, "changed " + files(ignoredHits) + " "
            + (ignoredHits.size() == 1 ? "is" : "are") + " excluded by .dockerignore");
      }
      if (!excludedHits.isEmpty()) {
        return new Own(false, Cause.EXCLUDED_FILES, "changed " + files(excludedHits) + " "
            + (excludedHits.size() == 1 ? "is" : "are") + " excluded by --exclude");
      }
      return unchanged();
    }

    private SourcePath sourcePath(String text) {
      try {
        return SourcePath.of(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid source pattern: \"" + text + "\": " + e.getMessage(), e);
      }
    }

    private Own run(RunInstruction run, Map<String, Set<String>> changed, Map<String, String> values) {
      Set<String> causes = new LinkedHashSet<>();
      changed.values().forEach(causes::addAll);
      if (!causes.isEmpty()) {
        return new Own(true, Cause.BUILD_ARG, args(List.copyOf(causes)) + " changed");
      }
      boolean cacheMount = false;
      boolean secretMount = false;
      Own bind = null;
      for (Mount m : run.mounts()) {
        if (m instanceof BindMount b && bind == null) {
          if (b.from() instanceof StageRef ref) {
            Integer dep = stageOf(ref, Integer.MAX_VALUE);
            if (dep != null && results[dep] != null && results[dep].filesChanged()) {
              bind = new Own(true, Cause.STAGE, "mounts stage " + label(dep) + ", which re-runs");
            }
          } else if (b.from() == null) {
            SourcePath source = sourcePath(b.source() == null ? "." : expandRaw(b.source(), values));
            List<String> hits = new ArrayList<>();
            for (String f : visibleChanges) {
              if (source.covers(f)) {
                hits.add(f);
              }
            }
            if (!hits.isEmpty()) {
              bind = new Own(true, Cause.BIND_MOUNT, "RUN bind-mounts changed " + files(hits));
            }
          }
        } else if (m instanceof CacheMount c) {
          cacheMount = true;
          if (c.from() instanceof StageRef ref && bind == null) {
            Integer dep = stageOf(ref, Integer.MAX_VALUE);
            if (dep != null && results[dep] != null && results[dep].filesChanged()) {
              bind = new Own(true, Cause.STAGE, "cache mount seeds from stage " + label(dep) + ", which re-runs");
            }
          }
        } else if (m instanceof SecretMount) {
          secretMount = true;
        }
      }
      if (bind != null) {
        if (builder == BuilderTarget.BUILDAH) {
          return new Own(false, Cause.BUILDER, bind.reason() + ", but buildah does not check bind mounts");
        }
        return bind;
      }
      if (cacheMount || secretMount) {
        String kinds = cacheMount && secretMount ? "cache and secret" : cacheMount ? "cache" : "secret";
        return new Own(false, Cause.MOUNTS, kinds + " mounts do not invalidate");
      }
      return unchanged();
    }

    private boolean isUrl(String s) {
      String l = s.toLowerCase(Locale.ROOT);
      return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("git://") || l.startsWith("git@")
          || l.startsWith("ssh://");
    }

    private void addOnce(List<String> list, String s) {
      if (!list.contains(s)) {
        list.add(s);
      }
    }

    private String userText(UserInstruction user) {
      return userText(user.user());
    }

    private String userText(dev.dockwright.model.UserSpec spec) {
      return spec.group() == null ? spec.user() : spec.user() + ":" + spec.group();
    }

    // Variable names a value refers to, defaults' own variables included.
    private Set<String> refs(Value value) {
      Set<String> out = new LinkedHashSet<>();
      for (Value.Part part : value.parts()) {
        if (part instanceof Value.Reference r) {
          out.addAll(refsRaw(r.expression()));
          out.add(r.name());
        }
      }
      return out;
    }

    private Set<String> refsRaw(String text) {
      if (text == null || text.indexOf('$') < 0) {
        return Set.of();
      }
      try {
        return lexer.processWord(text, Env.empty()).referenced();
      } catch (WordExpansionException | IllegalArgumentException e) {
        try {
          return new LinkedHashSet<>(Value.of(text).referencedNames());
        } catch (IllegalArgumentException e2) {
          return Set.of();
        }
      }
    }

    private String expand(Value value, Map<String, String> values) {
      StringBuilder out = new StringBuilder();
      for (Value.Part part : value.parts()) {
        if (part instanceof Value.Literal l) {
          out.append(l.text());
        } else {
          out.append(expandRaw(((Value.Reference) part).expression(), values));
        }
      }
      return out.toString();
    }

    private String expandRaw(String text, Map<String, String> values) {
      try {
        return lexer.processWord(text, Env.of(values)).value();
      } catch (WordExpansionException | IllegalArgumentException e) {
        return text;
      }
    }

    private String label(int stage) {
      return model.stages().get(stage).name().map(n -> "\"" + n + "\"").orElse(Integer.toString(stage));
    }

    private void add(Instruction in, int stage, String stageName, boolean cached, Cause cause, String reason) {
      Optional<SourceSpan> span = model.sourceOf(in);
      int line = span.map(s -> s.start().line()).orElse(0);
      String text = span.map(s -> logicalLines.get(s.startOffset())).orElse(null);
      if (text == null) {
        text = in.keyword();
      }
      steps.add(new Step(in, stage, Optional.ofNullable(stageName), line, collapse(text), cached, cause, reason));
    }
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("[ \\t]+", " ");
  }

  private static String args(List<String> names) {
    return (names.size() == 1 ? "build arg " : "build args ") + list(names);
  }

  private static String files(List<String> files) {
    return (files.size() == 1 ? "file " : "files ") + list(files);
  }

  // a; a and b; a, b and c; a, b, c and 2 more
  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    if (items.size() <= 3) {
      return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
    return String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
  }
}
