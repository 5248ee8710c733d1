package dev.dockwright.optimize;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.WorkdirInstruction;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an image does, as far as the optimizer promises to keep it: per stage, the commands each user runs
 * in each directory (with the additions package-hygiene documents taken out), the final configuration, and
 * the files copied.
 */
record ImageSummary(List<List<String>> commands, List<Map<String, String>> config, List<List<String>> copies) {

  // What package-hygiene and cache-mounts add or remove on purpose.
  private static final Set<String> HYGIENE_FLAGS = Set.of("-y", "--no-cache", "--no-cache-dir", "--no-install-recommends");

  static ImageSummary of(Dockerfile file) {
    List<List<String>> commands = new ArrayList<>();
    List<Map<String, String>> config = new ArrayList<>();
    List<List<String>> copies = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<String> stageCommands = new ArrayList<>();
      List<String> stageCopies = new ArrayList<>();
      Map<String, String> env = new LinkedHashMap<>();
      Map<String, String> labels = new LinkedHashMap<>();
      Set<String> ports = new TreeSet<>();
      String user = "";
      String workdir = "";
      String entrypoint = "";
      String cmd = "";
      for (Element e : stage.body()) {
        if (e instanceof UserInstruction u) {
          user = u.user().text();
        } else if (e instanceof WorkdirInstruction w) {
          workdir = w.path().toString();
        } else if (e instanceof EnvInstruction en) {
          for (KeyValue kv : en.variables()) {
            env.put(kv.key(), kv.value().toString());
          }
        } else if (e instanceof LabelInstruction l) {
          for (KeyValue kv : l.labels()) {
            labels.put(kv.key(), kv.value().toString());
          }
        } else if (e instanceof ExposeInstruction x) {
          x.ports().forEach(p -> ports.add(p.text()));
        } else if (e instanceof EntrypointInstruction en) {
          entrypoint = argv(en.command());
          cmd = "";
        } else if (e instanceof CmdInstruction c) {
          cmd = argv(c.command());
        } else if (e instanceof RunInstruction run) {
          if (run.command() instanceof ShellCommand shell) {
            for (SimpleCommand c : ShellScript.parse(shell.commandLine()).commands()) {
              String normalized = normalize(c);
              if (normalized != null) {
                stageCommands.add(user + "@" + workdir + ": " + normalized);
              }
            }
            for (var h : shell.heredocs()) {
              stageCommands.add(user + "@" + workdir + ": <<" + h.content());
            }
          } else {
            stageCommands.add(user + "@" + workdir + ": " + ((ExecCommand) run.command()).arguments());
          }
        } else if (e instanceof CopyInstruction c) {
          stageCopies.add(c.sources() + " -> " + c.destination() + " from " + c.from() + " " + c.chown() + " " + c.chmod()
              + " @" + workdir);
        } else if (e instanceof AddInstruction a) {
          stageCopies.add(a.sources() + " -> " + a.destination() + " from null " + a.chown() + " " + a.chmod() + " @" + workdir);
        }
      }
      commands.add(stageCommands);
      copies.add(stageCopies);
      Map<String, String> c = new LinkedHashMap<>();
      c.put("env", env.toString());
      c.put("labels", labels.toString());
      c.put("ports", ports.toString());
      c.put("user", user);
      c.put("workdir", workdir);
      c.put("entrypoint", entrypoint);
      c.put("cmd", cmd);
      config.add(c);
    }
    return new ImageSummary(commands, config, copies);
  }

  // A command as words, without the clean-ups and flags that the package passes add or drop on purpose.
  private static String normalize(SimpleCommand c) {
    SimpleCommand u = c.unwrapped();
    String name = u.programName();
    if (name.equals("apt-get") && (u.subcommand().equals("update") || u.subcommand().equals("clean"))) {
      return null;
    }
    if (name.equals("rm") && u.arguments().stream().anyMatch(w -> w.text().startsWith("/var/lib/apt/lists"))) {
      return null;
    }
    if ((name.equals("npm") || name.equals("yarn")) && u.subcommand().equals("cache")) {
      return null;
    }
    List<String> words = new ArrayList<>();
    c.assignments().forEach(a -> words.add(a.raw()));
    for (var w : c.words()) {
      if (!HYGIENE_FLAGS.contains(w.text())) {
        words.add(w.text());
      }
    }
    return String.join(" ", words);
  }

  private static String argv(Command command) {
    if (command instanceof ExecCommand exec) {
      return exec.arguments().toString();
    }
    List<String> plain = ExecFormPass.plainArguments((ShellCommand) command);
    return plain != null ? plain.toString() : "sh -c " + ((ShellCommand) command).commandLine();
  }
}
