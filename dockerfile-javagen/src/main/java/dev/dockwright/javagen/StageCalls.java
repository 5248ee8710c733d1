package dev.dockwright.javagen;

import com.palantir.javapoet.CodeBlock;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code StageBuilder} call that writes one element of a stage body: the fluent method a person would
 * use ({@code .run("make")}, {@code .copy(Copy.from(build)...)}, {@code .env("PATH", "/app/bin:$PATH")}), or
 * {@code .instruction(...)} with the model's record where no fluent method gives the same model.
 *
 * <pre>{@code
 * Expr.Call call = new StageCalls(new ModelCode(vars, 1)).call(element);   // .workdir("/app")
 * }</pre>
 */
final class StageCalls {
  private final ModelCode code;

  StageCalls(ModelCode code) {
    this.code = code;
  }

  /**
   * The argument of {@code comment(text)} (and {@code leadingComment}, {@code DockerfileBuilder.comment}),
   * which writes {@code "# " + text}, or {@code "#"} for an empty text; empty for a comment those cannot
   * write ({@code #no space}, {@code "# "}), which {@link #comment} writes.
   */
  static Optional<String> commentArgument(Comment comment) {
    String text = comment.text();
    String argument = text.startsWith(" ") ? text.substring(1) : text;
    return Comment.of(argument).equals(comment) ? Optional.of(argument) : Optional.empty();
  }

  /** {@code new Comment("text")}: the comment as it is, for {@code element}, {@code leading} and {@code header}. */
  static Expr comment(Comment comment) {
    return Expr.construct(Comment.class, List.of(Expr.string(comment.text())));
  }

  /**
   * The call for a body element: {@code comment(text)} and {@code blankLine()}, {@code element(new
   * Comment(...))} for a comment without a space after {@code #}, and the instruction's call.
   */
  Expr.Call call(Element element) throws NotExpressible {
    if (element instanceof Comment comment) {
      Optional<String> argument = commentArgument(comment);
      return argument.isPresent()
          ? method("comment", Expr.string(argument.get()))
          : method("element", comment(comment));
    }
    if (element instanceof BlankLine) {
      return method("blankLine");
    }
    return instruction((Instruction) element);
  }

  private Expr.Call instruction(Instruction instruction) throws NotExpressible {
    if (instruction instanceof RunInstruction run) {
      Expr.Chain chain = code.run(run);
      boolean flags = !run.mounts().isEmpty() || run.network() != null || run.security() != null
          || !run.devices().isEmpty();
      if (!flags && run.command() instanceof ExecCommand exec) {
        return method("runExec", ModelCode.strings(exec.arguments()));
      }
      if (!flags && run.command() instanceof ShellCommand shell) {
        Optional<String> argument = ModelCode.runShellArgument(shell);
        if (argument.isPresent()) {
          return method("run", Expr.string(argument.get()));
        }
      }
      return method("run", chain.orHead());
    }
    if (instruction instanceof CopyInstruction copy) {
      Optional<Expr.Chain> fluent = code.copy(copy);
      if (fluent.isPresent()) {
        List<Expr> simple = simpleCopy(copy);
        return simple != null ? method("copy", simple) : method("copy", fluent.get());
      }
      return fallback(instruction);
    }
    if (instruction instanceof AddInstruction add) {
      Optional<Expr.Chain> fluent = code.add(add);
      if (fluent.isEmpty()) {
        return fallback(instruction);
      }
      boolean flags = add.chown() != null || add.chmod() != null || add.link() || !add.excludes().isEmpty()
          || add.keepGitDir() || add.checksum() != null || add.unpack() != null;
      if (!flags) {
        List<Expr> args = new ArrayList<>();
        for (CopySource s : add.sources()) {
          args.add(Expr.string(((CopySource.Path) s).path().toString()));
        }
        args.add(Expr.string(add.destination().toString()));
        return method("add", args);
      }
      return method("add", fluent.get());
    }
    if (instruction instanceof ArgInstruction arg) {
      Optional<List<Expr>> args = argArguments(arg);
      return args.isPresent() ? method("arg", args.get()) : fallback(instruction);
    }
    if (instruction instanceof EnvInstruction env) {
      if (env.variables().size() != 1) {
        return fallback(instruction);
      }
      KeyValue kv = env.variables().get(0);
      return method("env", Expr.string(kv.key()), ModelCode.stringOrValue(kv.value()));
    }
    if (instruction instanceof LabelInstruction label) {
      if (label.labels().size() != 1) {
        return fallback(instruction);
      }
      KeyValue kv = label.labels().get(0);
      return method("label", Expr.string(kv.key()), ModelCode.stringOrValue(kv.value()));
    }
    if (instruction instanceof ExposeInstruction expose) {
      List<Expr> numbers = new ArrayList<>();
      List<Expr> ports = new ArrayList<>();
      for (Port p : expose.ports()) {
        Optional<Integer> n = ModelCode.id(p.text());
        if (n.isPresent() && n.get() >= 1 && n.get() <= 65535 && Port.tcp(n.get()).equals(p)) {
          numbers.add(Expr.atom("$L", n.get()));
        }
        ports.add(ModelCode.port(p));
      }
      return method("expose", numbers.size() == ports.size() ? numbers : ports);
    }
    if (instruction instanceof UserInstruction user) {
      Optional<Integer> uid = ModelCode.id(user.user().user());
      if (user.user().group() == null && uid.isPresent()) {
        return method("user", Expr.atom("$L", uid.get()));
      }
      return method("user", ModelCode.user(user.user()));
    }
    if (instruction instanceof WorkdirInstruction workdir) {
      return method("workdir", ModelCode.stringOrValue(workdir.path()));
    }
    if (instruction instanceof VolumeInstruction volume) {
      List<Expr> paths = new ArrayList<>();
      for (Value v : volume.paths()) {
        if (!ModelCode.readsBack(v)) {
          return fallback(instruction);
        }
        paths.add(Expr.string(v.toString()));
      }
      return method("volume", paths);
    }
    if (instruction instanceof CmdInstruction cmd) {
      return command("cmd", "cmdShell", cmd.command(), instruction);
    }
    if (instruction instanceof EntrypointInstruction entrypoint) {
      return command("entrypoint", "entrypointShell", entrypoint.command(), instruction);
    }
    if (instruction instanceof ShellInstruction shell) {
      return method("shell", ModelCode.strings(shell.shell()));
    }
    if (instruction instanceof HealthcheckInstruction health) {
      return method("healthcheck", ModelCode.healthcheck(health));
    }
    if (instruction instanceof StopSignalInstruction stop) {
      return method("stopSignal", Expr.string(stop.signal()));
    }
    if (instruction instanceof OnBuildInstruction onBuild) {
      return method("onBuild", code.withoutStages().instruction(onBuild.trigger()));
    }
    if (instruction instanceof MaintainerInstruction maintainer) {
      return method("maintainer", Expr.string(maintainer.name()));
    }
    return fallback(instruction);
  }

  /**
   * The arguments of {@code arg(name)} or {@code arg(name, default)} (of a stage or of the file's header),
   * which read the default with {@code Value.of}; empty for an ARG of several names or a literal {@code $}.
   */
  static Optional<List<Expr>> argArguments(ArgInstruction arg) {
    if (arg.arguments().size() != 1) {
      return Optional.empty();
    }
    ArgDeclaration d = arg.arguments().get(0);
    if (d.defaultValue() == null) {
      return Optional.of(List.of(Expr.string(d.name())));
    }
    if (!ModelCode.readsBack(d.defaultValue())) {
      return Optional.empty();
    }
    return Optional.of(List.of(Expr.string(d.name()), Expr.string(d.defaultValue().toString())));
  }

  // copy("a", "b", "dest"): no flags, paths that read back.
  private static List<Expr> simpleCopy(CopyInstruction copy) {
    if (copy.from() != null || copy.chown() != null || copy.chmod() != null || copy.link() || copy.parents()
        || !copy.excludes().isEmpty()) {
      return null;
    }
    List<Expr> args = new ArrayList<>();
    for (CopySource s : copy.sources()) {
      if (!(s instanceof CopySource.Path p) || !ModelCode.readsBack(p.path())) {
        return null;
      }
      args.add(Expr.string(p.path().toString()));
    }
    args.add(Expr.string(copy.destination().toString()));
    return args;
  }

  // cmd("a", "b") / cmdShell("..."): the shell form's method takes one line without heredoc.
  private Expr.Call command(String exec, String shell, Command command, Instruction instruction)
      throws NotExpressible {
    if (command instanceof ExecCommand e) {
      return method(exec, ModelCode.strings(e.arguments()));
    }
    ShellCommand s = (ShellCommand) command;
    if (s.isSingleLine() && s.heredocs().isEmpty()) {
      return method(shell, Expr.string(s.script()));
    }
    return fallback(instruction);
  }

  private Expr.Call fallback(Instruction instruction) throws NotExpressible {
    return method("instruction", code.instruction(instruction));
  }

  static Expr.Call method(String name, Expr... args) {
    return Expr.call(CodeBlock.of(".$N", name), args);
  }

  static Expr.Call method(String name, List<Expr> args) {
    return Expr.call(CodeBlock.of(".$N", name), args);
  }
}
