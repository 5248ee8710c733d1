package dev.dockwright.model;

/**
 * {@code --mount=type=tmpfs}: an empty in-memory file system for one RUN. {@code size} is in bytes or with a
 * unit ({@code 64m}); null for no limit.
 *
 * <pre>{@code
 * Mount.tmpfs("/tmp").withSize("64m")
 * }</pre>
 */
public record TmpfsMount(String target, String size) implements Mount {
  private static final java.util.regex.Pattern SIZE =
      java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?\\s?([kKmMgGtTpP]i?[bB]?|[bB])?");

  public TmpfsMount {
    Mount.option(target, "target");
    Mount.option(size, "size");
    if (size != null && !SIZE.matcher(size).matches()) {
      throw new IllegalArgumentException("not a valid tmpfs size: " + Quoted.of(size));
    }
  }

  @Override
  public String type() {
    return "tmpfs";
  }

  /** With a size limit such as {@code 64m}. */
  public TmpfsMount withSize(String size) {
    return new TmpfsMount(target, size);
  }
}
