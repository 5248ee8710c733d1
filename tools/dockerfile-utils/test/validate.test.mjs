import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, "..", "validate.mjs");
const fixture = (name) => path.join("test", "fixtures", name);
const run = (...args) =>
  spawnSync(process.execPath, [script, ...args], { cwd: path.join(here, ".."), encoding: "utf8" });

test("a clean modern Dockerfile passes", () => {
  const r = run(fixture("good.Dockerfile"));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "");
});

test("errors are reported as FILE:LINE:COL: severity message and exit 1", () => {
  const r = run(fixture("bad.Dockerfile"));
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split("\n");
  assert.ok(lines.includes(`${fixture("bad.Dockerfile")}:5:6: error Unknown flag: frm`), r.stdout);
  assert.ok(lines.includes(`${fixture("bad.Dockerfile")}:6:9: warning WORKDIR paths should be absolute`), r.stdout);
  for (const line of lines) assert.match(line, /^[^:]+:\d+:\d+: (error|warning) \S/);
});

test("warnings exit 0, or 1 with --strict", () => {
  assert.equal(run(fixture("warn.Dockerfile")).status, 0);
  assert.equal(run("--strict", fixture("warn.Dockerfile")).status, 1);
});

test("--json gives positions, severity and code", () => {
  const r = run("--json", fixture("warn.Dockerfile"));
  assert.deepEqual(JSON.parse(r.stdout).map(({ line, column, severity }) => ({ line, column, severity })), [
    { line: 2, column: 9, severity: "warning" },
  ]);
});

test("an unreadable file exits 2", () => {
  assert.equal(run(fixture("missing.Dockerfile")).status, 2);
});
