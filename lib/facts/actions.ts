"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { isPossibleArxivId } from "@/lib/arxiv-id-param";
import { readClient } from "@/lib/web/client-address";
import { takeVoteToken } from "@/lib/platform/rate-limit";
import { hmac } from "@/lib/security/app-secret";
import { flagAddressHash, flagFact } from "./flags";

// A public endpoint: parse what arrives, answer a result, never throw.
const FlagSchema = z.tuple([z.string().refine(isPossibleArxivId), z.string().min(3).max(200)]);

export type FlagResult = { ok: true; flags: number } | { ok: false; error: string };

/** "This number is wrong": one flag per fact per client address, drawn from the same limits as votes. */
export async function flagFactAction(arxivId: unknown, key: unknown): Promise<FlagResult> {
  const parsed = FlagSchema.safeParse([arxivId, key]);
  if (!parsed.success) return { ok: false, error: "Unknown figure." };
  const { address } = readClient(await headers());
  if (!(await takeVoteToken(getDb(), `flag:${hmac(address, "flag-bucket")}`))) return { ok: false, error: "Too many flags at once: try again in a few seconds." };
  const outcome = await flagFact(getDb(), parsed.data[0], parsed.data[1], flagAddressHash(address));
  return outcome.ok ? outcome : { ok: false, error: "Unknown figure." };
}
