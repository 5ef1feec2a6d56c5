import { beforeEach, describe, expect, it } from "vitest";
import { getIngestStatus, isSilent, weekdayHoursBetween } from "@/lib/ingest/status-queries";
import { db, resetDatabase } from "@/tests/helpers/db";

const at = (iso: string) => new Date(iso);

describe("silence on weekdays", () => {
  it.each([
    // Friday's listing, Monday morning: the weekend does not count.
    ["2026-11-27T01:00:00Z", "2026-11-30T00:30:00Z", false],
    // Tuesday's listing, Wednesday evening: 41 weekday hours.
    ["2026-11-24T01:00:00Z", "2026-11-25T18:00:00Z", true],
    // Thursday's listing seen on Saturday: never flagged on a weekend.
    ["2026-11-26T01:00:00Z", "2026-11-28T23:00:00Z", false],
    ["2026-11-25T01:00:00Z", "2026-11-25T20:00:00Z", false],
  ])("last items %s, now %s → silent %s", (since, now, expected) => {
    expect(isSilent(at(since), 26, at(now))).toBe(expected);
  });

  it("counts only Monday to Friday hours", () => {
    expect(weekdayHoursBetween(at("2026-11-27T12:00:00Z"), at("2026-11-30T12:00:00Z"))).toBe(24);
  });
});

describe("getIngestStatus", () => {
  beforeEach(() => resetDatabase());

  it("lists every configured source, its last run and whether it has gone silent", async () => {
    const now = at("2026-11-25T18:00:00Z");
    await db.ingestSource.create({ data: { id: "arxiv-rss", lastRunAt: at("2026-11-25T17:17:00Z"), lastSuccessAt: at("2026-11-25T17:17:05Z") } });
    await db.ingestRun.create({ data: { sourceId: "arxiv-rss", status: "succeeded", startedAt: at("2026-11-24T01:17:00Z"), finishedAt: at("2026-11-24T01:17:09Z"), fetched: 812, created: 790 } });
    await db.ingestRun.create({ data: { sourceId: "arxiv-rss", status: "succeeded", startedAt: at("2026-11-25T17:17:00Z"), finishedAt: at("2026-11-25T17:17:05Z"), fetched: 0 } });
    const status = await getIngestStatus(now);
    expect(status.sources.map((s) => s.id)).toEqual(["arxiv-rss", "arxiv-api", "hf-daily"]);
    const rss = status.sources[0];
    expect(rss).toMatchObject({ silent: true, lastItemsAt: at("2026-11-24T01:17:09Z"), lastRun: { fetched: 0, status: "succeeded" } });
    expect(status.sources[1]).toMatchObject({ silent: false, lastRun: null });
    expect(status.runs).toHaveLength(2);
  });
});
