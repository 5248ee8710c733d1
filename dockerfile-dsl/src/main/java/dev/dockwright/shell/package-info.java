/**
 * A quoting-aware reader of the shell scripts in Dockerfiles, for lint rules and rewrites.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("cd /tmp && curl -fsSL https://example.com/x.tgz | tar -xz -C /usr/local");
 * script.commands().get(0).programName();          // cd
 * script.pipelines().get(0).options().pipefail();  // false: DL4006 material
 * }</pre>
 *
 * <p>{@link dev.dockwright.shell.ShellScript} is the entry point; it yields
 * {@link dev.dockwright.shell.SimpleCommand}s made of {@link dev.dockwright.shell.Word}s,
 * {@link dev.dockwright.shell.Assignment}s and {@link dev.dockwright.shell.Redirection}s, each with its offsets in
 * the text. The package depends on the JDK alone.
 */
package dev.dockwright.shell;
