package dev.dockwright.templates;

/**
 * The process that runs as PID 1 in a Node image and passes signals on to the app. Node as PID 1 gets no
 * default signal handling from the kernel, so {@code docker stop} would wait for its timeout and kill it.
 * Both are taken from Debian packages in a build stage of their own; only the binary ships.
 *
 * <pre>{@code
 * TemplateOptions.builder().init(InitProcess.DUMB_INIT).build()
 * }</pre>
 */
public enum InitProcess {
  /** tini, statically linked ({@code tini-static}), so it runs on every flavour, Alpine included. */
  TINI,
  /** dumb-init; Debian's build is linked against glibc, so not for the Alpine flavour. */
  DUMB_INIT,
  /** No init process: the app must handle SIGTERM itself. */
  NONE
}
