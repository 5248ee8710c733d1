package dev.dockwright.javagen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Turns a Dockerfile model into Java source that builds the same model with the Dockwright DSL, written as
 * a person would write it: one {@code StageBuilder} variable per stage, stage objects passed to
 * {@code Copy.from} and {@code mountFrom}, typed mounts, {@code cmd("a", "b")} for exec form,
 * {@code Run.lines} for continuation lines, comments and blank lines kept. Where the DSL has no fluent
 * method for an instruction or a combination of flags, the instruction is written with the model's records
 * ({@code .instruction(new EnvInstruction(...))}), which is exact; likewise comments and blank lines the
 * fluent methods cannot place take {@code element}, {@code leading}, {@code leadingBlankLine}, {@code header}
 * and {@code withoutLeadingBlankLine}, only where needed. A stage without instructions that no later stage
 * names (the last stage, a {@code --target}, a stage picked through a build argument) is marked
 * {@code alias()}.
 *
 * <p>Running the generated method gives a model {@link Dockerfile#equals equal} to the input. Where the DSL
 * cannot give that model at all (what only the lenient parser or hand-made models produce: an unknown
 * instruction before the first FROM, a file without a stage), the result has no source and lists those parts
 * instead: see {@link GeneratedJava#unsupported()}. {@code docs/javagen.md} has an example and the details.
 *
 * <pre>{@code
 * JavaGenerator generator = new JavaGenerator(JavaGenerator.Options.of("com.acme.docker", "ShopImage"));
 * GeneratedJava java = generator.generate(dockerfile);
 * System.out.println(java.source());
 * }</pre>
 */
public final class JavaGenerator {
  // The local variable of the DockerfileBuilder, as in the examples.
  private static final String FILE = "file";

  // Statements start at column 4 (class body, method body); their continuation lines at 8.
  private static final int CONTINUATION_COLUMN = 8;

  private final Options options;

  /**
   * What to generate: the package and name of the class, the name of the public static method that returns
   * the {@link Dockerfile}, and whether to add a {@code main} that prints the rendered Dockerfile.
   *
   * <pre>{@code
   * JavaGenerator.Options.of("com.acme", "ShopImage").withMethodName("image").withMain(false)
   * }</pre>
   *
   * @param packageName the package; empty for the unnamed package
   * @param className the simple name of the class
   * @param methodName the name of the method that returns the Dockerfile
   * @param main whether to add {@code public static void main(String[])}, printing the Dockerfile
   */
  public record Options(String packageName, String className, String methodName, boolean main) {
    /**
     * Checks the names.
     *
     * @param packageName the package; empty for the unnamed package
     * @param className the simple name of the class
     * @param methodName the name of the method that returns the Dockerfile
     * @param main whether to add {@code public static void main(String[])}, printing the Dockerfile
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is not a valid Java name
     */
    public Options {
      Objects.requireNonNull(packageName, "packageName");
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(methodName, "methodName");
      if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
        throw new IllegalArgumentException("not a valid package name: " + packageName);
      }
      if (!isIdentifier(className)) {
        throw new IllegalArgumentException("not a valid class name: " + className);
      }
      if (!isIdentifier(methodName) || methodName.equals("main")) {
        throw new IllegalArgumentException("not a valid method name: " + methodName);
      }
    }

    /**
     * A class in the given package with a method {@code dockerfile()} and a {@code main}.
     *
     * @param packageName the package, empty for the unnamed one
     * @param className the simple class name
     * @return the options
     */
    public static Options of(String packageName, String className) {
      return new Options(packageName, className, "dockerfile", true);
    }

    /**
     * With another name for the method that returns the Dockerfile.
     *
     * @param methodName a Java method name
     * @return a copy with that name
     */
    public Options withMethodName(String methodName) {
      return new Options(packageName, className, methodName, main);
    }

    /**
     * With or without a {@code main} that prints the Dockerfile.
     *
     * @param main whether to generate {@code main}
     * @return a copy with that choice
     */
    public Options withMain(boolean main) {
      return new Options(packageName, className, methodName, main);
    }

    private static boolean isIdentifier(String name) {
      return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }
  }

  /**
   * A generator with the given options.
   *
   * @param options what to generate
   */
  public JavaGenerator(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The options of this generator.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  /**
   * The Java source that builds {@code dockerfile}, or the parts of it the DSL cannot write exactly.
   * The file's source text, if it was parsed, is not looked at, except for line numbers in messages.
   *
   * @param dockerfile the model to write as Java
   * @return the generated class, or what it could not write
   */
  public GeneratedJava generate(Dockerfile dockerfile) {
    Objects.requireNonNull(dockerfile, "dockerfile");
    Problems problems = new Problems(dockerfile);
    CodeBlock body = methodBody(dockerfile, problems);
    if (!problems.list.isEmpty()) {
      return new GeneratedJava(options.packageName(), options.className(), null, problems.list);
    }
    return new GeneratedJava(options.packageName(), options.className(), javaFile(body).toString(), List.of());
  }

  private JavaFile javaFile(CodeBlock body) {
    MethodSpec method = MethodSpec.methodBuilder(options.methodName())
        .addJavadoc("The Dockerfile.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Dockerfile.class)
        .addCode(body)
        .build();
    TypeSpec.Builder type = TypeSpec.classBuilder(options.className())
        .addJavadoc("Writes the Dockerfile with the Dockwright DSL.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(method);
    if (options.main()) {
      type.addMethod(MethodSpec.methodBuilder("main")
          .addJavadoc("Prints the Dockerfile as {@code dockwright fmt} does.\n")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addParameter(String[].class, "args")
          .addStatement("$T.out.print(new $T($T.canonical()).render($N()))", System.class,
              DockerfileRenderer.class, RenderOptions.class, options.methodName())
          .build());
    }
    return JavaFile.builder(options.packageName(), type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static CodeBlock methodBody(Dockerfile dockerfile, Problems problems) {
    CodeBlock.Builder body = CodeBlock.builder();
    List<Expr.Call> fileCalls = new ArrayList<>();
    List<ParserDirective> directives = dockerfile.directives();
    for (int i = 0; i < directives.size(); i++) {
      fileCalls.add(directive(directives.get(i)));
    }
    List<Element> header = dockerfile.header();
    for (int i = 0; i < header.size(); i++) {
      Element e = header.get(i);
      try {
        fileCalls.add(headerCall(e));
      } catch (NotExpressible x) {
        problems.add(e, "header element " + i, problems.text(e), x.getMessage());
      }
    }
    body.addStatement(statement(CodeBlock.of("$T $N = $T.create()", DockerfileBuilder.class, FILE,
        DockerfileBuilder.class), fileCalls));

    if (dockerfile.stages().isEmpty()) {
      problems.add(dockerfile, "the file", "", "DockerfileBuilder.build() needs at least one stage");
      return body.build();
    }
    StageVariables vars = StageVariables.of(dockerfile.stages(), FILE);
    for (int i = 0; i < dockerfile.stages().size(); i++) {
      body.add("\n");
      body.addStatement(stage(dockerfile.stages().get(i), i, vars, dockerfile.stages(), problems));
    }
    body.addStatement("return $N.build()", FILE);
    return body.build();
  }

  // head, then each call on a line of its own
  private static CodeBlock statement(CodeBlock head, List<Expr.Call> calls) {
    CodeBlock.Builder b = CodeBlock.builder().add(head);
    for (int i = 0; i < calls.size(); i++) {
      boolean last = i == calls.size() - 1;
      b.add("\n").add(calls.get(i).layout(CONTINUATION_COLUMN, CONTINUATION_COLUMN, last ? 1 : 0));
    }
    return b.build();
  }

  // syntax, check and escape have methods of their own; any other directive (or letter case) takes directive().
  private static Expr.Call directive(ParserDirective d) {
    switch (d.name()) {
      case "syntax":
        return StageCalls.method("syntax", Expr.string(d.value()));
      case "check":
        return StageCalls.method("check", Expr.string(d.value()));
      case "escape":
        // Only \ and ` are valid escape directives; written as char literals.
        return StageCalls.method("escape", Expr.atom(d.value().equals("`") ? "'`'" : "'\\\\'"));
      default:
        return StageCalls.method("directive", Expr.string(d.name()), Expr.string(d.value()));
    }
  }

  private static Expr.Call headerCall(Element e) throws NotExpressible {
    if (e instanceof Comment comment) {
      Optional<String> argument = StageCalls.commentArgument(comment);
      return argument.isPresent()
          ? StageCalls.method("comment", Expr.string(argument.get()))
          : StageCalls.method("header", StageCalls.comment(comment));
    }
    if (e instanceof BlankLine) {
      return StageCalls.method("blankLine");
    }
    if (!(e instanceof ArgInstruction arg)) {
      throw new NotExpressible("DockerfileBuilder.header takes ARG instructions, comments and blank lines: "
          + ((Instruction) e).keyword() + " (kept as written by the lenient parser) cannot come before the"
          + " first FROM");
    }
    Optional<List<Expr>> args = StageCalls.argArguments(arg);
    if (args.isPresent()) {
      return StageCalls.method("arg", args.get());
    }
    return StageCalls.method("header", new ModelCode(null, 0).instruction(arg));
  }

  private static CodeBlock stage(Stage stage, int index, StageVariables vars, List<Stage> stages,
      Problems problems) {
    String where = "stage " + index + stage.name().map(n -> " \"" + n + "\"").orElse("");
    ModelCode code = new ModelCode(vars, index);
    List<Expr.Call> calls = new ArrayList<>();

    List<Element> leading = stage.leading();
    // DockerfileBuilder.stage puts one blank line above every stage but the first: it stands for the first
    // leading blank line, or is taken away.
    int first = 0;
    if (index > 0) {
      if (!leading.isEmpty() && leading.get(0) instanceof BlankLine) {
        first = 1;
      } else {
        calls.add(StageCalls.method("withoutLeadingBlankLine"));
      }
    }
    for (int i = first; i < leading.size(); i++) {
      Element e = leading.get(i);
      if (e instanceof Comment comment) {
        Optional<String> argument = StageCalls.commentArgument(comment);
        calls.add(argument.isPresent()
            ? StageCalls.method("leadingComment", Expr.string(argument.get()))
            : StageCalls.method("leading", StageCalls.comment(comment)));
      } else {
        calls.add(StageCalls.method("leadingBlankLine"));
      }
    }
    FromInstruction from = stage.from();
    if (from.platform() != null) {
      calls.add(StageCalls.method("platform", Expr.string(from.platform())));
    }
    if (stage.instructions().isEmpty() && !referencedLater(stages, index)) {
      // An alias of its base image (the last stage, a --target, or named through a build argument).
      calls.add(StageCalls.method("alias"));
    }
    StageCalls stageCalls = new StageCalls(code);
    List<Element> body = stage.body();
    for (int i = 0; i < body.size(); i++) {
      Element e = body.get(i);
      try {
        calls.add(stageCalls.call(e));
      } catch (NotExpressible x) {
        problems.add(e, where + ", body element " + i, problems.text(e), x.getMessage());
      }
    }
    return statement(stageHead(from, index, vars, code), calls);
  }

  // The reference StageBuilder.ref() gives: the name, or the index of an unnamed stage.
  private static String ref(List<Stage> stages, int index) {
    return stages.get(index).name().orElse(Integer.toString(index));
  }

  /**
   * Whether DockerfileBuilder.build() takes stage {@code index} without instructions: when a later stage
   * builds on it, copies from it or mounts it by the reference its StageBuilder gives (any letter case).
   */
  static boolean referencedLater(List<Stage> stages, int index) {
    String ref = ref(stages, index);
    for (int j = index + 1; j < stages.size(); j++) {
      Stage later = stages.get(j);
      if (later.from().image() instanceof StageRef r && r.name().equalsIgnoreCase(ref)) {
        return true;
      }
      for (Element e : later.body()) {
        for (BuildSource s : Dockerfile.sourcesOf(e)) {
          if (s instanceof StageRef r && r.name().equalsIgnoreCase(ref)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // StageBuilder build = file.stage("build", "golang:1.23"), file.from("alpine"), file.stage("b", build)
  private static CodeBlock stageHead(FromInstruction from, int index, StageVariables vars, ModelCode code) {
    String name = from.name() == null ? null : from.name().value();
    CodeBlock declaration = CodeBlock.of("$T $N = ", StageBuilder.class, vars.name(index));
    if (from.image() instanceof ImageRef image) {
      return name == null
          ? CodeBlock.of("$L$N.from($S)", declaration, FILE, image.text())
          : CodeBlock.of("$L$N.stage($S, $S)", declaration, FILE, name, image.text());
    }
    Optional<String> parent = code.stageVariable(from.image());
    CodeBlock image = parent.isPresent()
        ? CodeBlock.of("$N", parent.get())
        : code.buildSource(from.image()).inline();
    return CodeBlock.of("$L$N.stage($S, $L)", declaration, FILE, name, image);
  }

  /** The unsupported parts found so far, with the line of each when the model was parsed. */
  private static final class Problems {
    private final Dockerfile dockerfile;
    private final DockerfileRenderer renderer = DockerfileRenderer.defaults();
    private final List<UnsupportedElement> list = new ArrayList<>();

    Problems(Dockerfile dockerfile) {
      this.dockerfile = dockerfile;
    }

    void add(Object element, String where, String text, String reason) {
      String location = dockerfile.sourceOf(element)
          .map(span -> "line " + span.start().line() + ", " + where)
          .orElse(where);
      list.add(new UnsupportedElement(location, text, reason));
    }

    // The element's first line, as the renderer writes it.
    String text(Element e) {
      String text = renderer.render(e, dockerfile.escapeChar());
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline) + " ...";
    }
  }
}
