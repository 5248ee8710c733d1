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

  /**
   * The result of {@link #optimize}: the optimized file and every change, in the order made.
   *
   * <pre>{@code
   * Optimizer.Result r = Optimizer.defaults().optimize(file, OptimizeContext.of(BuilderTarget.LEGACY));
   * boolean changed = !r.changes().isEmpty();
   * }</pre>
   *
   * @param file the optimized Dockerfile: the input itself when no pass changed anything
   * @param changes every change, pass by pass in the order the passes ran; empty when nothing changed
   */
  public record Result(Dockerfile file, List<Change> changes) {
    /**
     * Copies the list of changes.
     *
     * @param file the optimized Dockerfile
     * @param changes every change, in the order made
     * @throws NullPointerException if {@code changes} or one of them is null
     */
    public Result {
      changes = List.copyOf(changes);
    }
  }

  /**
   * An optimizer with these passes, in this order; they may include passes of one's own.
   *
   * @param passes the passes to run, copied
   * @throws NullPointerException if {@code passes} or one of them is null
   */
  public Optimizer(List<Pass> passes) {
    this.passes = List.copyOf(passes);
  }

  /**
   * Every pass of the library, in the default order: {@code add-to-copy}, {@code copy-order},
   * {@code arg-placement}, {@code chain-runs}, {@code cache-mounts}, {@code package-hygiene},
   * {@code merge-env-label}, {@code exec-form}.
   *
   * @return new pass instances in an unmodifiable list
   */
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

  /**
   * An optimizer with every pass, in the default order.
   *
   * @return {@code new Optimizer(allPasses())}
   */
  public static Optimizer defaults() {
    return new Optimizer(allPasses());
  }

  /**
   * An optimizer with only the passes named (by id), in the default order whatever the order of the ids.
   *
   * @param ids pass ids such as {@code Set.of("chain-runs", "exec-form")}; an empty set gives an optimizer that
   *     changes nothing
   * @return a new optimizer
   * @throws IllegalArgumentException for an unknown id; the message lists the known ones
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

  /**
   * The passes this optimizer runs.
   *
   * @return an unmodifiable list, in the order they run
   */
  public List<Pass> passes() {
    return passes;
  }

  /**
   * Runs every pass that the context's target builder accepts, in order, and again while a round changes
   * something (one pass can enable another), at most five rounds; so optimizing the output again changes
   * nothing. Changes report positions in {@code file}.
   *
   * @param file the Dockerfile to optimize; not modified
   * @param context the target builder, aggressive or not, and the build context directory if any
   * @return the optimized file and the changes made
   * @throws NullPointerException if {@code file} or {@code context} is null
   */
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
