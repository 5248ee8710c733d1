package dev.dockwright.javagen;

import com.palantir.javapoet.CodeBlock;
import dev.dockwright.dsl.Add;
import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.Run;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.StageName;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java expressions for the model's values and instructions, written with the factories a person would
 * choose ({@code Mount.cache("/root/.npm").withSharing(...)}, {@code UserSpec.of(1000)},
 * {@code Duration.ofSeconds(30)}), and the records' constructors where no factory fits. Where a factory
 * reads its argument (as {@code Value.of} reads {@code $}), the choice is checked by calling it here.
 *
 * <pre>{@code
 * ModelCode code = new ModelCode(vars, 2);
 * Expr mount = code.mount(Mount.cache("/root/.npm"));   // Mount.cache("/root/.npm")
 * }</pre>
 */
final class ModelCode {
  private final StageVariables vars;
  private final int stage;

  /**
   * @param vars the stage variables, or null where stage objects are not in scope (ONBUILD triggers, which
   *     run in another build)
   * @param stage the index of the stage being written: only earlier stages can be referred to
   */
  ModelCode(StageVariables vars, int stage) {
    this.vars = vars;
    this.stage = stage;
  }

  /** The same, without stage variables: for ONBUILD triggers. */
  ModelCode withoutStages() {
    return new ModelCode(null, stage);
  }

  // ---- values

  /** Whether a DSL method that takes a String (and reads it with {@code Value.of}) gives this value. */
  static boolean readsBack(Value value) {
    try {
      return Value.of(value.toString()).equals(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A {@code Value} expression: {@code Value.of("...")} when it reads back, {@code Value.literal("...")}
   * for literal text with a {@code $}, and pieces joined with {@code concat} for a mix.
   */
  static Expr value(Value value) throws NotExpressible {
    if (readsBack(value)) {
      return Expr.staticCall(Value.class, "of", Expr.string(value.toString()));
    }
    List<Value.Part> parts = value.parts();
    List<Expr> pieces = new ArrayList<>();
    Value built = Value.empty();
    int i = 0;
    while (i < parts.size()) {
      // The longest run of parts that Value.of reads back as those parts.
      int end = i;
      while (end < parts.size() && readsBack(Value.ofParts(parts.subList(i, end + 1)))) {
        end++;
      }
      Value piece;
      if (end > i) {
        piece = Value.ofParts(parts.subList(i, end));
        pieces.add(Expr.staticCall(Value.class, "of", Expr.string(piece.toString())));
        i = end;
      } else if (parts.get(i) instanceof Value.Literal literal) {
        piece = Value.literal(literal.text());
        pieces.add(Expr.staticCall(Value.class, "literal", Expr.string(literal.text())));
        i++;
      } else {
        // Value.of reads every Reference back today; this keeps the output exact if that ever changes.
        Value.Reference ref = (Value.Reference) parts.get(i);
        piece = Value.ofParts(List.of(ref));
        pieces.add(Expr.staticCall(Value.class, "ofParts", Expr.staticCall(List.class, "of",
            Expr.construct(Value.Reference.class, List.of(Expr.string(ref.expression()))))));
        i++;
      }
      built = built.concat(piece);
    }
    if (!built.equals(value)) {
      throw new NotExpressible("the value " + value + " cannot be written with Value.of, Value.literal and concat");
    }
    Expr.Chain chain = Expr.chain(pieces.get(0));
    for (Expr piece : pieces.subList(1, pieces.size())) {
      chain.then(".concat", piece);
    }
    return chain.orHead();
  }

  /** {@code "..."} where a DSL method takes a String, else a {@code Value} expression for its Value overload. */
  static Expr stringOrValue(Value value) throws NotExpressible {
    return readsBack(value) ? Expr.string(value.toString()) : value(value);
  }

  static List<Expr> strings(List<String> values) {
    List<Expr> list = new ArrayList<>();
    for (String v : values) {
      list.add(Expr.string(v));
    }
    return list;
  }

  static Expr nullable(String value) {
    return value == null ? Expr.atom("null") : Expr.string(value);
  }

  static Expr nullable(Integer value) {
    return value == null ? Expr.atom("null") : Expr.atom("$L", value);
  }

  static Expr bool(boolean value) {
    return Expr.atom("$L", value);
  }

  static Expr listOf(List<Expr> items) {
    return Expr.staticCall(List.class, "of", items);
  }

  // ---- small value types

  /** The int that {@code UserSpec.of(int)} and {@code user(int)} write as this text, if there is one. */
  static Optional<Integer> id(String text) {
    if (text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int id = Integer.parseInt(text);
    return Integer.toString(id).equals(text) ? Optional.of(id) : Optional.empty();
  }

  static Expr user(UserSpec user) {
    Optional<Integer> uid = id(user.user());
    if (user.group() == null) {
      return uid.isPresent()
          ? Expr.staticCall(UserSpec.class, "of", Expr.atom("$L", uid.get()))
          : Expr.staticCall(UserSpec.class, "of", Expr.string(user.user()));
    }
    Optional<Integer> gid = id(user.group());
    if (uid.isPresent() && gid.isPresent()) {
      return Expr.staticCall(UserSpec.class, "of", Expr.atom("$L", uid.get()), Expr.atom("$L", gid.get()));
    }
    return Expr.staticCall(UserSpec.class, "of", Expr.string(user.user()), Expr.string(user.group()));
  }

  /** The octal literal ({@code 0755}) whose {@code FileMode.octal} is this mode, if there is one. */
  static Optional<Expr> octal(FileMode mode) {
    String text = mode.text();
    if (!mode.isOctal() || text.length() != 4) {
      return Optional.empty();
    }
    int value = Integer.parseInt(text, 8);
    if (!FileMode.octal(value).equals(mode)) {
      return Optional.empty();
    }
    // An octal literal: a leading zero and the digits, as written after --chmod.
    return Optional.of(Expr.atom("$L", value == 0 ? "0" : "0" + Integer.toOctalString(value)));
  }

  static Expr fileMode(FileMode mode) {
    if (mode == null) {
      return Expr.atom("null");
    }
    Optional<Expr> octal = octal(mode);
    return octal.isPresent()
        ? Expr.staticCall(FileMode.class, "octal", octal.get())
        : Expr.staticCall(FileMode.class, "parse", Expr.string(mode.text()));
  }

  static Expr port(Port port) {
    String text = port.text();
    int slash = text.indexOf('/');
    String number = slash < 0 ? text : text.substring(0, slash);
    int dash = number.indexOf('-');
    try {
      if (dash < 0 && id(number).isPresent()) {
        int n = id(number).get();
        if (slash < 0 && Port.tcp(n).equals(port)) {
          return Expr.staticCall(Port.class, "tcp", Expr.atom("$L", n));
        }
        if (Port.udp(n).equals(port)) {
          return Expr.staticCall(Port.class, "udp", Expr.atom("$L", n));
        }
      } else if (dash > 0 && slash < 0) {
        Optional<Integer> from = id(number.substring(0, dash));
        Optional<Integer> to = id(number.substring(dash + 1));
        if (from.isPresent() && to.isPresent() && Port.range(from.get(), to.get()).equals(port)) {
          return Expr.staticCall(Port.class, "range", Expr.atom("$L", from.get()), Expr.atom("$L", to.get()));
        }
      }
    } catch (IllegalArgumentException e) {
      // port 0 and the like: only Port.parse writes them
    }
    return Expr.staticCall(Port.class, "parse", Expr.string(text));
  }

  static Expr duration(Duration d) {
    long nanos;
    try {
      nanos = d.toNanos();
    } catch (ArithmeticException e) {
      return Expr.staticCall(Duration.class, "ofSeconds",
          Expr.atom("$LL", d.getSeconds()), Expr.atom("$L", d.getNano()));
    }
    long second = 1_000_000_000L;
    if (nanos != 0 && nanos % (3600 * second) == 0) {
      return Expr.staticCall(Duration.class, "ofHours", Expr.atom("$L", nanos / (3600 * second)));
    }
    if (nanos != 0 && nanos % (60 * second) == 0) {
      return Expr.staticCall(Duration.class, "ofMinutes", Expr.atom("$L", nanos / (60 * second)));
    }
    if (nanos % second == 0) {
      return Expr.staticCall(Duration.class, "ofSeconds", Expr.atom("$L", nanos / second));
    }
    if (nanos % 1_000_000L == 0) {
      return Expr.staticCall(Duration.class, "ofMillis", Expr.atom("$L", nanos / 1_000_000L));
    }
    return Expr.staticCall(Duration.class, "ofNanos", Expr.atom("$LL", nanos));
  }

  /** A stage object of this file (for {@code Copy.from}, {@code stage(name, parent)}), if one stands for it. */
  Optional<String> stageVariable(BuildSource source) {
    if (vars == null || !(source instanceof StageRef ref)) {
      return Optional.empty();
    }
    return vars.declaredBefore(ref, stage);
  }

  /** A {@code BuildSource} expression: {@code build.ref()}, {@code StageRef.index(0)}, {@code ImageRef.of(...)}. */
  Expr buildSource(BuildSource source) {
    if (source == null) {
      return Expr.atom("null");
    }
    Optional<String> variable = stageVariable(source);
    if (variable.isPresent()) {
      return Expr.atom("$N.ref()", variable.get());
    }
    if (source instanceof ImageRef image) {
      return Expr.staticCall(ImageRef.class, "of", Expr.string(image.text()));
    }
    StageRef ref = (StageRef) source;
    Optional<Integer> index = id(ref.name());
    if (index.isPresent() && StageRef.index(index.get()).equals(ref)) {
      return Expr.staticCall(StageRef.class, "index", Expr.atom("$L", index.get()));
    }
    if (StageName.isValid(ref.name())) {
      return Expr.staticCall(StageRef.class, "named", Expr.string(ref.name()));
    }
    return Expr.construct(StageRef.class, List.of(Expr.string(ref.name())));
  }

  // ---- mounts

  Expr mount(Mount mount) {
    if (mount.target() == null && !(mount instanceof SecretMount) && !(mount instanceof SshMount)) {
      // Mount.cache, bind and tmpfs take a target; a mount without one (the working directory) takes the record.
      return targetless(mount);
    }
    if (mount instanceof CacheMount c) {
      Expr.Chain chain = Expr.chain(Expr.staticCall(Mount.class, "cache", Expr.string(c.target())));
      if (c.id() != null) {
        chain.then(".withId", Expr.string(c.id()));
      }
      if (c.readOnly()) {
        chain.then(".withReadOnly", bool(true));
      }
      if (c.sharing() != null) {
        chain.then(".withSharing", Expr.atom("$T.$N", CacheMount.Sharing.class, c.sharing().name()));
      }
      if (c.from() != null || c.source() != null) {
        chain.then(".withFrom", buildSource(c.from()), nullable(c.source()));
      }
      if (c.mode() != null || c.uid() != null || c.gid() != null) {
        chain.then(".withOwner", fileMode(c.mode()), nullable(c.uid()), nullable(c.gid()));
      }
      return chain.orHead();
    }
    if (mount instanceof BindMount b) {
      Expr.Chain chain = Expr.chain(Expr.staticCall(Mount.class, "bind", Expr.string(b.target())));
      if (b.from() != null) {
        chain.then(".withFrom", buildSource(b.from()), nullable(b.source()));
      } else if (b.source() != null) {
        chain.then(".withSource", Expr.string(b.source()));
      }
      if (b.readWrite()) {
        chain.then(".withReadWrite", bool(true));
      }
      return chain.orHead();
    }
    if (mount instanceof TmpfsMount t) {
      Expr.Chain chain = Expr.chain(Expr.staticCall(Mount.class, "tmpfs", Expr.string(t.target())));
      if (t.size() != null) {
        chain.then(".withSize", Expr.string(t.size()));
      }
      return chain.orHead();
    }
    if (mount instanceof SecretMount s) {
      if (s.id() == null) {
        // Mount.secret needs an id; a secret known by its target alone takes the constructor.
        return Expr.construct(SecretMount.class, List.of(Expr.atom("null"), nullable(s.target()),
            nullable(s.env()), bool(s.required()), fileMode(s.mode()), nullable(s.uid()), nullable(s.gid())));
      }
      Expr.Chain chain = Expr.chain(Expr.staticCall(Mount.class, "secret", Expr.string(s.id())));
      if (s.target() != null) {
        chain.then(".withTarget", Expr.string(s.target()));
      }
      if (s.env() != null) {
        chain.then(".withEnv", Expr.string(s.env()));
      }
      if (s.required()) {
        chain.then(".withRequired", bool(true));
      }
      if (s.mode() != null || s.uid() != null || s.gid() != null) {
        chain.then(".withOwner", fileMode(s.mode()), nullable(s.uid()), nullable(s.gid()));
      }
      return chain.orHead();
    }
    SshMount s = (SshMount) mount;
    if (s.mode() != null || s.uid() != null || s.gid() != null) {
      // SshMount has no withOwner.
      return Expr.construct(SshMount.class, List.of(nullable(s.id()), nullable(s.target()), bool(s.required()),
          fileMode(s.mode()), nullable(s.uid()), nullable(s.gid())));
    }
    Expr.Chain chain = Expr.chain(Expr.staticCall(Mount.class, "ssh"));
    if (s.id() != null) {
      chain.then(".withId", Expr.string(s.id()));
    }
    if (s.target() != null) {
      chain.then(".withTarget", Expr.string(s.target()));
    }
    if (s.required()) {
      chain.then(".withRequired", bool(true));
    }
    return chain.orHead();
  }

  private Expr targetless(Mount mount) {
    Expr none = Expr.atom("null");
    if (mount instanceof CacheMount c) {
      return Expr.construct(CacheMount.class, List.of(none, nullable(c.id()), bool(c.readOnly()),
          c.sharing() == null ? none : Expr.atom("$T.$N", CacheMount.Sharing.class, c.sharing().name()),
          buildSource(c.from()), nullable(c.source()), fileMode(c.mode()), nullable(c.uid()), nullable(c.gid())));
    }
    if (mount instanceof BindMount b) {
      return Expr.construct(BindMount.class, List.of(none, nullable(b.source()), buildSource(b.from()),
          bool(b.readWrite())));
    }
    TmpfsMount t = (TmpfsMount) mount;
    return Expr.construct(TmpfsMount.class, List.of(none, nullable(t.size())));
  }

  // ---- commands

  static Expr heredoc(Heredoc h) {
    if (!h.stripTabs()) {
      return Expr.staticCall(Heredoc.class, h.expand() ? "of" : "literal",
          Expr.string(h.delimiter()), Expr.string(h.body()));
    }
    return Expr.construct(Heredoc.class, List.of(Expr.string(h.delimiter()), bool(h.expand()),
        bool(true), Expr.string(h.body())));
  }

  /**
   * The lines that {@code ShellCommand.lines} (and {@code Run.lines}) joins into this script, if it was
   * written that way: each line but the first indented by four spaces, each but the last ending with a space.
   */
  static Optional<List<String>> continuationLines(ShellCommand shell) {
    if (shell.isSingleLine() || !shell.heredocs().isEmpty()) {
      return Optional.empty();
    }
    String[] physical = shell.script().split("\n", -1);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i];
      if (i > 0) {
        if (!line.startsWith("    ")) {
          return Optional.empty();
        }
        line = line.substring(4);
      }
      if (i < physical.length - 1) {
        if (!line.endsWith(" ")) {
          return Optional.empty();
        }
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
    }
    try {
      return ShellCommand.lines(lines.toArray(String[]::new)).equals(shell) ? Optional.of(lines) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The string that {@code Run.shell} (and {@code StageBuilder.run}) turns into this command, if any. */
  static Optional<String> runShellArgument(ShellCommand shell) {
    String candidate;
    if (shell.heredocs().isEmpty()) {
      candidate = shell.script();
    } else if (shell.heredocs().size() == 1 && shell.script().equals(shell.heredocs().get(0).marker())) {
      candidate = shell.heredocs().get(0).body();
    } else {
      return Optional.empty();
    }
    try {
      return Run.shell(candidate).build().command().equals(shell) ? Optional.of(candidate) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A {@code Command} expression. Heredocs only reach here from a RUN that {@code Run.shell} cannot write
   * ({@link #runHead}), so they take the record's constructor.
   */
  static Expr command(Command command) {
    if (command instanceof ExecCommand exec) {
      return Expr.staticCall(Command.class, "exec", strings(exec.arguments()));
    }
    ShellCommand shell = (ShellCommand) command;
    if (shell.heredocs().isEmpty()) {
      Optional<List<String>> lines = continuationLines(shell);
      if (lines.isPresent()) {
        return Expr.staticCall(ShellCommand.class, "lines", strings(lines.get())).argumentPerLine();
      }
      return Expr.staticCall(Command.class, "shell", Expr.string(shell.script()));
    }
    List<Expr> heredocs = new ArrayList<>();
    for (Heredoc h : shell.heredocs()) {
      heredocs.add(heredoc(h));
    }
    return Expr.construct(ShellCommand.class, List.of(Expr.string(shell.script()), listOf(heredocs)));
  }

  // ---- RUN, COPY, ADD with the DSL's builders

  /** {@code Run.shell(...)}, {@code Run.lines(...)}, {@code Run.exec(...)} or {@code Run.of(...)}. */
  static Expr runHead(Command command) {
    if (command instanceof ExecCommand exec) {
      return Expr.staticCall(Run.class, "exec", strings(exec.arguments()));
    }
    ShellCommand shell = (ShellCommand) command;
    Optional<String> argument = runShellArgument(shell);
    if (argument.isPresent()) {
      return Expr.staticCall(Run.class, "shell", Expr.string(argument.get()));
    }
    Optional<List<String>> lines = continuationLines(shell);
    if (lines.isPresent()) {
      return Expr.staticCall(Run.class, "lines", strings(lines.get())).argumentPerLine();
    }
    return Expr.staticCall(Run.class, "of", command(command));
  }

  /** A {@code Run} with its flags; bind mounts of a stage of this file use {@code mountFrom(stage, ...)}. */
  Expr.Chain run(RunInstruction run) {
    Expr.Chain chain = Expr.chain(runHead(run.command()));
    for (Mount m : run.mounts()) {
      Optional<String> stageVar = Optional.empty();
      if (m instanceof BindMount b && b.source() != null && b.target() != null && !b.readWrite()) {
        stageVar = stageVariable(b.from());
      }
      if (stageVar.isPresent()) {
        BindMount b = (BindMount) m;
        chain.then(".mountFrom", Expr.atom("$N", stageVar.get()), Expr.string(b.source()), Expr.string(b.target()));
      } else {
        chain.then(".mount", mount(m));
      }
    }
    if (run.network() != null) {
      chain.then(".network", Expr.atom("$T.$N", RunInstruction.Network.class, run.network().name()));
    }
    if (run.security() != null) {
      chain.then(".security", Expr.atom("$T.$N", RunInstruction.Security.class, run.security().name()));
    }
    for (String device : run.devices()) {
      chain.then(".device", Expr.string(device));
    }
    return chain;
  }

  /**
   * A {@code Copy} with its flags, if the DSL's Copy builder writes this instruction: {@code --from} a stage
   * object or an image, paths that read back (or are literal), and at most one heredoc made by
   * {@code Copy.heredoc}.
   */
  Optional<Expr.Chain> copy(CopyInstruction copy) throws NotExpressible {
    if (!readsBack(copy.destination())) {
      return Optional.empty();
    }
    String destination = copy.destination().toString();
    Expr.Chain chain;
    List<CopySource> sources = copy.sources();
    if (sources.size() == 1 && sources.get(0) instanceof CopySource.Inline inline) {
      if (copy.from() != null || !copyHeredoc(destination, inline.heredoc()).equals(copy.sources())) {
        return Optional.empty();
      }
      chain = Expr.chain(Expr.staticCall(Copy.class, "heredoc", Expr.string(destination),
          Expr.string(inline.heredoc().body())));
    } else {
      Optional<String> stageVar = stageVariable(copy.from());
      Expr.Chain fromChain = null;
      if (stageVar.isPresent()) {
        fromChain = Expr.chain(Expr.staticCall(Copy.class, "from", Expr.atom("$N", stageVar.get())));
      } else if (copy.from() instanceof ImageRef image) {
        fromChain = Expr.chain(Expr.staticCall(Copy.class, "from",
            Expr.staticCall(ImageRef.class, "of", Expr.string(image.text()))));
      } else if (copy.from() != null) {
        return Optional.empty();
      }
      // Paths that read back go in runs, in one sources(...) or paths(...) call; literal ones in literalPath.
      List<List<Expr>> runs = new ArrayList<>();
      List<String> literals = new ArrayList<>();
      List<Expr> run = new ArrayList<>();
      for (CopySource s : sources) {
        if (!(s instanceof CopySource.Path p) || !(readsBack(p.path()) || p.path().isLiteral())) {
          return Optional.empty();
        }
        if (readsBack(p.path())) {
          run.add(Expr.string(p.path().toString()));
        } else {
          runs.add(run);
          literals.add(p.path().literalText());
          run = new ArrayList<>();
        }
      }
      runs.add(run);
      int first = 0;
      if (fromChain == null) {
        chain = Expr.chain(Expr.staticCall(Copy.class, "sources", runs.get(0)));
        first = 1;
        if (!literals.isEmpty()) {
          chain.then(".literalPath", Expr.string(literals.get(0)));
        }
      } else {
        chain = fromChain;
      }
      for (int i = first; i < runs.size(); i++) {
        if (!runs.get(i).isEmpty()) {
          chain.then(Expr.call(CodeBlock.of(".paths"), runs.get(i)));
        }
        if (i < literals.size()) {
          chain.then(".literalPath", Expr.string(literals.get(i)));
        }
      }
    }
    if (!(sources.size() == 1 && sources.get(0) instanceof CopySource.Inline)) {
      chain.then(".to", Expr.string(destination));
    }
    if (copy.chown() != null) {
      chain.then(".chown", user(copy.chown()));
    }
    if (copy.chmod() != null) {
      Optional<Expr> octal = octal(copy.chmod());
      chain.then(".chmod", octal.isPresent() ? octal.get() : fileMode(copy.chmod()));
    }
    if (copy.link()) {
      chain.then(".link");
    }
    if (copy.parents()) {
      chain.then(".parents");
    }
    for (String exclude : copy.excludes()) {
      chain.then(".exclude", Expr.string(exclude));
    }
    return Optional.of(chain);
  }

  // The sources Copy.heredoc(destination, body) makes, to compare with the model's.
  private static List<CopySource> copyHeredoc(String destination, Heredoc heredoc) {
    try {
      return Copy.heredoc(destination, heredoc.body()).build().sources();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** An {@code Add} with its flags, if the DSL's Add builder writes this instruction: paths that read back. */
  Optional<Expr.Chain> add(AddInstruction add) {
    if (!readsBack(add.destination())) {
      return Optional.empty();
    }
    List<Expr> paths = new ArrayList<>();
    for (CopySource s : add.sources()) {
      if (!(s instanceof CopySource.Path p) || !readsBack(p.path())) {
        return Optional.empty();
      }
      paths.add(Expr.string(p.path().toString()));
    }
    Expr.Chain chain = Expr.chain(Expr.staticCall(Add.class, "sources", paths));
    chain.then(".to", Expr.string(add.destination().toString()));
    if (add.chown() != null) {
      chain.then(".chown", user(add.chown()));
    }
    if (add.chmod() != null) {
      chain.then(".chmod", fileMode(add.chmod()));
    }
    if (add.link()) {
      chain.then(".link");
    }
    for (String exclude : add.excludes()) {
      chain.then(".exclude", Expr.string(exclude));
    }
    if (add.keepGitDir()) {
      chain.then(".keepGitDir");
    }
    if (add.checksum() != null) {
      chain.then(".checksum", Expr.string(add.checksum()));
    }
    if (add.unpack() != null) {
      chain.then(".unpack", bool(add.unpack()));
    }
    return Optional.of(chain);
  }

  // ---- instructions as model values, for ONBUILD and for .instruction(...)

  Expr copySource(CopySource source) throws NotExpressible {
    if (source instanceof CopySource.Path p) {
      return readsBack(p.path())
          ? Expr.staticCall(CopySource.class, "path", Expr.string(p.path().toString()))
          : Expr.construct(CopySource.Path.class, List.of(value(p.path())));
    }
    return Expr.staticCall(CopySource.class, "heredoc", heredoc(((CopySource.Inline) source).heredoc()));
  }

  private Expr copySources(List<CopySource> sources) throws NotExpressible {
    List<Expr> list = new ArrayList<>();
    for (CopySource s : sources) {
      list.add(copySource(s));
    }
    return listOf(list);
  }

  private static Expr nullableUser(UserSpec user) {
    return user == null ? Expr.atom("null") : user(user);
  }

  /**
   * The instruction as a model value: the DSL's {@code Run}/{@code Copy}/{@code Add} builders with
   * {@code build()} where they write it, else the record's factory or constructor, which is always exact.
   */
  Expr instruction(Instruction instruction) throws NotExpressible {
    if (instruction instanceof RunInstruction run) {
      return run(run).then(".build");
    }
    if (instruction instanceof CopyInstruction copy) {
      Optional<Expr.Chain> fluent = copy(copy);
      if (fluent.isPresent()) {
        return fluent.get().then(".build");
      }
      if (!copy.link() && !copy.parents() && copy.excludes().isEmpty()) {
        Expr.Chain chain = Expr.chain(Expr.staticCall(CopyInstruction.class, "of",
            copySources(copy.sources()), value(copy.destination())));
        if (copy.from() != null) {
          chain.then(".withFrom", buildSource(copy.from()));
        }
        if (copy.chown() != null) {
          chain.then(".withChown", user(copy.chown()));
        }
        if (copy.chmod() != null) {
          chain.then(".withChmod", fileMode(copy.chmod()));
        }
        return chain.orHead();
      }
      return Expr.construct(CopyInstruction.class, List.of(buildSource(copy.from()), nullableUser(copy.chown()),
          fileMode(copy.chmod()), bool(copy.link()), bool(copy.parents()), listOf(strings(copy.excludes())),
          copySources(copy.sources()), value(copy.destination())));
    }
    if (instruction instanceof AddInstruction add) {
      Optional<Expr.Chain> fluent = add(add);
      if (fluent.isPresent()) {
        return fluent.get().then(".build");
      }
      return Expr.construct(AddInstruction.class, List.of(nullableUser(add.chown()), fileMode(add.chmod()),
          bool(add.link()), listOf(strings(add.excludes())), bool(add.keepGitDir()), nullable(add.checksum()),
          add.unpack() == null ? Expr.atom("null") : bool(add.unpack()),
          copySources(add.sources()), value(add.destination())));
    }
    if (instruction instanceof ArgInstruction arg) {
      if (arg.arguments().size() == 1 && arg.arguments().get(0).defaultValue() == null) {
        return Expr.staticCall(ArgInstruction.class, "of", Expr.string(arg.arguments().get(0).name()));
      }
      List<Expr> declarations = new ArrayList<>();
      for (ArgDeclaration d : arg.arguments()) {
        declarations.add(Expr.construct(ArgDeclaration.class, List.of(Expr.string(d.name()),
            d.defaultValue() == null ? Expr.atom("null") : value(d.defaultValue()))));
      }
      return Expr.construct(ArgInstruction.class, List.of(listOf(declarations)));
    }
    if (instruction instanceof EnvInstruction env) {
      if (env.variables().size() == 1) {
        KeyValue kv = env.variables().get(0);
        return Expr.staticCall(EnvInstruction.class, "of", Expr.string(kv.key()), value(kv.value()));
      }
      return Expr.construct(EnvInstruction.class, List.of(keyValues(env.variables())));
    }
    if (instruction instanceof LabelInstruction label) {
      return Expr.construct(LabelInstruction.class, List.of(keyValues(label.labels())));
    }
    if (instruction instanceof ExposeInstruction expose) {
      List<Expr> ports = new ArrayList<>();
      for (Port p : expose.ports()) {
        ports.add(port(p));
      }
      return Expr.construct(ExposeInstruction.class, List.of(listOf(ports)));
    }
    if (instruction instanceof UserInstruction user) {
      return Expr.construct(UserInstruction.class, List.of(user(user.user())));
    }
    if (instruction instanceof WorkdirInstruction workdir) {
      return Expr.construct(WorkdirInstruction.class, List.of(value(workdir.path())));
    }
    if (instruction instanceof VolumeInstruction volume) {
      List<Expr> paths = new ArrayList<>();
      for (Value v : volume.paths()) {
        paths.add(value(v));
      }
      return Expr.construct(VolumeInstruction.class, List.of(listOf(paths)));
    }
    if (instruction instanceof CmdInstruction cmd) {
      return Expr.construct(CmdInstruction.class, List.of(command(cmd.command())));
    }
    if (instruction instanceof EntrypointInstruction entrypoint) {
      return Expr.construct(EntrypointInstruction.class, List.of(command(entrypoint.command())));
    }
    if (instruction instanceof ShellInstruction shell) {
      return Expr.construct(ShellInstruction.class, List.of(listOf(strings(shell.shell()))));
    }
    if (instruction instanceof HealthcheckInstruction health) {
      return healthcheck(health);
    }
    if (instruction instanceof StopSignalInstruction stop) {
      return Expr.construct(StopSignalInstruction.class, List.of(Expr.string(stop.signal())));
    }
    if (instruction instanceof OnBuildInstruction onBuild) {
      return Expr.construct(OnBuildInstruction.class, List.of(withoutStages().instruction(onBuild.trigger())));
    }
    if (instruction instanceof MaintainerInstruction maintainer) {
      return Expr.construct(MaintainerInstruction.class, List.of(Expr.string(maintainer.name())));
    }
    if (instruction instanceof OpaqueInstruction opaque) {
      return Expr.construct(OpaqueInstruction.class,
          List.of(Expr.string(opaque.keyword()), Expr.string(opaque.arguments())));
    }
    throw new NotExpressible(instruction.keyword() + " starts a stage: it cannot be an instruction of one");
  }

  private static Expr keyValues(List<KeyValue> pairs) throws NotExpressible {
    List<Expr> list = new ArrayList<>();
    for (KeyValue kv : pairs) {
      list.add(Expr.construct(KeyValue.class, List.of(Expr.string(kv.key()), value(kv.value()))));
    }
    return listOf(list);
  }

  static Expr healthcheck(HealthcheckInstruction health) {
    if (health.isNone()) {
      return Expr.staticCall(HealthcheckInstruction.class, "none");
    }
    Expr.Chain chain = Expr.chain(Expr.staticCall(HealthcheckInstruction.class, "of", command(health.command())));
    if (health.interval() != null) {
      chain.then(".withInterval", duration(health.interval()));
    }
    if (health.timeout() != null) {
      chain.then(".withTimeout", duration(health.timeout()));
    }
    if (health.startPeriod() != null) {
      chain.then(".withStartPeriod", duration(health.startPeriod()));
    }
    if (health.startInterval() != null) {
      chain.then(".withStartInterval", duration(health.startInterval()));
    }
    if (health.retries() != null) {
      chain.then(".withRetries", Expr.atom("$L", health.retries()));
    }
    return chain.orHead();
  }
}
