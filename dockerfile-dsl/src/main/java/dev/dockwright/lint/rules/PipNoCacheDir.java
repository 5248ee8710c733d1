package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * pip keeps downloaded packages and built wheels in {@code ~/.cache/pip}, which then stays in the layer.
 * {@code pip install} is not reported when:
 * <ul>
 *   <li>it has {@code --no-cache-dir};</li>
 *   <li>{@code PIP_NO_CACHE_DIR} is set to a true value by an ENV of the stage (or of a stage it is built on)
 *   before the RUN, or anywhere in the RUN ({@code PIP_NO_CACHE_DIR=1 pip install}, {@code export ...});</li>
 *   <li>the RUN mounts a cache or tmpfs over pip's cache ({@code /root/.cache/pip}, {@code /root/.cache}: see
 *   {@link CacheDirectories#PIP}), or over the directory given with {@code --cache-dir} or
 *   {@code PIP_CACHE_DIR};</li>
 *   <li>the RUN deletes the cache ({@code rm -rf /root/.cache/pip}).</li>
 * </ul>
 * {@code pipx} and {@code pipenv} are not pip.
 */
final class PipNoCacheDir implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3042",
      List.of(),
      Severity.WARNING,
      "Use pip install --no-cache-dir so that pip's cache is not left in the image.",
      """
      FROM python:3.13.1-slim-bookworm
      RUN pip install -r requirements.txt
      """,
      """
      FROM python:3.13.1-slim-bookworm
      RUN pip install --no-cache-dir -r requirements.txt
      RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements-dev.txt
      """);

  private static final String NO_CACHE = "PIP_NO_CACHE_DIR";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Map<Stage, Boolean> envDisables = new IdentityHashMap<>();
    for (Stage stage : context.file().stages()) {
      boolean disabled = Stages.parent(context.file(), stage).map(p -> envDisables.getOrDefault(p, false))
          .orElse(false);
      Map<Element, RunSite> sites = new IdentityHashMap<>();
      RunSite.of(stage, true).forEach(site -> sites.put(site.at(), site));
      for (Element e : stage.body()) {
        if (e instanceof EnvInstruction env) {
          for (KeyValue kv : env.variables()) {
            if (kv.key().equals(NO_CACHE)) {
              disabled = kv.value().isLiteral() && Commands.isTrue(kv.value().literalText());
            }
          }
        } else if (!disabled && sites.containsKey(e)) {
          check(context, sites.get(e));
        }
      }
      envDisables.put(stage, disabled);
    }
  }

  private static void check(LintContext context, RunSite site) {
    ShellScript script = site.shell(context);
    if (CacheDirectories.PIP.isMountedIn(site.run()) || Commands.setsTrue(script, NO_CACHE)
        || Commands.deletes(script, CacheDirectories.PIP)) {
      return;
    }
    for (SimpleCommand install : Commands.pip(script, "install")) {
      if (install.hasOption("--no-cache-dir")) {
        continue;
      }
      List<String> cacheDirs = new ArrayList<>(install.optionValues("--cache-dir"));
      cacheDirs.addAll(Commands.assigned(install, "PIP_CACHE_DIR"));
      if (cacheDirs.stream().anyMatch(dir -> CacheDirectories.isMountedOver(site.run(), dir))) {
        continue;
      }
      site.report(context, install, "pip install keeps its cache in the image: add --no-cache-dir");
    }
  }
}
