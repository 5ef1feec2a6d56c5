import { z } from "zod";
import type { Fact, FactKind } from "./fact";
import { formatValue, readFacts } from "./glance";

// The comparison table of a technique's page: one row per paper of the period that reports a
// figure, the figures side by side, blanks where a paper does not say. Nothing is inferred.

export const COMPARISON_COLUMNS = ["bits", "sparsity", "compression", "quality", "speedup", "memory"] as const satisfies readonly FactKind[];
export const SORTS = ["date", ...COMPARISON_COLUMNS] as const;
export type ComparisonSort = (typeof SORTS)[number];
export const SortSchema = z.enum(SORTS).catch("date");

export type ComparisonRow = {
  arxivId: string;
  title: string;
  publishedAt: Date;
  models: string[];
  baselines: string[];
  /** The first reported figure of each column, as displayed, with its phrase. */
  cells: Partial<Record<(typeof COMPARISON_COLUMNS)[number], { text: string; evidence: string; sortValue: number }>>;
};

type Paper = { arxivId: string; title: string; publishedAt: Date; facts: unknown };

const low = (fact: Fact) => (typeof fact.value === "number" ? fact.value : Array.isArray(fact.value) ? fact.value[0] : Number.NaN);

export function comparisonRows(papers: readonly Paper[]): ComparisonRow[] {
  return papers.flatMap((paper) => {
    const facts = readFacts(paper.facts);
    const cells: ComparisonRow["cells"] = {};
    for (const column of COMPARISON_COLUMNS) {
      const fact = facts.find((f) => f.kind === column);
      if (fact) cells[column] = { text: formatValue(fact), evidence: fact.evidence, sortValue: low(fact) };
    }
    if (Object.keys(cells).length === 0) return [];
    const names = (kind: FactKind) => facts.filter((f) => f.kind === kind).map((f) => String(f.value));
    return [{ arxivId: paper.arxivId, title: paper.title, publishedAt: paper.publishedAt, models: names("model"), baselines: names("baseline"), cells }];
  });
}

/** Newest first by date; for a figure, lowest bits first and highest of everything else first; blanks last. */
export function sortRows(rows: readonly ComparisonRow[], sort: ComparisonSort): ComparisonRow[] {
  if (sort === "date") return [...rows].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const direction = sort === "bits" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[sort]?.sortValue;
    const y = b.cells[sort]?.sortValue;
    if (x === undefined || Number.isNaN(x)) return y === undefined || Number.isNaN(y) ? 0 : 1;
    if (y === undefined || Number.isNaN(y)) return -1;
    return direction * (x - y);
  });
}
