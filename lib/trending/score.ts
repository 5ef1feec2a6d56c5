import { Prisma } from "@/lib/platform/database";

/**
 * Trending, in the manner of Hacker News: points / (age_hours + 2)^gravity. Points are in-app
 * votes plus Hugging Face upvotes, plus one so that a paper nobody has voted on yet still ranks
 * by freshness. Every constant of the ranking lives here; /about/ranking shows them to users.
 */
export const RANKING = {
  inAppVoteWeight: 1,
  externalUpvoteWeight: 1,
  basePoints: 1,
  gravity: 1.8,
  ageOffsetHours: 2,
} as const;

export type ScoreInput = { votes: number; externalUpvotes: number; publishedAt: Date };

export function points({ votes, externalUpvotes }: Pick<ScoreInput, "votes" | "externalUpvotes">): number {
  return RANKING.basePoints + RANKING.inAppVoteWeight * votes + RANKING.externalUpvoteWeight * externalUpvotes;
}

export function trendingScore(paper: ScoreInput, now: Date): number {
  const ageHours = Math.max(0, (now.getTime() - paper.publishedAt.getTime()) / 3_600_000);
  return points(paper) / Math.pow(ageHours + RANKING.ageOffsetHours, RANKING.gravity);
}

/**
 * The same score as SQL over the "Paper" table aliased `p`. Times are compared as epoch seconds
 * (publishedAt is a UTC timestamp), so the session's time zone cannot shift the ranking. All in
 * float8: extract() returns numeric, and numeric power() made ranking 30k rows cost a second.
 */
export function trendingScoreSql(now: Date): Prisma.Sql {
  return Prisma.sql`(
    (${RANKING.basePoints} + ${RANKING.inAppVoteWeight} * p."votes" + ${RANKING.externalUpvoteWeight} * p."externalUpvotes")::float8
    / power(greatest(0, ${now.getTime() / 1000}::float8 - extract(epoch FROM p."publishedAt")::float8) / 3600 + ${RANKING.ageOffsetHours}::float8, ${RANKING.gravity}::float8)
  )`;
}
