package dev.dockwright.templates;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Port;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller chooses about a generated Dockerfile; detection finds the rest. Immutable; made with
 * {@link #builder()}, changed with {@link #toBuilder()}. Null fields mean "the template's default".
 *
 * <pre>{@code
 * TemplateOptions options = TemplateOptions.builder()
 *     .target(BuilderTarget.BUILDAH)
 *     .flavor(RuntimeFlavor.ALPINE)
 *     .port(3000)
 *     .runTests(true)
 *     .build();
 * }</pre>
 *
 * @param target the builder the file is written for (default BuildKit)
 * @param flavor the final stage's base image; null for the language's default
 * @param port the port to EXPOSE (and, for Python ASGI/WSGI servers, to bind); null for none
 * @param healthcheck a HEALTHCHECK for the final stage; null for none
 * @param runTests whether the build runs the project's tests, so that a failing test fails the build
 * @param command the start command in exec form, instead of the detected one; null to detect
 * @param languageVersion the Node, Python or Go version ({@code 20}, {@code 3.11}, {@code 1.22.10}); null to detect
 * @param init the init process of a Node image; null for tini
 * @param npmTokenSecret the id of a build secret for a private npm registry; null for none
 * @param digests image digests to pin, by image reference as the template writes it
 * @param labels OCI labels that add to or replace the detected ones
 * @param workspace the package of a Node monorepo to build, by name or directory; null for the root
 * @param mainPackage the Go main package to build ({@code ./cmd/api}); null to detect
 */
public record TemplateOptions(
    BuilderTarget target,
    RuntimeFlavor flavor,
    Integer port,
    HealthcheckInstruction healthcheck,
    boolean runTests,
    List<String> command,
    String languageVersion,
    InitProcess init,
    String npmTokenSecret,
    Map<String, String> digests,
    Map<String, String> labels,
    String workspace,
    String mainPackage) {

  /**
   * Checks the options.
   *
   * @param target the builder the file is written for (default BuildKit)
   * @param flavor the final stage's base image; null for the language's default
   * @param port the port to EXPOSE (and, for Python ASGI/WSGI servers, to bind); null for none
   * @param healthcheck a HEALTHCHECK for the final stage; null for none
   * @param runTests whether the build runs the project's tests, so that a failing test fails the build
   * @param command the start command in exec form, instead of the detected one; null to detect
   * @param languageVersion the Node, Python or Go version ({@code 20}, {@code 3.11}, {@code 1.22.10}); null to detect
   * @param init the init process of a Node image; null for tini
   * @param npmTokenSecret the id of a build secret for a private npm registry; null for none
   * @param digests image digests to pin, by image reference as the template writes it
   * @param labels OCI labels that add to or replace the detected ones
   * @param workspace the package of a Node monorepo to build, by name or directory; null for the root
   * @param mainPackage the Go main package to build ({@code ./cmd/api}); null to detect
   * @throws NullPointerException if a required part is null
   * @throws IllegalArgumentException if a part is not valid (the message says which)
   */
  public TemplateOptions {
    Objects.requireNonNull(target, "target");
    if (port != null) {
      Port.tcp(port);
    }
    if (command != null) {
      command = List.copyOf(command);
      if (command.isEmpty()) {
        throw new IllegalArgumentException("command is empty");
      }
    }
    digests = Map.copyOf(digests);
    for (Map.Entry<String, String> e : digests.entrySet()) {
      if (!e.getValue().matches("sha256:[0-9a-f]{64}")) {
        throw new IllegalArgumentException("not a sha256 digest for " + e.getKey() + ": \"" + e.getValue() + "\"");
      }
    }
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    if (npmTokenSecret != null && !npmTokenSecret.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("not a valid secret id: \"" + npmTokenSecret + "\"");
    }
  }

  /**
   * BuildKit, the language's default flavour, no port, no tests, everything else detected.
   *
   * @return the default options
   */
  public static TemplateOptions defaults() {
    return builder().build();
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.target = target;
    b.flavor = flavor;
    b.port = port;
    b.healthcheck = healthcheck;
    b.runTests = runTests;
    b.command = command;
    b.languageVersion = languageVersion;
    b.init = init;
    b.npmTokenSecret = npmTokenSecret;
    b.digests.putAll(digests);
    b.labels.putAll(labels);
    b.workspace = workspace;
    b.mainPackage = mainPackage;
    return b;
  }

  /**
   * The flavour for the language: the chosen one, checked, or the default.
   *
   * @param language the project's language
   * @return the flavour to use
   * @throws IllegalArgumentException when the chosen flavour does not exist for the language
   */
  public RuntimeFlavor flavorFor(Language language) {
    if (flavor == null) {
      return RuntimeFlavor.defaultFor(language);
    }
    if (!flavor.appliesTo(language)) {
      throw new IllegalArgumentException("the " + flavor.text() + " flavour is not for " + language.text()
          + " (expected " + (language == Language.GO ? "scratch or distroless" : "slim, alpine or distroless") + ")");
    }
    return flavor;
  }

  /**
   * Builds {@link TemplateOptions}; each setter checks its argument.
   *
   * <pre>{@code
   * TemplateOptions.builder().flavor(RuntimeFlavor.DISTROLESS).port(8080).build()
   * }</pre>
   */
  public static final class Builder {
    private BuilderTarget target = BuilderTarget.BUILDKIT;
    private RuntimeFlavor flavor;
    private Integer port;
    private HealthcheckInstruction healthcheck;
    private boolean runTests;
    private List<String> command;
    private String languageVersion;
    private InitProcess init;
    private String npmTokenSecret;
    private final Map<String, String> digests = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String workspace;
    private String mainPackage;

    private Builder() {}

    /**
     * The builder the file is written for.
     *
     * @param target BuildKit, buildah or the legacy builder
     * @return this builder
     */
    public Builder target(BuilderTarget target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /**
     * The final stage's base image.
     *
     * @param flavor the runtime flavour
     * @return this builder
     */
    public Builder flavor(RuntimeFlavor flavor) {
      this.flavor = flavor;
      return this;
    }

    /**
     * The port to EXPOSE.
     *
     * @param port a port from 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      Port.tcp(port);
      this.port = port;
      return this;
    }

    /**
     * A HEALTHCHECK for the final stage; it must use what the runtime has (distroless has no shell or curl).
     *
     * @param healthcheck the HEALTHCHECK instruction
     * @return this builder
     */
    public Builder healthcheck(HealthcheckInstruction healthcheck) {
      this.healthcheck = healthcheck;
      return this;
    }

    /**
     * Whether the build runs the tests.
     *
     * @param runTests true to run the tests in the build stage
     * @return this builder
     */
    public Builder runTests(boolean runTests) {
      this.runTests = runTests;
      return this;
    }

    /**
     * The start command in exec form, such as {@code "node", "server.js"}.
     *
     * @param command the program and its arguments
     * @return this builder
     */
    public Builder command(String... command) {
      this.command = List.of(command);
      return this;
    }

    /**
     * The language version, instead of the detected one.
     *
     * @param version a full version, such as {@code 22.12.0}
     * @return this builder
     */
    public Builder languageVersion(String version) {
      this.languageVersion = version;
      return this;
    }

    /**
     * The init process of a Node image.
     *
     * @param init tini, dumb-init or none
     * @return this builder
     */
    public Builder init(InitProcess init) {
      this.init = init;
      return this;
    }

    /**
     * A private npm registry token as a build secret with this id. BuildKit: the secret is the token, exposed
     * as {@code NPM_TOKEN} to the install steps and read by the project's {@code .npmrc}
     * ({@code //registry.npmjs.org/:_authToken=${NPM_TOKEN}}). Buildah: the secret is a whole {@code .npmrc},
     * mounted at {@code /root/.npmrc}. Legacy: refused, as it has no secret mounts.
     *
     * @param id the secret's id
     * @return this builder
     */
    public Builder npmTokenSecret(String id) {
      this.npmTokenSecret = id;
      return this;
    }

    /**
     * Pins an image the template uses, such as {@code node:22.12.0-bookworm-slim}, to a digest.
     *
     * @param image the image reference as the template writes it
     * @param sha256Digest the digest, {@code sha256:} and 64 hex digits
     * @return this builder
     */
    public Builder digest(String image, String sha256Digest) {
      digests.put(Objects.requireNonNull(image, "image"), Objects.requireNonNull(sha256Digest, "digest"));
      return this;
    }

    /**
     * Adds or replaces an OCI label, such as {@code org.opencontainers.image.source}.
     *
     * @param key the label key
     * @param value the label value
     * @return this builder
     */
    public Builder label(String key, String value) {
      labels.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The package of a Node monorepo to build, by its name or directory.
     *
     * @param workspace the workspace's package name or directory
     * @return this builder
     */
    public Builder workspace(String workspace) {
      this.workspace = workspace;
      return this;
    }

    /**
     * The Go main package to build, such as {@code ./cmd/api}.
     *
     * @param mainPackage the package path
     * @return this builder
     */
    public Builder mainPackage(String mainPackage) {
      this.mainPackage = mainPackage;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     * @throws IllegalArgumentException when they are not valid together
     */
    public TemplateOptions build() {
      return new TemplateOptions(target, flavor, port, healthcheck, runTests, command, languageVersion, init,
          npmTokenSecret, digests, labels, workspace, mainPackage);
    }
  }
}
