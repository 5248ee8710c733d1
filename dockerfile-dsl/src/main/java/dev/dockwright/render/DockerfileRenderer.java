package dev.dockwright.render;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.DurationFormat;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Dockerfile} as text. Deterministic: the same model and options give the same bytes.
 * Elements read by the parser keep their exact source text (so an unchanged file renders back byte for
 * byte); all others are written canonically, quoted so that BuildKit reads back exactly the model's values.
 *
 * <pre>{@code
 * String text = DockerfileRenderer.defaults().render(dockerfile);
 * String canonical = new DockerfileRenderer(RenderOptions.defaults().withPreserveSource(false))
 *     .render(dockerfile);
 * }</pre>
 */
public final class DockerfileRenderer {
  private final RenderOptions options;

  /**
   * A renderer with the given options.
   *
   * @param options such as {@code RenderOptions.canonical()}
   * @throws NullPointerException when the options are null
   */
  public DockerfileRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A renderer with {@link RenderOptions#defaults()}.
   *
   * @return a new renderer
   */
  public static DockerfileRenderer defaults() {
    return new DockerfileRenderer(RenderOptions.defaults());
  }

  /**
   * The options of this renderer.
   *
   * @return the options given to the constructor
   */
  public RenderOptions options() {
    return options;
  }

  /**
   * Renders the whole file. A file read by the parser keeps its line end and byte order mark when the
   * options preserve sources; otherwise lines end with {@code \n}.
   *
   * @param file the Dockerfile
   * @return its text, every line ended, including the last
   */
  public String render(Dockerfile file) {
    Optional<SourceFile> source = options.preserveSource() ? file.source() : Optional.empty();
    String eol = source.map(SourceFile::lineEnding).orElse("\n");
    Output out = new Output(eol);
    if (source.map(SourceFile::byteOrderMark).orElse(false)) {
      out.raw("\uFEFF");
    }
    char escape = file.escapeChar();
    List<ParserDirective> directives = new ArrayList<>(file.directives());
    boolean addSyntax =
        file.directive("syntax").isEmpty()
            && source.isEmpty()
            && (options.syntaxDirective() == RenderOptions.SyntaxDirective.ALWAYS
                || (options.syntaxDirective() == RenderOptions.SyntaxDirective.WHEN_NEEDED
                    && BuildKitFeatures.used(file)));
    if (addSyntax) {
      directives.add(0, ParserDirective.syntax(
          BuildKitFeatures.labsUsed(file) ? RenderOptions.SYNTAX_LABS : RenderOptions.SYNTAX));
    }
    for (ParserDirective d : directives) {
      Optional<SourceSpan> span = spanOf(file, d, source);
      if (span.isPresent()) {
        out.raw(span.get().text());
      } else {
        out.line("# " + d.name() + "=" + d.value());
      }
    }
    for (Element e : file.header()) {
      element(out, file, e, escape, source);
    }
    for (Stage stage : file.stages()) {
      for (Element e : stage.leading()) {
        element(out, file, e, escape, source);
      }
      element(out, file, stage.from(), escape, source);
      for (Element e : stage.body()) {
        element(out, file, e, escape, source);
      }
    }
    return out.toString();
  }

  private static Optional<SourceSpan> spanOf(Dockerfile file, Object element, Optional<SourceFile> source) {
    return source.isEmpty() ? Optional.empty() : file.sourceOf(element);
  }

  private void element(Output out, Dockerfile file, Element e, char escape, Optional<SourceFile> source) {
    Optional<SourceSpan> span = spanOf(file, e, source);
    if (span.isPresent()) {
      out.raw(span.get().text());
    } else {
      out.line(render(e, escape));
    }
  }

  /**
   * Renders one element with the given escape character, without a final line end. Multi-line results
   * (continuations, heredocs) use {@code \n} between lines. The source text of parsed elements is not used.
   *
   * <pre>{@code
   * DockerfileRenderer.defaults().render(new WorkdirInstruction(Value.literal("/app")), '\\')   // "WORKDIR /app"
   * }</pre>
   *
   * @param element an instruction, comment or blank line
   * @param escape the file's escape character, {@code '\\'} or {@code '`'}
   * @return the element's text; {@code ""} for a blank line
   */
  public String render(Element element, char escape) {
    if (element instanceof Comment c) {
      return "#" + c.text();
    }
    if (element instanceof BlankLine) {
      return "";
    }
    return instruction((Instruction) element, escape);
  }

  private String instruction(Instruction instruction, char escape) {
    StringBuilder sb = new StringBuilder();
    if (instruction instanceof FromInstruction from) {
      sb.append("FROM ");
      if (from.platform() != null) {
        sb.append("--platform=").append(from.platform()).append(' ');
      }
      sb.append(from.image().text());
      if (from.name() != null) {
        sb.append(" AS ").append(from.name().value());
      }
      return sb.toString();
    }
    if (instruction instanceof RunInstruction run) {
      sb.append("RUN");
      for (Mount m : run.mounts()) {
        sb.append(" --mount=").append(mount(m));
      }
      if (run.network() != null) {
        sb.append(" --network=").append(run.network().text());
      }
      if (run.security() != null) {
        sb.append(" --security=").append(run.security().text());
      }
      for (String device : run.devices()) {
        sb.append(" --device=").append(device);
      }
      sb.append(' ');
      command(sb, run.command(), escape, true);
      return sb.toString();
    }
    if (instruction instanceof CopyInstruction copy) {
      sb.append("COPY");
      if (copy.from() != null) {
        sb.append(" --from=").append(copy.from().text());
      }
      if (copy.chown() != null) {
        sb.append(" --chown=").append(copy.chown().text());
      }
      if (copy.chmod() != null) {
        sb.append(" --chmod=").append(copy.chmod().text());
      }
      if (copy.link()) {
        sb.append(" --link");
      }
      if (copy.parents()) {
        sb.append(" --parents");
      }
      for (String exclude : copy.excludes()) {
        sb.append(" --exclude=").append(exclude);
      }
      files(sb, copy.sources(), copy.destination(), escape);
      return sb.toString();
    }
    if (instruction instanceof AddInstruction add) {
      sb.append("ADD");
      if (add.chown() != null) {
        sb.append(" --chown=").append(add.chown().text());
      }
      if (add.chmod() != null) {
        sb.append(" --chmod=").append(add.chmod().text());
      }
      if (add.link()) {
        sb.append(" --link");
      }
      for (String exclude : add.excludes()) {
        sb.append(" --exclude=").append(exclude);
      }
      if (add.keepGitDir()) {
        sb.append(" --keep-git-dir");
      }
      if (add.checksum() != null) {
        sb.append(" --checksum=").append(add.checksum());
      }
      if (add.unpack() != null) {
        sb.append(" --unpack=").append(add.unpack());
      }
      files(sb, add.sources(), add.destination(), escape);
      return sb.toString();
    }
    if (instruction instanceof ArgInstruction arg) {
      sb.append("ARG");
      for (ArgDeclaration a : arg.arguments()) {
        sb.append(' ').append(a.name());
        if (a.defaultValue() != null) {
          sb.append('=').append(Quoting.word(a.defaultValue(), escape, ""));
        }
      }
      return sb.toString();
    }
    if (instruction instanceof EnvInstruction env) {
      return "ENV" + pairs(env.variables(), escape, false);
    }
    if (instruction instanceof LabelInstruction label) {
      return "LABEL" + pairs(label.labels(), escape, true);
    }
    if (instruction instanceof ExposeInstruction expose) {
      sb.append("EXPOSE");
      for (Port p : expose.ports()) {
        sb.append(' ').append(p.text());
      }
      return sb.toString();
    }
    if (instruction instanceof UserInstruction user) {
      return "USER " + user.user().text();
    }
    if (instruction instanceof WorkdirInstruction workdir) {
      return "WORKDIR " + Quoting.word(workdir.path(), escape, "");
    }
    if (instruction instanceof VolumeInstruction volume) {
      boolean json = volume.paths().stream().anyMatch(Quoting::hasWhitespace);
      if (json) {
        List<String> items = new ArrayList<>();
        for (Value v : volume.paths()) {
          items.add(Quoting.unsplitWord(v, escape));
        }
        return "VOLUME " + Quoting.jsonArray(items);
      }
      sb.append("VOLUME");
      for (Value v : volume.paths()) {
        sb.append(' ').append(Quoting.word(v, escape, ""));
      }
      return sb.toString();
    }
    if (instruction instanceof CmdInstruction cmd) {
      sb.append("CMD ");
      command(sb, cmd.command(), escape, false);
      return sb.toString();
    }
    if (instruction instanceof EntrypointInstruction entrypoint) {
      sb.append("ENTRYPOINT ");
      command(sb, entrypoint.command(), escape, false);
      return sb.toString();
    }
    if (instruction instanceof ShellInstruction shell) {
      return "SHELL " + Quoting.jsonArray(shell.shell());
    }
    if (instruction instanceof HealthcheckInstruction health) {
      if (health.isNone()) {
        return "HEALTHCHECK NONE";
      }
      sb.append("HEALTHCHECK");
      duration(sb, "interval", health.interval());
      duration(sb, "timeout", health.timeout());
      duration(sb, "start-period", health.startPeriod());
      duration(sb, "start-interval", health.startInterval());
      if (health.retries() != null) {
        sb.append(" --retries=").append(health.retries());
      }
      sb.append(" CMD ");
      command(sb, health.command(), escape, false);
      return sb.toString();
    }
    if (instruction instanceof StopSignalInstruction stop) {
      return "STOPSIGNAL " + stop.signal();
    }
    if (instruction instanceof OnBuildInstruction onBuild) {
      return "ONBUILD " + instruction(onBuild.trigger(), escape);
    }
    if (instruction instanceof MaintainerInstruction maintainer) {
      return "MAINTAINER " + maintainer.name();
    }
    OpaqueInstruction opaque = (OpaqueInstruction) instruction;
    return opaque.arguments().isEmpty() ? opaque.keyword() : opaque.keyword() + " " + opaque.arguments();
  }

  private static void duration(StringBuilder sb, String flag, Duration d) {
    if (d != null) {
      sb.append(" --").append(flag).append('=').append(DurationFormat.format(d));
    }
  }

  private static String pairs(List<KeyValue> pairs, char escape, boolean quoteKeys) {
    StringBuilder sb = new StringBuilder();
    for (KeyValue kv : pairs) {
      sb.append(' ');
      sb.append(quoteKeys ? Quoting.word(Value.literal(kv.key()), escape, "=") : kv.key());
      sb.append('=').append(Quoting.word(kv.value(), escape, ""));
    }
    return sb.toString();
  }

  private void files(StringBuilder sb, List<CopySource> sources, Value destination, char escape) {
    List<Heredoc> heredocs = new ArrayList<>();
    boolean json = Quoting.hasWhitespace(destination);
    for (CopySource s : sources) {
      if (s instanceof CopySource.Path p && Quoting.hasWhitespace(p.path())) {
        json = true;
      }
    }
    json = json && sources.stream().allMatch(s -> s instanceof CopySource.Path);
    List<String> words = new ArrayList<>();
    for (CopySource s : sources) {
      if (s instanceof CopySource.Path p) {
        // "<" is quoted so that no path reads as a heredoc marker (<<EOF, 2<<EOF).
        words.add(json ? Quoting.unsplitWord(p.path(), escape) : Quoting.word(p.path(), escape, "<"));
      } else {
        Heredoc h = ((CopySource.Inline) s).heredoc();
        words.add(h.marker());
        heredocs.add(h);
      }
    }
    words.add(json ? Quoting.unsplitWord(destination, escape) : Quoting.word(destination, escape, "<"));
    if (json) {
      sb.append(' ').append(Quoting.jsonArray(words));
    } else {
      for (String w : words) {
        sb.append(' ').append(w);
      }
    }
    heredocBodies(sb, heredocs);
  }

  private void command(StringBuilder sb, Command command, char escape, boolean isRun) {
    if (command instanceof ExecCommand exec) {
      sb.append(Quoting.jsonArray(exec.arguments()));
      return;
    }
    ShellCommand shell = (ShellCommand) command;
    String script = shell.script();
    if (isRun && shell.isSingleLine() && shell.heredocs().isEmpty() && options.wrapWidth() > 0) {
      script = ShellWrapping.wrap(script, options.wrapWidth(), options.indent());
    }
    appendLayout(sb, script, escape);
    heredocBodies(sb, shell.heredocs());
  }

  /**
   * Writes a shell layout: each line break is a continuation, written after the escape character, except
   * after a comment line inside the continuation, which the builder skips without one. A line of blanks
   * keeps its escape character: without it, it would be an empty continuation line, which BuildKit warns
   * about.
   */
  private static void appendLayout(StringBuilder sb, String script, char escape) {
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(lines[i]);
      if (i < lines.length - 1) {
        String trimmed = lines[i].stripLeading();
        boolean skipped = i > 0 && trimmed.startsWith("#");
        if (!skipped) {
          sb.append(escape);
        }
        sb.append('\n');
      }
    }
  }

  private static void heredocBodies(StringBuilder sb, List<Heredoc> heredocs) {
    for (Heredoc h : heredocs) {
      sb.append('\n').append(h.body()).append(h.delimiter());
    }
  }

  private static String mount(Mount m) {
    List<String> options = new ArrayList<>();
    options.add("type=" + m.type());
    if (m instanceof CacheMount c) {
      add(options, "target", c.target());
      add(options, "id", c.id());
      if (c.readOnly()) {
        options.add("ro");
      }
      add(options, "sharing", c.sharing() == null ? null : c.sharing().text());
      add(options, "from", c.from() == null ? null : c.from().text());
      add(options, "source", c.source());
      add(options, "mode", c.mode() == null ? null : c.mode().text());
      add(options, "uid", c.uid() == null ? null : c.uid().toString());
      add(options, "gid", c.gid() == null ? null : c.gid().toString());
    } else if (m instanceof BindMount b) {
      add(options, "target", b.target());
      add(options, "source", b.source());
      add(options, "from", b.from() == null ? null : b.from().text());
      if (b.readWrite()) {
        options.add("rw");
      }
    } else if (m instanceof TmpfsMount t) {
      add(options, "target", t.target());
      add(options, "size", t.size());
    } else if (m instanceof SecretMount s) {
      add(options, "id", s.id());
      add(options, "target", s.target());
      add(options, "env", s.env());
      if (s.required()) {
        options.add("required=true");
      }
      add(options, "mode", s.mode() == null ? null : s.mode().text());
      add(options, "uid", s.uid() == null ? null : s.uid().toString());
      add(options, "gid", s.gid() == null ? null : s.gid().toString());
    } else {
      SshMount s = (SshMount) m;
      add(options, "id", s.id());
      add(options, "target", s.target());
      if (s.required()) {
        options.add("required=true");
      }
      add(options, "mode", s.mode() == null ? null : s.mode().text());
      add(options, "uid", s.uid() == null ? null : s.uid().toString());
      add(options, "gid", s.gid() == null ? null : s.gid().toString());
    }
    return String.join(",", options);
  }

  private static void add(List<String> options, String name, String value) {
    if (value != null) {
      options.add(name + "=" + value);
    }
  }

  /** Accumulates output, writing the file's line end after each canonical element. */
  private static final class Output {
    private final StringBuilder sb = new StringBuilder();
    private final String eol;

    Output(String eol) {
      this.eol = eol;
    }

    void raw(String text) {
      separate();
      sb.append(text);
    }

    void line(String text) {
      separate();
      sb.append(eol.equals("\n") ? text : text.replace("\n", eol)).append(eol);
    }

    // Source text of a last line may lack its line end; a following element starts on a line of its own.
    private void separate() {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != '\uFEFF') {
        sb.append(eol);
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
