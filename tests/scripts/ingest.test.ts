import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/tests/helpers/db";

const FILE = "tests/fixtures/feeds/arxiv-api-page-1.xml"; // two papers, read by the arxiv-api adapter

/** `npm run ingest -- …` as a user runs it, against the test database. */
function ingest(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "", exited: false };
  child.stdout.on("data", (c: Buffer) => (output.stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (output.stderr += c.toString("utf8")));
  const done = new Promise<{ code: number | null }>((resolve) => child.once("exit", (code) => ((output.exited = true), resolve({ code }))));
  return { output, done };
}

async function until(check: () => boolean, timeoutMs: number, what: string) {
  for (const end = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 100))) if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}

/** As another worker's run of the source looks while it is reading. */
async function holdSource(sourceId: "arxiv-api") {
  await db.ingestSource.create({ data: { id: sourceId, expectedEveryHours: 26 } });
  return db.ingestRun.create({ data: { sourceId, startedAt: new Date() } });
}

beforeEach(() => resetDatabase());

describe("npm run ingest on a source another run is reading", () => {
  it("waits for that run, saying so, then stores the file", async () => {
    const held = await holdSource("arxiv-api");
    const run = ingest(["--file", FILE, "--json"]);
    await until(() => /waiting up to/.test(run.output.stderr) || run.output.exited, 30_000, "the waiting message");
    expect(run.output.stderr).toMatch(new RegExp(`^arxiv-api: run ${held.id} \\(started .+\\) is still going; waiting up to 10 min for it to finish$`, "m"));
    expect(await db.paper.count()).toBe(0);

    await db.ingestRun.update({ where: { id: held.id }, data: { status: "succeeded", finishedAt: new Date() } });
    const { code } = await run.done;
    expect(code).toBe(0);
    expect(JSON.parse(run.output.stdout.trim().split("\n").at(-1)!)).toMatchObject({ fetched: 2, created: 2, failed: 0 });
    expect(await db.paper.count()).toBe(2);
  }, 60_000);

  it("exits 1 with a clear message when the source is still busy after --wait, storing nothing", async () => {
    const held = await holdSource("arxiv-api");
    const run = ingest(["--file", FILE, "--json", "--wait", "1"]);
    const { code } = await run.done;
    expect(code).toBe(1);
    expect(run.output.stderr).toMatch(
      new RegExp(`^Error: arxiv-api: run ${held.id} of this source \\(started .+\\) is still going after waiting 1 s; nothing was read\\. Try again when it has finished \\(see /status\\), or pass --wait SECONDS\\.$`, "m"),
    );
    expect(await db.paper.count()).toBe(0);
  }, 60_000);
});
