package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipPinVersionsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new PipPinVersions(), dockerfile);
  }

  @Test
  void namesTheUnpinnedRequirements() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm
        RUN pip install --no-cache-dir --upgrade pip setuptools==75.6.0 \\
         && python3 -m pip install --no-cache-dir --index-url https://pypi.example.com/simple flask 'gunicorn[gevent]' \\
         && /venv/bin/pip3.13 install --no-cache-dir -e ./lib uvicorn
        """)).containsExactly(
        "Dockerfile:2:5: warning DL3013 Pin versions in pip install (package==version): pip",
        "Dockerfile:3:16: warning DL3013 Pin versions in pip install (package==version): flask, gunicorn[gevent]",
        "Dockerfile:4:5: warning DL3013 Pin versions in pip install (package==version): uvicorn");
  }

  @Test
  void aVcsUrlNeedsARevision() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm
        RUN pip install --no-cache-dir git+https://github.com/acme/tool.git git+ssh://git@github.com/acme/lib.git
        """)).containsExactly("Dockerfile:2:5: warning DL3013 Pin versions in pip install (package==version): "
        + "git+https://github.com/acme/tool.git, git+ssh://git@github.com/acme/lib.git");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN pip install --no-cache-dir -r requirements.txt",
      "RUN pip install --no-cache-dir --requirement=requirements.txt flask",
      "RUN pip install --no-cache-dir -c constraints.txt flask",
      "RUN pip install --no-cache-dir flask==3.1.0 'gunicorn>=23,<24' 'uvicorn~=0.32' 'attrs!=24.1'",
      "RUN pip install --no-cache-dir . ./lib /src/pkg .[dev]",
      "RUN pip install --no-cache-dir /wheels/app-1.0-py3-none-any.whl dist/app-1.0.tar.gz",
      "RUN pip install --no-cache-dir git+https://github.com/acme/tool.git@v1.2.3",
      "RUN pip install --no-cache-dir 'tool @ https://example.com/tool-1.2.tar.gz'",
      "RUN pip install --no-cache-dir $PACKAGES \"${EXTRA}\"",
      "RUN pip download flask",
      "RUN pipx install poetry",
      "RUN pipenv install flask",
      "RUN uv pip install flask"})
  void quietWhenPinnedOrFromAFile(String run) {
    assertThat(lint("FROM python:3.13.1-slim-bookworm\n" + run + "\n")).isEmpty();
  }
}
