package dev.dockwright.render;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.DurationFormat;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.TmpfsMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The flags an instruction of the model stands for, written from the model's fields (not by the renderer), so
 * that a property can compare them with what a builder reads. Mount options are compared as a set.
 */
final class ModelFlags {
  private ModelFlags() {}

  static List<String> of(Instruction instruction) {
    List<String> flags = new ArrayList<>();
    if (instruction instanceof OnBuildInstruction onBuild) {
      return of(onBuild.trigger());
    }
    if (instruction instanceof FromInstruction from && from.platform() != null) {
      flags.add("--platform=" + from.platform());
    } else if (instruction instanceof RunInstruction run) {
      run.mounts().forEach(m -> flags.add(normalized("--mount=" + String.join(",", options(m)))));
      if (run.network() != null) {
        flags.add("--network=" + run.network().text());
      }
      if (run.security() != null) {
        flags.add("--security=" + run.security().text());
      }
      run.devices().forEach(d -> flags.add("--device=" + d));
    } else if (instruction instanceof CopyInstruction copy) {
      add(flags, "from", copy.from() == null ? null : copy.from().text());
      add(flags, "chown", copy.chown() == null ? null : copy.chown().text());
      add(flags, "chmod", copy.chmod() == null ? null : copy.chmod().text());
      if (copy.link()) {
        flags.add("--link");
      }
      if (copy.parents()) {
        flags.add("--parents");
      }
      copy.excludes().forEach(e -> flags.add("--exclude=" + e));
    } else if (instruction instanceof AddInstruction add) {
      add(flags, "chown", add.chown() == null ? null : add.chown().text());
      add(flags, "chmod", add.chmod() == null ? null : add.chmod().text());
      if (add.link()) {
        flags.add("--link");
      }
      add.excludes().forEach(e -> flags.add("--exclude=" + e));
      if (add.keepGitDir()) {
        flags.add("--keep-git-dir");
      }
      add(flags, "checksum", add.checksum());
      add(flags, "unpack", add.unpack() == null ? null : add.unpack().toString());
    } else if (instruction instanceof HealthcheckInstruction health && !health.isNone()) {
      duration(flags, "interval", health.interval());
      duration(flags, "timeout", health.timeout());
      duration(flags, "start-period", health.startPeriod());
      duration(flags, "start-interval", health.startInterval());
      add(flags, "retries", health.retries() == null ? null : health.retries().toString());
    }
    return flags;
  }

  /** A flag as read, with the options of a --mount sorted. */
  static String normalized(String flag) {
    if (!flag.startsWith("--mount=")) {
      return flag;
    }
    return "--mount=" + String.join(",", new TreeSet<>(Arrays.asList(flag.substring(8).split(",", -1))));
  }

  private static List<String> options(Mount m) {
    List<String> o = new ArrayList<>();
    o.add("type=" + m.type());
    if (m instanceof BindMount b) {
      o.add("target=" + b.target());
      opt(o, "source", b.source());
      opt(o, "from", b.from() == null ? null : b.from().text());
      if (b.readWrite()) {
        o.add("rw");
      }
    } else if (m instanceof CacheMount c) {
      o.add("target=" + c.target());
      opt(o, "id", c.id());
      if (c.readOnly()) {
        o.add("ro");
      }
      opt(o, "sharing", c.sharing() == null ? null : c.sharing().text());
      opt(o, "from", c.from() == null ? null : c.from().text());
      opt(o, "source", c.source());
      opt(o, "mode", c.mode() == null ? null : c.mode().text());
      opt(o, "uid", c.uid() == null ? null : c.uid().toString());
      opt(o, "gid", c.gid() == null ? null : c.gid().toString());
    } else if (m instanceof TmpfsMount t) {
      o.add("target=" + t.target());
      opt(o, "size", t.size());
    } else if (m instanceof SecretMount s) {
      opt(o, "id", s.id());
      opt(o, "target", s.target());
      opt(o, "env", s.env());
      if (s.required()) {
        o.add("required=true");
      }
      opt(o, "mode", s.mode() == null ? null : s.mode().text());
      opt(o, "uid", s.uid() == null ? null : s.uid().toString());
      opt(o, "gid", s.gid() == null ? null : s.gid().toString());
    } else {
      SshMount s = (SshMount) m;
      opt(o, "id", s.id());
      opt(o, "target", s.target());
      if (s.required()) {
        o.add("required=true");
      }
      opt(o, "mode", s.mode() == null ? null : s.mode().text());
      opt(o, "uid", s.uid() == null ? null : s.uid().toString());
      opt(o, "gid", s.gid() == null ? null : s.gid().toString());
    }
    return o;
  }

  private static void opt(List<String> options, String name, String value) {
    if (value != null) {
      options.add(name + "=" + value);
    }
  }

  private static void add(List<String> flags, String name, String value) {
    if (value != null) {
      flags.add("--" + name + "=" + value);
    }
  }

  private static void duration(List<String> flags, String name, Duration d) {
    if (d != null) {
      flags.add("--" + name + "=" + DurationFormat.format(d));
    }
  }
}
