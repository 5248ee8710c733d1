package dev.dockwright.model;

/**
 * {@code --mount=type=bind} (the default type): files of the build context, or of a stage or image, visible
 * during one RUN and not copied into the image.
 *
 * <pre>{@code
 * Mount.bind("/src").withSource("requirements.txt")
 * Mount.bind("/dist").withFrom(build.ref(), "/app/dist")
 * }</pre>
 */
public record BindMount(String target, String source, BuildSource from, boolean readWrite) implements Mount {
  public BindMount {
    Mount.option(target, "target");
    Mount.option(source, "source");
    Values.requireFlagValue(from == null ? null : from.text(), "mount from");
  }

  @Override
  public String type() {
    return "bind";
  }

  /** Mounting the given path of the context. */
  public BindMount withSource(String source) {
    return new BindMount(target, source, from, readWrite);
  }

  /** Mounting a path of a stage or image. */
  public BindMount withFrom(BuildSource from, String source) {
    return new BindMount(target, source, from, readWrite);
  }

  /** Writable (the writes are discarded after the RUN) or not. */
  public BindMount withReadWrite(boolean readWrite) {
    return new BindMount(target, source, from, readWrite);
  }
}
