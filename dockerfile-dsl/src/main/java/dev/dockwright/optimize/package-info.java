/**
 * The optimizer: {@link dev.dockwright.optimize.Pass passes}, each a function from a Dockerfile to a
 * Dockerfile plus the {@link dev.dockwright.optimize.Change changes} it made, run in order by the
 * {@link dev.dockwright.optimize.Optimizer}. A pass never changes what the image contains or how it runs,
 * except where its documentation page says so; untouched instructions keep their source text.
 *
 * <pre>{@code
 * Dockerfile file = DockerfileParser.strict().parse(text, "Dockerfile");
 * Optimizer.Result r = Optimizer.withPasses(Set.of("chain-runs", "exec-form"))
 *     .optimize(file, OptimizeContext.of(BuilderTarget.BUILDKIT));
 * String optimized = DockerfileRenderer.defaults().render(r.file());
 * }</pre>
 *
 * <p>The passes are picked by id (see {@link dev.dockwright.optimize.Optimizer#allPasses()}); each has a page
 * in {@code docs/optimizer/}.
 */
package dev.dockwright.optimize;
