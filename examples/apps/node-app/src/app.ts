import express, { type Express, type Request, type Response } from "express";
import { greeting } from "./greeting.js";

export const SERVICE = "dockwright-sample-node-app";

/** Builds the Express application; the server module only binds it to a port. */
export function createApp(): Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/", (_req: Request, res: Response) => {
    res.json({ service: SERVICE, node: process.version });
  });

  app.get("/healthz", (_req: Request, res: Response) => {
    res.type("text/plain").send("ok");
  });

  app.get("/greet/:name", (req: Request, res: Response) => {
    res.json({ message: greeting(String(req.params.name)) });
  });

  return app;
}
