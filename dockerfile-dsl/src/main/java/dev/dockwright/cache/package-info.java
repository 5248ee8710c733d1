/**
 * Build cache analysis: {@link dev.dockwright.cache.CacheAnalysis} says for every step of a Dockerfile whether the
 * builder reuses it from its cache or runs it again, given what changed, and why; the result is a
 * {@link dev.dockwright.cache.CacheReport}. The rules are in {@code docs/cache.md}.
 *
 * <pre>{@code
 * CacheReport report = CacheAnalysis.of(dockerfile).withChangedArgs(List.of("VERSION")).analyze();
 * System.out.print(report.text());   // ... "2 of 7 steps re-run"
 * }</pre>
 */
package dev.dockwright.cache;
