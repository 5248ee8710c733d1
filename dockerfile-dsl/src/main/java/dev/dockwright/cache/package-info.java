/**
 * Build cache analysis: {@link dev.dockwright.cache.CacheAnalysis} says for every step of a Dockerfile whether the
 * builder reuses it from its cache or runs it again, given what changed, and why; the result is a
 * {@link dev.dockwright.cache.CacheReport}. The rules are in {@code docs/cache.md}.
 */
package dev.dockwright.cache;
