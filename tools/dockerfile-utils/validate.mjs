#!/usr/bin/env node
// Runs dockerfile-utils' validate() (the parser and validator behind the VS Code Docker extension) on each
// file and prints one line per diagnostic:
//   FILE:LINE:COL: error|warning message
// LINE and COL are 1-based. Exit status: 1 when any diagnostic is an error (with --strict: any diagnostic
// at all), 2 on a usage or read error, 0 otherwise. "-" reads standard input.
// --json prints one JSON array instead: [{file, line, column, endLine, endColumn, severity, code, message}].
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { validate } = require("dockerfile-utils");

const USAGE = "usage: validate.mjs [--strict] [--json] FILE...";
const args = process.argv.slice(2);
let strict = false;
let json = false;
const files = [];
for (const a of args) {
  if (a === "--strict") strict = true;
  else if (a === "--json") json = true;
  else if (a === "-h" || a === "--help") {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith("--")) {
    console.error(`validate.mjs: unknown option ${a}\n${USAGE}`);
    process.exit(2);
  } else files.push(a);
}
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

// LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint. The validator only reports the
// first two; anything milder is shown as a warning.
const severityName = (s) => (s === 1 ? "error" : "warning");

const results = [];
let errors = 0;
let total = 0;
let unreadable = false;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    unreadable = true;
    continue;
  }
  const diagnostics = validate(text).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  for (const d of diagnostics) {
    const severity = severityName(d.severity);
    total += 1;
    if (severity === "error") errors += 1;
    const r = d.range;
    const message = String(d.message).replace(/\s*\n\s*/g, " ");
    if (json) {
      results.push({
        file,
        line: r.start.line + 1,
        column: r.start.character + 1,
        endLine: r.end.line + 1,
        endColumn: r.end.character + 1,
        severity,
        code: d.code ?? null,
        message,
      });
    } else {
      console.log(`${file}:${r.start.line + 1}:${r.start.character + 1}: ${severity} ${message}`);
    }
  }
}
if (json) console.log(JSON.stringify(results, null, 2));
if (unreadable) process.exit(2);
process.exit(errors > 0 || (strict && total > 0) ? 1 : 0);
