import { afterEach, describe, expect, it } from "vitest";
import { listenForDataChanges, type DataChangeListener } from "@/lib/platform/data-changes";
import { dataVersion } from "@/lib/platform/data-version";
import { db, resetDatabase } from "@/tests/helpers/db";

// Real PostgreSQL: the notify_data_change triggers and a LISTEN connection.
let listener: DataChangeListener | undefined;
afterEach(async () => listener?.close());

const until = async (check: () => boolean | Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const paper = (arxivId: string) => ({ arxivId, title: "T", publishedAt: new Date(), authors: [], categories: [], codeUrls: [], techniques: [] });

describe("data change feed", () => {
  it("moves the data version when papers, techniques or votes change in any connection", async () => {
    await resetDatabase();
    listener = await listenForDataChanges(process.env.DATABASE_URL!, { log: () => {} });
    expect(listener.live()).toBe(true);
    let before = dataVersion();
    const created = await db.paper.create({ data: paper("2612.00001") });
    await until(() => dataVersion() > before);
    before = dataVersion();
    await db.vote.create({ data: { paperId: created.id, voterId: "v" } });
    await until(() => dataVersion() > before);
    before = dataVersion();
    await db.$transaction(async (tx) => {
      await tx.paper.update({ where: { id: created.id }, data: { title: "New title" } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(dataVersion()).toBe(before); // nothing is announced before the commit
    });
    await until(() => dataVersion() > before);
  });

  it("says it is blind while its connection is gone, and comes back by itself", async () => {
    const lines: string[] = [];
    listener = await listenForDataChanges(process.env.DATABASE_URL!, { log: (line) => lines.push(line), retryMs: [50] });
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sparse-digest page cache'`;
    await until(() => !listener!.live());
    await until(() => listener!.live());
    expect(lines.join("\n")).toMatch(/lost the change feed[\s\S]*listening for data changes again/);
    const before = dataVersion();
    await db.paper.create({ data: paper("2612.00002") });
    await until(() => dataVersion() > before);
  });

  it("starts blind rather than failing when the database is unreachable", async () => {
    const lines: string[] = [];
    listener = await listenForDataChanges("postgresql://nobody@127.0.0.1:1/none", { log: (line) => lines.push(line), retryMs: [60_000] });
    expect(listener.live()).toBe(false);
    expect(lines[0]).toMatch(/cannot listen for data changes/);
  });
});
