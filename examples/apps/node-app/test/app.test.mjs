import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../dist/app.js";
import { greeting } from "../dist/greeting.js";

test("greeting trims and falls back", () => {
  assert.equal(greeting("  Ada "), "Hello, Ada!");
  assert.equal(greeting("   "), "Hello, stranger!");
});

test("HTTP endpoints answer", async () => {
  const server = createApp().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  try {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(await health.text(), "ok");
    const greet = await fetch(`http://127.0.0.1:${port}/greet/Grace`);
    assert.deepEqual(await greet.json(), { message: "Hello, Grace!" });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
