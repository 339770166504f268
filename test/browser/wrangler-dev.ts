/**
 * @module
 * Global setup of the browser tests: applies the D1 migrations to a fresh temporary database,
 * starts `wrangler dev` on it with a random teacher token (test/dev-server.ts), and gives the
 * tests its address. Teardown stops it and deletes the database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrate, startDevServer } from "../dev-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, where `wrangler dev` serves the app. */
    baseUrl: string;
    /** The TEACHER_TOKEN given to `wrangler dev`, to read answer keys. */
    teacherToken: string;
    /** The Chromium to drive (from vitest.browser.config.ts). */
    chromiumPath: string;
    /** The repository, where docs/screenshots/ and node_modules/ are. */
    root: string;
  }
}

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const persistTo = mkdtempSync(join(tmpdir(), "ardoise-browser-"));
  const token = crypto.randomUUID();
  const removeDatabase = () => rmSync(persistTo, { recursive: true, force: true });
  let server: Awaited<ReturnType<typeof startDevServer>>;
  try {
    await migrate(root, persistTo);
    server = await startDevServer(root, persistTo, token);
  } catch (error) {
    removeDatabase();
    throw error;
  }
  project.provide("baseUrl", server.url);
  project.provide("teacherToken", token);
  project.provide("root", root);

  return async () => {
    await server.stop();
    removeDatabase();
  };
}
