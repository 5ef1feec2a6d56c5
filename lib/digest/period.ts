import type { Cadence } from "@/lib/subscriptions/cadence";

export type DigestPeriod = { cadence: Cadence; key: string; start: Date; end: Date; label: string };

const DAY = 86_400_000;

/** Offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts the given local date (y, m 1-12, d) in a time zone. */
function localMidnight(y: number, m: number, d: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d);
  return guess - zoneOffset(guess - zoneOffset(guess, timeZone), timeZone);
}

function localDate(instant: number, timeZone: string) {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant)).split("-").map(Number);
  return { y, m, d };
}

const fmt = (instant: number, timeZone: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(new Date(instant));

function isoWeek(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7)); // the Thursday decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/**
 * The period a digest sent at `now` covers, in the digest's time zone: the previous local day
 * (daily) or the previous ISO week, Monday to Monday (weekly). Its key names the delivery rows,
 * so every run within the same period targets the same rows.
 */
export function digestPeriod(cadence: Cadence, now: Date, timeZone = "UTC"): DigestPeriod {
  const today = localDate(now.getTime(), timeZone);
  const todayStart = localMidnight(today.y, today.m, today.d, timeZone);
  if (cadence === "daily") {
    const y = localDate(todayStart - DAY / 2, timeZone);
    const start = localMidnight(y.y, y.m, y.d, timeZone);
    const key = `daily:${y.y}-${String(y.m).padStart(2, "0")}-${String(y.d).padStart(2, "0")}`;
    return { cadence, key, start: new Date(start), end: new Date(todayStart), label: fmt(start, timeZone) };
  }
  const weekday = (new Date(Date.UTC(today.y, today.m - 1, today.d)).getUTCDay() + 6) % 7;
  const monday = localDate(todayStart - weekday * DAY + DAY / 2, timeZone);
  const end = localMidnight(monday.y, monday.m, monday.d, timeZone);
  const prev = localDate(end - 7 * DAY + DAY / 2, timeZone);
  const start = localMidnight(prev.y, prev.m, prev.d, timeZone);
  return { cadence, key: `weekly:${isoWeek(prev.y, prev.m, prev.d)}`, start: new Date(start), end: new Date(end), label: `Week of ${fmt(start, timeZone)}` };
}
