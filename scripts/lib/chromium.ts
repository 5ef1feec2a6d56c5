import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH, Debian's chromium, or a browser that
 * Playwright installed. On a Debian machine where we are root, install Debian's package.
 */
export async function findChromium(log: (line: string) => void): Promise<string> {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const { chromium } = await import("@playwright/test");
  const managed = chromium.executablePath();
  if (managed && existsSync(managed)) return managed;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    log("Installing Debian's chromium for the browser tests (apt-get, once)…");
    for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
      const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install Chromium yourself and set CHROMIUM_PATH.`);
    }
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error("No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.");
}
