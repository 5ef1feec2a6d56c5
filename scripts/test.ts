// npm test: every test, green or not. The type check, unit and integration tests (vitest, real PostgreSQL, real
// SMTP, real HTTP), then the browser tests (Playwright in real Chromium against the production build).
import { spawnSync } from "node:child_process";
import { findChromium } from "@/scripts/lib/chromium";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const chromium = await findChromium((line) => console.log(line));
  const env = { ...process.env, CHROMIUM_PATH: chromium };
  const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: "inherit", env }).status ?? 1;
  const typecheck = run(["node_modules/typescript/bin/tsc", "--noEmit"]);
  const vitest = run(["node_modules/vitest/vitest.mjs", "run"]);
  const playwright = run(["node_modules/@playwright/test/cli.js", "test"]);
  if (typecheck !== 0 || vitest !== 0 || playwright !== 0) {
    throw new Error(`tests failed (tsc exit ${typecheck}, vitest exit ${vitest}, playwright exit ${playwright})`);
  }
});
