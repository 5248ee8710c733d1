package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a program reads its options: whether short options bundle ({@code -qqy} is {@code -q -q -y} for apt-get),
 * whether options may follow operands, and which options take a value ({@code -o} in {@code apt-get -o X=Y
 * install}), so that the value is not mistaken for an operand.
 *
 * <pre>{@code
 * OptionSyntax.forProgram("apt-get").scan(words).operands();  // the subcommand and the packages
 * }</pre>
 *
 * <p>Programs that are not in the table are read the getopt way: short options bundle, options may come anywhere,
 * none takes a value.
 *
 * @param bundlesShortOptions whether {@code -abc} means {@code -a -b -c}; if not, {@code -abc} is one option
 * @param optionsAfterOperands whether options may follow operands (GNU getopt); if not, the first operand ends the
 *     options, as it does for {@code sudo} and other commands that run a command
 * @param optionsWithValue the options that take the next word as their value, or the rest of a bundle
 */
record OptionSyntax(boolean bundlesShortOptions, boolean optionsAfterOperands, Set<String> optionsWithValue) {

  /** An option as the program reads it. */
  record ParsedOption(String name, String value) {}

  /** The options and the operands of an argument list. */
  record ArgumentScan(List<ParsedOption> options, List<Word> operands) {}

  private static final OptionSyntax GETOPT = new OptionSyntax(true, true, Set.of());
  private static final Map<String, OptionSyntax> PROGRAMS = new HashMap<>();

  static {
    OptionSyntax apt = getopt("-o", "--option", "-c", "--config-file", "-t", "--target-release",
        "--default-release", "-a", "--host-architecture", "-P", "--build-profiles");
    define(apt, "apt-get", "apt", "apt-cache", "apt-mark", "apt-config");
    define(getopt("-o", "--option", "-t", "--target-release", "-F", "--display-format", "-w", "--width", "-S"),
        "aptitude");
    define(getopt("--add-architecture", "--remove-architecture", "--root", "--admindir", "--instdir",
        "--path-include", "--path-exclude"), "dpkg");
    define(getopt("-X", "--repository", "-t", "--virtual", "-p", "--root", "--repositories-file", "--keys-dir",
        "--arch", "--cache-dir", "--cache-max-age"), "apk");
    define(getopt("-c", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo",
        "--repo", "--repoid", "-x", "--exclude", "--downloaddir", "--destdir", "-d", "--debuglevel", "-e",
        "--errorlevel", "--forcearch"), "dnf", "yum", "microdnf", "tdnf");
    define(getopt("-R", "--root", "-c", "--config", "-D", "--reposd-path", "-t", "--type", "-r", "--repo",
        "--from"), "zypper");
    define(getopt("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
        "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src",
        "--upgrade-strategy", "--platform", "--python-version", "--implementation", "--abi", "--no-binary",
        "--only-binary", "--progress-bar", "--log", "--proxy", "--retries", "--timeout", "--exists-action",
        "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--python", "-C", "--config-settings",
        "--report", "-d", "--dest"), "pip");
    define(getopt("-p", "--python", "-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
        "--extra-index-url", "-f", "--find-links", "--target", "--prefix", "--cache-dir", "--directory",
        "--project", "--group", "--extra", "--package"), "uv");
    define(wordOptions("--prefix", "--registry", "--cache", "--loglevel", "--omit", "--include", "-w",
        "--workspace", "--tag", "--userconfig", "--globalconfig"), "npm");
    define(wordOptions("--cwd", "--cache-folder", "--modules-folder", "--network-timeout", "--mutex",
        "--registry", "--global-folder", "--link-folder"), "yarn");
    define(wordOptions("-C", "--dir", "--filter", "-F", "--store-dir", "--reporter", "--config-dir"), "pnpm");
    define(getopt("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform",
        "-P", "--trust-policy"), "gem");
    define(getopt("--target", "--features", "-F", "-p", "--package", "--bin", "--root", "--path", "--git",
        "--branch", "--tag", "--rev", "--version", "-j", "--jobs", "--profile", "--manifest-path", "--target-dir",
        "-Z"), "cargo");
    define(wordOptions("-o", "-ldflags", "-gcflags", "-asmflags", "-tags", "-mod", "-modfile", "-C", "-p",
        "-buildmode", "-pkgdir", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-exec", "-run", "-bench",
        "-timeout", "-count", "-coverprofile", "-covermode", "-coverpkg"), "go");
    define(wordOptions("-name", "-iname", "-path", "-ipath", "-wholename", "-regex", "-type", "-maxdepth",
        "-mindepth", "-perm", "-user", "-group", "-size", "-mtime", "-mmin", "-newer"), "find");
    // wget's -n takes the rest of its bundle: -nv is --no-verbose, -nc --no-clobber.
    define(getopt("-n", "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P",
        "--directory-prefix", "-e", "--execute", "-i", "--input-file", "-t", "--tries", "-T", "--timeout", "-U",
        "--user-agent", "--header", "--progress", "-w", "--wait", "-Q", "--quota", "-B", "--base", "--user",
        "--password", "--post-data", "--post-file", "--ca-certificate", "--ca-directory", "--certificate",
        "--private-key", "-l", "--level", "-A", "--accept", "-R", "--reject", "-D", "--domains", "-X",
        "--exclude-directories", "-I", "--include-directories", "--bind-address", "--limit-rate"), "wget");
    define(getopt("-o", "--output", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary",
        "--data-urlencode", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-X", "--request", "-w",
        "--write-out", "--retry", "--retry-delay", "--retry-max-time", "-m", "--max-time", "--connect-timeout", "-x",
        "--proxy", "-T", "--upload-file", "-F", "--form", "--cacert", "--capath", "-E", "--cert", "--key", "-b",
        "--cookie", "-c", "--cookie-jar", "-r", "--range", "-C", "--continue-at", "-K", "--config", "--proto",
        "--proto-redir", "--output-dir", "-z", "--time-cond", "--resolve", "--limit-rate", "-Y", "--speed-limit",
        "-y", "--speed-time", "--url", "--max-filesize", "--interface"), "curl");
    OptionSyntax useradd = getopt("-b", "--base-dir", "-c", "--comment", "-d", "--home-dir", "-e", "--expiredate",
        "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-k", "--skel", "-K", "--key", "-p", "--password",
        "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-Z", "--selinux-user");
    define(useradd, "useradd");
    define(useradd.withValues("-l", "--login"), "usermod");
    define(getopt("-g", "--gid", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix"), "groupadd");
    define(getopt("-h", "--home", "-g", "--gecos", "-s", "--shell", "-G", "--ingroup", "-u", "--uid", "--gid",
        "-k", "--firstuid", "--lastuid", "--conf", "--comment"), "adduser");
    define(getopt("-g", "--gid", "--conf"), "addgroup");
    define(getopt("-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "--exclude",
        "--owner", "--group", "--mode", "-I", "--use-compress-program", "-H", "--format", "-b",
        "--blocking-factor", "-g", "--listed-incremental", "-N", "--newer", "--strip-components", "--transform",
        "--xform", "--mtime"), "tar");
    define(getopt("-C", "--directory", "-f", "--file", "--makefile", "-j", "--jobs", "-l", "--load-average", "-I",
        "--include-dir", "-o", "--old-file", "-W", "--what-if"), "make");
    define(getopt("-j"), "docker-php-ext-install");
    define(getopt("-C", "-c", "--depth", "-b", "--branch", "--origin", "-o", "--reference", "--separate-git-dir",
        "-j", "--jobs", "--filter", "--shallow-since", "--template", "--config", "-m", "--message"), "git");
    define(getopt("-e", "--expression", "-f", "--file", "-l", "--line-length"), "sed");
    define(getopt("-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "--after-context", "-B",
        "--before-context", "-C", "--context", "--include", "--exclude", "--exclude-dir", "--label"), "grep");
    define(getopt("-m", "--mode"), "mkdir");
    define(getopt("-t", "--target-directory", "-S", "--suffix"), "cp", "mv", "ln");
    define(getopt("-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix"),
        "install");
    define(getopt("--from", "--reference"), "chown", "chgrp");
    define(getopt("--reference"), "chmod");

    // Shells and commands that run a command: their options end at the first operand.
    define(prefix("-o"), "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "set");
    define(prefix("-W", "-X", "-c", "-m"), "python");
    define(prefix("-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C", "--close-from", "-D",
        "--chdir", "-r", "--role", "-t", "--type", "-U", "--other-user", "-T", "--command-timeout"), "sudo");
    define(prefix("-u", "-C"), "doas");
    define(prefix("-u", "--unset", "-C", "--chdir", "-S", "--split-string"), "env");
    define(prefix("-a"), "exec");
    define(prefix("-f", "--format", "-o", "--output"), "time");
    define(prefix("-n", "--adjustment"), "nice");
    define(prefix("-I", "-n", "-P", "-L", "-s", "-d", "-a", "-E", "--max-args", "--max-procs", "--delimiter",
        "--arg-file", "--max-lines", "--max-chars", "--eof"), "xargs");
    define(prefix("-s", "--signal", "-k", "--kill-after"), "timeout");
    define(prefix("-i", "-o", "-e", "--input", "--output", "--error"), "stdbuf");
    define(prefix("--userspec", "--groups"), "chroot");
    define(prefix(), "command", "builtin", "nohup", "gosu", "su-exec", "eatmydata");
  }

  OptionSyntax {
    optionsWithValue = Set.copyOf(optionsWithValue);
  }

  /**
   * The syntax of {@code program} (a base name). {@code pip3}, {@code pip3.12}, {@code python3} and
   * {@code python3.12} read like {@code pip} and {@code python}.
   */
  static OptionSyntax forProgram(String program) {
    OptionSyntax known = PROGRAMS.get(versionless(program));
    return known != null ? known : GETOPT;
  }

  /** {@code pip3.12} -> {@code pip}, {@code python3} -> {@code python}; other names are returned as they are. */
  static String versionless(String program) {
    for (String family : List.of("pip", "python")) {
      if (program.startsWith(family) && program.length() > family.length()
          && program.chars().skip(family.length()).allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
        return family;
      }
    }
    return program;
  }

  /** Splits {@code arguments} (the words after the program) into options and operands. */
  ArgumentScan scan(List<Word> arguments) {
    List<ParsedOption> options = new ArrayList<>();
    List<Word> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < arguments.size(); ) {
      Word word = arguments.get(i);
      String text = word.text();
      if (optionsEnded) {
        operands.add(word);
        i++;
      } else if (text.equals("--")) {
        optionsEnded = true;
        i++;
      } else if (isOption(text)) {
        i += read(arguments, i, options);
      } else {
        operands.add(word);
        i++;
        optionsEnded = !optionsAfterOperands;
      }
    }
    return new ArgumentScan(List.copyOf(options), List.copyOf(operands));
  }

  /** Whether a word is an option rather than an operand: a dash and something after it, but not {@code --}. */
  static boolean isOption(String text) {
    return text.length() > 1 && text.charAt(0) == '-' && !text.equals("--");
  }

  /**
   * Reads the option word at {@code index} (see {@link #isOption}) into {@code options}; returns how many words it
   * takes: 2 when its value is the next word.
   */
  int read(List<Word> arguments, int index, List<ParsedOption> options) {
    String text = arguments.get(index).text();
    boolean hasNext = index + 1 < arguments.size();
    if (text.startsWith("--") || !bundlesShortOptions) {
      int equals = text.indexOf('=');
      if (equals > 0) {
        options.add(new ParsedOption(text.substring(0, equals), text.substring(equals + 1)));
        return 1;
      }
      if (optionsWithValue.contains(text) && hasNext) {
        options.add(new ParsedOption(text, arguments.get(index + 1).text()));
        return 2;
      }
      options.add(new ParsedOption(text, null));
      return 1;
    }
    for (int k = 1; k < text.length(); k++) {
      String name = "-" + text.charAt(k);
      if (optionsWithValue.contains(name)) {
        if (k + 1 < text.length()) {
          options.add(new ParsedOption(name, text.substring(k + 1)));
          return 1;
        }
        options.add(new ParsedOption(name, hasNext ? arguments.get(index + 1).text() : null));
        return hasNext ? 2 : 1;
      }
      options.add(new ParsedOption(name, null));
    }
    return 1;
  }

  private OptionSyntax withValues(String... more) {
    Set<String> values = new HashSet<>(optionsWithValue);
    values.addAll(List.of(more));
    return new OptionSyntax(bundlesShortOptions, optionsAfterOperands, values);
  }

  private static OptionSyntax getopt(String... optionsWithValue) {
    return new OptionSyntax(true, true, Set.of(optionsWithValue));
  }

  private static OptionSyntax wordOptions(String... optionsWithValue) {
    return new OptionSyntax(false, true, Set.of(optionsWithValue));
  }

  private static OptionSyntax prefix(String... optionsWithValue) {
    return new OptionSyntax(true, false, Set.of(optionsWithValue));
  }

  private static void define(OptionSyntax syntax, String... programs) {
    for (String program : programs) {
      PROGRAMS.put(program, syntax);
    }
  }
}
