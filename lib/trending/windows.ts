import type { Window } from "@/lib/trending/filters";

const DAY = 86_400_000;

export type Period = { start: Date; end: Date; label: string; previous: string; next: string | null };

const dayString = (time: number) => new Date(time).toISOString().slice(0, 10);
const fmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const fmtMonth = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The UTC period a dated window covers: a day, an ISO week (Monday first) or a calendar month,
 * containing `date` (or now), with links to the periods before and after.
 */
export function windowPeriod(window: Window, date: string | null, now: Date): Period | null {
  if (window === "all" || window === "new") return null;
  const anchor = date ? Date.parse(`${date}T00:00:00Z`) : now.getTime();
  const today = Math.floor(now.getTime() / DAY) * DAY;
  let start: number;
  let end: number;
  let label: string;
  if (window === "day") {
    start = Math.floor(anchor / DAY) * DAY;
    end = start + DAY;
    label = start === today ? "Today" : fmt.format(start);
  } else if (window === "week") {
    const day = Math.floor(anchor / DAY) * DAY;
    const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
    start = day - weekday * DAY;
    end = start + 7 * DAY;
    label = `Week of ${fmt.format(start)}`;
  } else {
    const d = new Date(anchor);
    start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    label = fmtMonth.format(start);
  }
  const previousAnchor = window === "month" ? Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() - 1, 1) : start - (end - start);
  return {
    start: new Date(start),
    end: new Date(end),
    label,
    previous: dayString(previousAnchor),
    next: end > now.getTime() ? null : dayString(end),
  };
}
