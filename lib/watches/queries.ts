import { cookies } from "next/headers";
import { getDb } from "@/lib/platform/database";
import { parseToken } from "@/lib/subscriptions/token";
import { MANAGE_COOKIE } from "@/lib/watches/browser-cookie";
import { listWatches, readWatchLink } from "@/lib/watches/manage-watches";

// For pages (app/ never imports the Prisma client).
export const getWatchedPapers = (subscriberId: string) => listWatches(getDb(), subscriberId);
export const getWatchLink = (token: string) => readWatchLink(getDb(), token);

/** Whether this browser keeps a manage link of this subscriber (set from the manage page). */
export async function browserKeepsManageLink(subscriberId: string): Promise<boolean> {
  const kept = (await cookies()).get(MANAGE_COOKIE)?.value;
  return Boolean(kept && parseToken(kept)?.subscriberId === subscriberId);
}
