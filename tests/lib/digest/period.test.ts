import { describe, expect, it } from "vitest";
import { digestPeriod } from "@/lib/digest/period";
import type { Cadence } from "@/lib/subscriptions/cadence";

describe("digestPeriod", () => {
  it.each([
    ["daily", "2026-11-28T07:00:00Z", "UTC", "daily:2026-11-27", "2026-11-27T00:00:00.000Z", "2026-11-28T00:00:00.000Z"],
    ["weekly", "2026-11-30T07:00:00Z", "UTC", "weekly:2026-W48", "2026-11-23T00:00:00.000Z", "2026-11-30T00:00:00.000Z"],
    ["weekly", "2027-01-04T07:00:00Z", "UTC", "weekly:2026-W53", "2026-12-28T00:00:00.000Z", "2027-01-04T00:00:00.000Z"],
    ["daily", "2026-11-28T06:30:00Z", "America/New_York", "daily:2026-11-27", "2026-11-27T05:00:00.000Z", "2026-11-28T05:00:00.000Z"],
    ["daily", "2026-03-09T12:00:00Z", "America/New_York", "daily:2026-03-08", "2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z"],
    ["weekly", "2026-11-30T01:00:00Z", "Asia/Tokyo", "weekly:2026-W48", "2026-11-22T15:00:00.000Z", "2026-11-29T15:00:00.000Z"],
  ])("%s at %s in %s covers %s", (cadence, now, tz, key, start, end) => {
    const period = digestPeriod(cadence as Cadence, new Date(now), tz);
    expect(period.key).toBe(key);
    expect(period.start.toISOString()).toBe(start);
    expect(period.end.toISOString()).toBe(end);
  });
});
