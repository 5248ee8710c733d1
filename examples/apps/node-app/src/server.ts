import { createApp, SERVICE } from "./app.js";

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const server = createApp().listen(port, () => {
  console.log(`${SERVICE} listening on port ${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
