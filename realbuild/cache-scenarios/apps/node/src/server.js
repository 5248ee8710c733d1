// A tiny HTTP server; `node src/server.js --check` exits after loading its dependency.
const http = require("http");
const ms = require("ms");

const greeting = "hello from the cache scenarios";

if (process.argv.includes("--check")) {
  console.log(greeting, ms(60000));
  process.exit(0);
}

http
  .createServer((req, res) => res.end(greeting + "\n"))
  .listen(Number(process.env.PORT || 3000));
