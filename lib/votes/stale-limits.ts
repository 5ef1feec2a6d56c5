// Rows the vote limits leave behind: full buckets (lib/platform/rate-limit.ts) and address slots of
// past days (lib/votes/toggle-vote.ts). Both mean the same as no row, so any web process deletes
// them now and then, after a vote, without making the voter wait.
import { getDb } from "@/lib/platform/database";
import { deleteFullBuckets } from "@/lib/platform/rate-limit";
import { deleteOldAddressSlots } from "@/lib/votes/toggle-vote";

const EVERY_MS = 10 * 60_000;
let lastRun = 0;

export function deleteStaleVoteLimitsNowAndThen(now = Date.now()): void {
  if (now - lastRun < EVERY_MS) return;
  lastRun = now;
  void Promise.all([deleteFullBuckets(getDb()), deleteOldAddressSlots(getDb())]).catch((error: Error) => console.error(`vote limits: cleanup failed (${error.message})`));
}
