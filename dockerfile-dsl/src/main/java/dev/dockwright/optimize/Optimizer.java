package dev.dockwright.optimize;

import dev.dockwright.model.Dockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs passes in order and collects their changes. The default order lets each pass build on the ones
 * before it: ADD becomes COPY, dependency manifests are copied before sources, build arguments move to their
 * first use, RUNs are chained (so that {@code apt-get update} joins its install), caches mounted, package
 * commands cleaned, ENV/LABEL merged, CMD/ENTRYPOINT written in exec form. Passes the target builder cannot take are skipped.
 *
 * <pre>{@code
 * Optimizer.Result r = Optimizer.defaults().optimize(file, OptimizeContext.of(BuilderTarget.BUILDKIT));
 * String text = DockerfileRenderer.defaults().render(r.file());
 * r.changes().forEach(System.out::println);
 * }</pre>
 */
public final class Optimizer {
  private final List<Pass> passes;

  /** The result: the optimized file and every change, in the order made. */
  public record Result(Dockerfile file, List<Change> changes) {
    public Result {
      changes = List.copyOf(changes);
    }
  }

  /** An optimizer with these passes, in this order. */
  public Optimizer(List<Pass> passes) {
    this.passes = List.copyOf(passes);
  }

  /** Every pass, in the default order. */
  public static List<Pass> allPasses() {
    return List.of(
        new AddToCopyPass(),
        new CopyOrderPass(),
        new ArgPlacementPass(),
        new ChainRunsPass(),
        new CacheMountsPass(),
        new PackageHygienePass(),
        new MergeEnvLabelPass(),
        new ExecFormPass());
  }

  /** An optimizer with every pass. */
  public static Optimizer defaults() {
    return new Optimizer(allPasses());
  }

  /**
   * An optimizer with only the passes named (by id), in the default order.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static Optimizer withPasses(Set<String> ids) {
    List<Pass> chosen = new ArrayList<>();
    for (String id : ids) {
      if (allPasses().stream().noneMatch(p -> p.id().equals(id))) {
        throw new IllegalArgumentException("unknown pass: " + id + " (passes: "
            + String.join(", ", allPasses().stream().map(Pass::id).toList()) + ")");
      }
    }
    for (Pass p : allPasses()) {
      if (ids.contains(p.id())) {
        chosen.add(p);
      }
    }
    return new Optimizer(chosen);
  }

  /** The passes, in order. */
  public List<Pass> passes() {
    return passes;
  }

  /** Runs every pass that the context's target builder accepts. */
  public Result optimize(Dockerfile file, OptimizeContext context) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(context, "context");
    Dockerfile current = file;
    List<Change> changes = new ArrayList<>();
    context = context.withOrigins(file);
    // Passes enable each other (mounting the same cache on two RUNs lets them be chained): repeat until
    // nothing changes, so that optimizing an optimized file changes nothing.
    for (int round = 0; round < 5; round++) {
      boolean changed = false;
      for (Pass pass : passes) {
        if (!pass.targets().contains(context.target())) {
          continue;
        }
        PassResult r = pass.apply(current, context);
        current = r.file();
        changes.addAll(r.changes());
        changed |= !r.changes().isEmpty();
      }
      if (!changed) {
        break;
      }
    }
    return new Result(current, changes);
  }
}
