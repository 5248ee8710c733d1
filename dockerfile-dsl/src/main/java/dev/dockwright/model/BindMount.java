package dev.dockwright.model;

/**
 * {@code --mount=type=bind} (the default type): files of the build context, or of a stage or image, visible
 * during one RUN and not copied into the image.
 *
 * <pre>{@code
 * Mount.bind("/src").withSource("requirements.txt")
 * Mount.bind("/dist").withFrom(StageRef.named("build"), "/app/dist")
 * }</pre>
 *
 * @param target the path inside the RUN; null for the working directory
 * @param source the path in the context, stage or image; null for its root
 * @param from the stage or image to mount from; null for the build context
 * @param readWrite whether the RUN may write (writes are discarded afterwards)
 */
public record BindMount(String target, String source, BuildSource from, boolean readWrite) implements Mount {
  /**
   * Checks the options.
   *
   * @param target the path inside the RUN; null for the working directory
   * @param source the path in the context, stage or image; null for its root
   * @param from the stage or image to mount from; null for the build context
   * @param readWrite whether the RUN may write (writes are discarded afterwards)
   * @throws IllegalArgumentException when a path is empty or holds a comma, a blank or a quote
   */
  public BindMount {
    Values.requireMountOption(target, "target");
    Values.requireMountOption(source, "source");
    Values.requireFlagValue(from == null ? null : from.text(), "mount from");
  }

  @Override
  public String type() {
    return "bind";
  }

  /**
   * This mount with another source path.
   *
   * @param source the path in the context (or stage), such as {@code requirements.txt}
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the path is empty or holds a comma, a blank or a quote
   */
  public BindMount withSource(String source) {
    return new BindMount(target, source, from, readWrite);
  }

  /**
   * This mount taking a path of a stage or image.
   *
   * @param from the stage or image
   * @param source the path in it; null for its root
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the path is empty or holds a comma, a blank or a quote
   */
  public BindMount withFrom(BuildSource from, String source) {
    return new BindMount(target, source, from, readWrite);
  }

  /**
   * This mount writable (the writes are discarded after the RUN) or not.
   *
   * @param readWrite true for {@code rw}
   * @return a new mount; this one is unchanged
   */
  public BindMount withReadWrite(boolean readWrite) {
    return new BindMount(target, source, from, readWrite);
  }
}
