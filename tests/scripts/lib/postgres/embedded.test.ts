import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withConnection } from "@/lib/platform/connection";
import { startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";

const roots: string[] = [];
async function tempRoot() {
  const root = await mkdtemp(path.join(tmpdir(), "sd-embedded-"));
  roots.push(root);
  return root;
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

const query = (url: string, sql: string) => withConnection(url, async (client) => (await client.query(sql)).rows);

describe("startEmbeddedPostgres", () => {
  it("keeps the data of a cluster across restarts", async () => {
    const dir = path.join(await tempRoot(), "pg");
    const first = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    try {
      expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("recovers from a first start interrupted before initdb finished, keeping the leftovers aside", async () => {
    const root = await tempRoot();
    const dir = path.join(root, "pg");
    await mkdir(dir);
    await writeFile(path.join(dir, "half-written"), "initdb was killed here");
    const running = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    try {
      expect(await query(running.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
      expect((await readdir(root)).some((name) => name.startsWith("pg.incomplete-"))).toBe(true);
    } finally {
      await running.stop();
    }
  });

  it("starts over a postmaster.pid left by a killed server", async () => {
    const dir = path.join(await tempRoot(), "pg");
    const first = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    await first.stop();
    await writeFile(path.join(dir, "postmaster.pid"), "999999\n/nowhere\n");
    const second = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    try {
      expect(existsSync(path.join(dir, "PG_VERSION"))).toBe(true);
      expect(await query(second.url, "SELECT 2 AS ok")).toEqual([{ ok: 2 }]);
    } finally {
      await second.stop();
    }
  });

  it("lets a second command share a server another process started (and never stops it)", async () => {
    const dir = path.join(await tempRoot(), "pg");
    const first = await startEmbeddedPostgres({ dir, database: "app", durable: false });
    try {
      const second = await startEmbeddedPostgres({ dir, database: "app", durable: false });
      expect(second.port).toBe(first.port);
      await second.stop();
      expect(await query(first.url, "SELECT 3 AS ok")).toEqual([{ ok: 3 }]);
    } finally {
      await first.stop();
    }
  });
});
