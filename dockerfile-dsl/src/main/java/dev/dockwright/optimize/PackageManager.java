package dev.dockwright.optimize;

import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Set;

/**
 * The package managers the optimizer knows: how to spot their install commands, where they keep their
 * download cache (as root), and how they clean it.
 */
enum PackageManager {
  APT("apt-get", Set.of("install", "upgrade", "dist-upgrade", "build-dep"), List.of("/var/lib/apt/lists", "/var/cache/apt")),
  APK("apk", Set.of("add", "upgrade"), List.of("/var/cache/apk")),
  PIP("pip", Set.of("install", "download", "wheel"), List.of("/root/.cache/pip")),
  NPM("npm", Set.of("ci", "install", "i", "add"), List.of("/root/.npm")),
  YARN("yarn", Set.of("install", "add", ""), List.of("/usr/local/share/.cache/yarn")),
  PNPM("pnpm", Set.of("install", "i", "add", "fetch"), List.of("/root/.local/share/pnpm/store")),
  UV("uv", Set.of("sync", "pip"), List.of("/root/.cache/uv")),
  POETRY("poetry", Set.of("install", "add", "update"), List.of("/root/.cache/pypoetry")),
  GO("go", Set.of("build", "install", "test", "run", "vet", "generate", "mod", "get"),
      List.of("/go/pkg/mod", "/root/.cache/go-build")),
  MAVEN("mvn", Set.of(), List.of("/root/.m2"));

  private final String program;
  private final Set<String> subcommands;
  private final List<String> cacheDirs;

  PackageManager(String program, Set<String> subcommands, List<String> cacheDirs) {
    this.program = program;
    this.subcommands = subcommands;
    this.cacheDirs = cacheDirs;
  }

  /** The directories that hold the manager's downloads when it runs as root. */
  List<String> cacheDirs() {
    return cacheDirs;
  }

  /** Whether a command (behind any sudo/env wrapper) is this manager installing or fetching. */
  boolean installs(SimpleCommand command) {
    for (SimpleCommand layer : command.layers()) {
      String name = layer.programName();
      boolean program = name.equals(this.program)
          || (this == PIP && (name.equals("pip3") || name.matches("pip3\\.\\d+")));
      if (program && (subcommands.isEmpty() || subcommands.contains(layer.subcommand()))) {
        return true;
      }
    }
    return false;
  }

  /** The layer of the command that is this manager, for reading its options. */
  SimpleCommand layerOf(SimpleCommand command) {
    for (SimpleCommand layer : command.layers()) {
      if (installs(layer)) {
        return layer;
      }
    }
    return command.unwrapped();
  }
}
