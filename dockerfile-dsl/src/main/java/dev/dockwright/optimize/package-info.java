/**
 * The optimizer: {@link dev.dockwright.optimize.Pass passes}, each a function from a Dockerfile to a
 * Dockerfile plus the {@link dev.dockwright.optimize.Change changes} it made, run in order by the
 * {@link dev.dockwright.optimize.Optimizer}. A pass never changes what the image contains or how it runs,
 * except where its documentation page says so; untouched instructions keep their source text.
 */
package dev.dockwright.optimize;
