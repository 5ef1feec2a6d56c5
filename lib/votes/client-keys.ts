// What the vote limits store about a client address: keyed hashes only (the address itself is
// never written). The slot hash includes the day, so two days' rows of one address cannot be
// linked even by someone reading the database; the bucket key lives a few seconds at most.
import { hmac } from "@/lib/security/app-secret";
import type { AddressSlot } from "@/lib/votes/toggle-vote";

/** The UTC day a vote counts toward ("2026-12-01"). */
export const voteDay = (now: Date) => now.toISOString().slice(0, 10);

export function addressSlot(address: string, now: Date): AddressSlot {
  const day = voteDay(now);
  return { addressHash: hmac(`${day}|${address}`, "vote-address"), day };
}

export const bucketKey = (address: string) => `vote:${hmac(address, "vote-bucket")}`;
