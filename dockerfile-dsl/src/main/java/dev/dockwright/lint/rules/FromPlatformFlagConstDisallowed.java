package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code FROM --platform=linux/amd64} pins a stage to one platform, so the file cannot build a
 * multi-platform image. Quiet when the platform uses a variable, and when the stage name mentions the
 * platform's OS or architecture ({@code AS build_amd64}): such a stage is platform-specific on purpose.
 */
final class FromPlatformFlagConstDisallowed implements Rule {
  private static final Set<String> KNOWN_OS = Set.of(
      "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
      "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
  private static final Set<String> KNOWN_ARCH = Set.of(
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
      "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x",
      "sparc", "sparc64", "wasm");

  static final RuleInfo INFO = new RuleInfo(
      "FromPlatformFlagConstDisallowed",
      List.of(),
      Severity.WARNING,
      "FROM --platform should not use a constant value.",
      """
      FROM --platform=linux/amd64 alpine:3.20 AS base
      RUN apk add --no-cache git
      """,
      """
      FROM --platform=linux/amd64 alpine:3.20 AS base-amd64
      RUN apk add --no-cache git
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuildScopes scopes = BuildScopes.of(context);
    for (FromWords from : FromWords.of(context)) {
      if (from.platform().isEmpty()) {
        continue;
      }
      scopes.expand(from.platform().get(), scopes.globalEnv()).ifPresent(w -> {
        if (!w.referenced().isEmpty()) {
          return;
        }
        parse(w.value()).ifPresent(osArch -> {
          if (!from.name().contains(osArch[0]) && !from.name().contains(osArch[1])) {
            context.report(from.stage().from(),
                "FROM --platform flag should not use constant value " + BuildKitText.quote(w.value()));
          }
        });
      });
    }
  }

  /** OS and normalized architecture of a platform, as containerd's platforms.Parse reads it; empty if invalid. */
  static Optional<String[]> parse(String specifier) {
    String[] parts = specifier.split("/", -1);
    for (String part : parts) {
      if (!part.matches("[A-Za-z0-9_.-]+")) {
        return Optional.empty();
      }
    }
    if (parts.length == 1) {
      String p = parts[0].toLowerCase(Locale.ROOT);
      if (KNOWN_OS.contains(p)) {
        return Optional.of(new String[] {p, "amd64"});
      }
      String arch = arch(p);
      return KNOWN_ARCH.contains(arch) ? Optional.of(new String[] {"linux", arch}) : Optional.empty();
    }
    if (parts.length > 3) {
      return Optional.empty();
    }
    return Optional.of(new String[] {parts[0].toLowerCase(Locale.ROOT), arch(parts[1].toLowerCase(Locale.ROOT))});
  }

  private static String arch(String arch) {
    return switch (arch) {
      case "i386" -> "386";
      case "x86_64", "x86-64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "armhf", "armel", "arm" -> "arm";
      default -> arch;
    };
  }
}
