import { db } from "@/lib/db";

const CARD_SELECT = {
  arxivId: true,
  title: true,
  abstract: true,
  authors: true,
  publishedAt: true,
  isDemo: true,
  topics: true,
} as const;

/** Newest papers first; the id breaks ties so the order never shuffles between requests. */
export async function getLatestPapers(limit = 50) {
  return db.paper.findMany({ select: CARD_SELECT, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit });
}

export type PaperCardData = Awaited<ReturnType<typeof getLatestPapers>>[number];
