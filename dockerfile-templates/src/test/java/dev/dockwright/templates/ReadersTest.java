package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadersTest {

  @Test
  void jsonWithCommentsAndTrailingCommas() {
    Map<String, Object> json = JsonReader.parseObject("""
        {
          // a comment
          "a": [1, "two", true, null,],
          /* another */ "b": {"c": "\\u00e9\\n"},
        }
        """, "x.json");
    assertThat(json.get("a")).isEqualTo(java.util.Arrays.asList("1", "two", true, null));
    assertThat(json.get("b")).isEqualTo(Map.of("c", "é\n"));
  }

  @Test
  void jsonErrorsNameFileAndLine() {
    assertThatThrownBy(() -> JsonReader.parse("{\n\"a\": }", "package.json"))
        .hasMessage("package.json:2: not valid JSON: unexpected character '}'");
    assertThatThrownBy(() -> JsonReader.parseObject("[]", "package.json"))
        .hasMessage("package.json: not a JSON object");
  }

  @Test
  void tomlAsPyprojectWritesIt() {
    Map<String, Object> toml = TomlReader.parse("""
        # comment
        [project]
        name = "x" # trailing comment
        license = {text = "MIT"}
        dependencies = [
            "a>=1",  # why
            'b',
        ]
        description = \"""
        multi
        line\"""

        [project.scripts]
        run = "x.cli:main"

        [tool.poetry.group.dev.dependencies]
        pytest = "^8"

        [[package]]
        name = "one"
        [[package]]
        name = "two"
        version = 3
        """, "pyproject.toml");
    Map<String, Object> project = ProjectDirectory.table(toml, "project");
    assertThat(project.get("name")).isEqualTo("x");
    assertThat(project.get("license")).isEqualTo(Map.of("text", "MIT"));
    assertThat(project.get("dependencies")).isEqualTo(List.of("a>=1", "b"));
    assertThat(project.get("description")).isEqualTo("multi\nline");
    assertThat(ProjectDirectory.table(toml, "project", "scripts")).isEqualTo(Map.of("run", "x.cli:main"));
    assertThat(ProjectDirectory.table(toml, "tool", "poetry", "group", "dev", "dependencies")).containsEntry("pytest", "^8");
    assertThat(toml.get("package")).isEqualTo(List.of(Map.of("name", "one"), Map.of("name", "two", "version", "3")));
  }

  @Test
  void tomlErrorsNameFileAndLine() {
    assertThatThrownBy(() -> TomlReader.parse("[project]\nname = \"x\n", "pyproject.toml"))
        .hasMessage("pyproject.toml:2: not valid TOML: unterminated string");
  }

  @Test
  void yamlBitsOfYarnAndPnpm() {
    assertThat(NodeDetection.simpleYaml("nodeLinker: \"node-modules\"\nyarnPath: .yarn/releases/yarn-4.5.3.cjs\n"))
        .containsEntry("nodeLinker", "node-modules")
        .containsEntry("yarnPath", ".yarn/releases/yarn-4.5.3.cjs");
    assertThat(NodeDetection.yamlList("packages:\n  - 'apps/*'\n  - \"libs/*\" # libraries\nonlyBuilt:\n  - esbuild\n",
        "packages")).containsExactly("apps/*", "libs/*");
  }

  @Test
  void npmRanges() {
    assertThat(VersionRange.npmAllows(">=18", "22.12.0")).isTrue();
    assertThat(VersionRange.npmAllows("^20.1.0", "22.12.0")).isFalse();
    assertThat(VersionRange.npmAllows("^20.1.0", "20.18.1")).isTrue();
    assertThat(VersionRange.npmAllows("20.x || 22.x", "22.12.0")).isTrue();
    assertThat(VersionRange.npmAllows(">=18 <21", "22.12.0")).isFalse();
    assertThat(VersionRange.npmAllows(">= 18 < 21", "20.18.1")).isTrue();
    assertThat(VersionRange.npmAllows("~22.11", "22.12.0")).isFalse();
    assertThat(VersionRange.npmAllows("18 - 20", "20.18.1")).isTrue();
    assertThat(VersionRange.npmAllows("*", "23.4.0")).isTrue();
    assertThat(LanguageVersions.nodeForRange(">=18 <21")).isEqualTo("20.18.1");
    assertThat(LanguageVersions.nodeForRange(">=23")).isEqualTo("23.4.0");
  }

  @Test
  void pythonSpecifiers() {
    assertThat(VersionRange.pythonAllows(">=3.10,<3.13", "3.12.8")).isTrue();
    assertThat(VersionRange.pythonAllows(">=3.10,<3.12", "3.12.8")).isFalse();
    assertThat(VersionRange.pythonAllows("~=3.11", "3.13.1")).isTrue();
    assertThat(VersionRange.pythonAllows("~=3.11.2", "3.12.8")).isFalse();
    assertThat(VersionRange.pythonAllows("==3.11.*", "3.11.11")).isTrue();
    assertThat(VersionRange.pythonAllows("!=3.12.*", "3.12.8")).isFalse();
    assertThat(VersionRange.pythonAllows("^3.11", "3.13.1")).isTrue();
    assertThat(VersionRange.pythonAllows("~3.11", "3.12.8")).isFalse();
    assertThat(LanguageVersions.pythonForSpecifiers(">=3.8,<3.12")).isEqualTo("3.11.11");
    assertThat(LanguageVersions.pythonForSpecifiers(">=3.13")).isEqualTo("3.13.1");
  }
}
