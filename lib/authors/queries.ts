import { getDb } from "@/lib/platform/database";
import { DEFAULT_FILTERS, type TrendingFilters } from "@/lib/trending/filters";
import { getTrendingPapers } from "@/lib/trending/queries";
import { authorKeyPair } from "@/lib/author-key";
import { authorDisplayName, listFollows, pendingFollowNames } from "@/lib/authors/follows";

/** The view of an author page: every ingested paper by the key, newest first. */
export const authorFilters = (key: string, page: number): TrendingFilters => ({ ...DEFAULT_FILTERS, window: "new", allPapers: true, author: key, page });

/** An author page: the name most papers use, other spellings, and the papers; null for a key nobody has. */
export async function getAuthorPage(key: string, page: number, now = new Date()) {
  const name = await authorDisplayName(getDb(), key);
  if (!name) return null;
  const [list, [counts], spellings] = await Promise.all([
    getTrendingPapers(authorFilters(key, page), now),
    getDb().$queryRaw<{ total: number; initialTotal: number }[]>`
      SELECT count(*) FILTER (WHERE p."authorKeys" @> ARRAY[${key}]::text[])::int AS "total",
        count(*) FILTER (WHERE p."authorKeys" @> ARRAY[${authorKeyPair(name)?.initialKey ?? key}]::text[])::int AS "initialTotal"
      FROM "Paper" p WHERE p."authorKeys" && ARRAY[${key}, ${authorKeyPair(name)?.initialKey ?? key}]::text[]`,
    getDb().$queryRaw<{ name: string }[]>`
      SELECT DISTINCT a AS "name" FROM (SELECT p."authors" FROM "Paper" p WHERE p."authorKeys" @> ARRAY[${key}]::text[] LIMIT 200) p, unnest(p."authors") a`,
  ]);
  const variants = spellings.map((s) => s.name).filter((n) => n !== name && authorKeyPair(n)?.key === key).sort();
  const initialKey = authorKeyPair(name)?.initialKey ?? key;
  return { name, variants, total: counts.total, initialKey: initialKey !== key && counts.initialTotal > counts.total ? { key: initialKey, total: counts.initialTotal } : null, ...list };
}

/** For the manage page (app/ never imports the Prisma client). */
export const getFollows = (subscriberId: string) => listFollows(getDb(), subscriberId);
export const getPendingFollowNames = (subscriberId: string) => pendingFollowNames(getDb(), subscriberId);
