import type { WatchProblem } from "@/lib/watches/manage-watches";
import { MAX_WATCHES } from "@/lib/watches/schemas";

/** What a visitor reads, on a page or from the API, when a watch is refused (nothing is stored). */
export const WATCH_PROBLEMS: Record<WatchProblem, string> = {
  invalid: "This link is not valid. Use the newest link from your email.",
  expired: "This link has expired. Ask again from the paper's page.",
  inactive: "Your subscription is not active: confirm it, or subscribe again, before watching papers.",
  "unknown-paper": "We don't have that paper. Check the arXiv id.",
  "too-many": `You already watch ${MAX_WATCHES} papers: stop watching some first.`,
};
