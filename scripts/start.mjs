/**
 * @module
 * `npm start`: generates the shipped quizzes (scripts/build-shipped-quizzes.mjs), makes sure
 * there is a local teacher token (.dev.vars), applies the D1 migrations to the local database,
 * then runs `wrangler dev` with every extra argument passed through:
 *
 *   npm start -- --port 9000 --var TEACHER_TOKEN:s3cret
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildShippedQuizzesFile } from "./build-shipped-quizzes.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
const devVars = path.join(root, ".dev.vars");
const devArgs = process.argv.slice(2);

/** `wrangler dev` options that say which local database to use; migrations must see them too. */
const DATABASE_OPTIONS = new Set(["--persist-to", "--config", "-c", "--env", "-e"]);

if (await buildShippedQuizzesFile()) {
  console.log("Shipped quizzes regenerated (src/content/shipped-quizzes.generated.json).");
}
ensureTeacherToken();
const migrated = await run([
  "d1",
  "migrations",
  "apply",
  "DB",
  "--local",
  ...pick(devArgs, DATABASE_OPTIONS),
]);
if (migrated.code !== 0) exit(migrated);
exit(await run(["dev", ...devArgs], { interactive: true }));

/** Writes a random TEACHER_TOKEN into .dev.vars unless there is one; says where it is. */
function ensureTeacherToken() {
  if (devArgs.some((arg) => /^(--var=)?TEACHER_TOKEN:/.test(arg))) {
    console.log("Teacher token: the one given with --var TEACHER_TOKEN:… (overrides .dev.vars).");
    return;
  }
  const existing = existsSync(devVars) ? readFileSync(devVars, "utf8") : "";
  if (/^\s*TEACHER_TOKEN\s*=/m.test(existing)) {
    console.log(`Teacher token: see TEACHER_TOKEN in ${devVars}`);
    return;
  }
  const token = randomBytes(16).toString("hex");
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  appendFileSync(devVars, `${separator}TEACHER_TOKEN=${token}\n`);
  console.log(`Teacher token (saved in ${devVars}): ${token}`);
  console.log("Send it as `Authorization: Bearer <token>` to GET /api/quizzes/:id/key.");
}

/** The options among `args` (as `--name value` or `--name=value`) whose name is in `names`. */
function pick(args, names) {
  const picked = [];
  args.forEach((arg, i) => {
    const name = arg.split("=")[0];
    if (!names.has(name)) return;
    picked.push(arg);
    const value = args[i + 1];
    if (!arg.includes("=") && value !== undefined) picked.push(value);
  });
  return picked;
}

/**
 * Runs wrangler with this Node, forwarding SIGINT/SIGTERM. Non-interactive commands get no stdin,
 * so wrangler skips its confirmation prompts.
 */
function run(args, { interactive = false } = {}) {
  const child = spawn(process.execPath, [wrangler, ...args], {
    cwd: root,
    stdio: [interactive ? "inherit" : "ignore", "inherit", "inherit"],
  });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`Could not run wrangler (${wrangler}): ${error.message}. Run npm install.`);
      resolve({ code: 1, signal: null });
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve({ code, signal });
    });
  });
}

/** Exits like the child did: its exit code, or 128 + the number of the signal that ended it. */
function exit({ code, signal }) {
  if (code !== null) process.exit(code);
  process.exit(128 + (constants.signals[signal] ?? 1));
}
