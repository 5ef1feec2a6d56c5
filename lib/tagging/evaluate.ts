import { z } from "zod";

export const labelledPaperSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string(),
  labels: z.array(z.string()),
  source: z.string().min(1),
});
export type LabelledPaper = z.infer<typeof labelledPaperSchema>;

/** True and false positives and misses of one technique, and the scores they give. */
export type Confusion = { tp: number; fp: number; fn: number };
export type Scores = { precision: number; recall: number; f1: number };

export type TechniqueMetrics = { slug: string; support: number } & Confusion & Scores;
export type Mistake = { id: string; title: string; missed: string[]; extra: string[] };
export type EvalReport = { papers: number; perTechnique: TechniqueMetrics[]; macroF1: number; mistakes: Mistake[] };

/** Parses JSON Lines of labelled papers; a bad line throws with its number, since the set is ours. */
export function parseEvalSet(jsonl: string): LabelledPaper[] {
  return jsonl
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = labelledPaperSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/**
 * About 30% of papers, chosen by a hash of the id, are held out: signals are designed on the
 * rest, and the held-out figure shows whether they generalise.
 */
export function isHeldOut(id: string): boolean {
  let hash = 2166136261; // FNV-1a, stable across runs and machines
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % 10 < 3;
}

/** Per-technique precision/recall/F1 of `predict` against the labels; an empty class counts as perfect. */
export function evaluateTagger(
  papers: readonly LabelledPaper[],
  slugs: readonly string[],
  predict: (paper: LabelledPaper) => readonly string[],
): EvalReport {
  const counts = new Map(slugs.map((slug) => [slug, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: Mistake[] = [];
  for (const paper of papers) {
    const predicted = new Set(predict(paper));
    const expected = new Set(paper.labels);
    for (const [slug, count] of counts) {
      if (predicted.has(slug) && expected.has(slug)) count.tp++;
      else if (predicted.has(slug)) count.fp++;
      else if (expected.has(slug)) count.fn++;
    }
    const missed = [...expected].filter((slug) => !predicted.has(slug));
    const extra = [...predicted].filter((slug) => !expected.has(slug));
    if (missed.length || extra.length) mistakes.push({ id: paper.id, title: paper.title, missed, extra });
  }
  const perTechnique = [...counts].map(([slug, { tp, fp, fn }]) => {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { slug, support: tp + fn, tp, fp, fn, precision, recall, f1 };
  });
  const macroF1 = perTechnique.reduce((sum, m) => sum + m.f1, 0) / perTechnique.length;
  return { papers: papers.length, perTechnique, macroF1, mistakes };
}

export function formatReport(report: EvalReport, title: string): string {
  const pct = (value: number) => value.toFixed(3).padStart(9);
  const lines = [
    `${title} (${report.papers} papers)`,
    `${"technique".padEnd(14)}${"support".padStart(8)}${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}${"precision".padStart(11)}${"recall".padStart(9)}${"F1".padStart(9)}`,
    ...report.perTechnique.map(
      (m) =>
        `${m.slug.padEnd(14)}${String(m.support).padStart(8)}${String(m.tp).padStart(5)}${String(m.fp).padStart(5)}${String(m.fn).padStart(5)}  ${pct(m.precision)}${pct(m.recall)}${pct(m.f1)}`,
    ),
    `${"macro-F1".padEnd(50)}${pct(report.macroF1)}`,
  ];
  return lines.join("\n");
}
