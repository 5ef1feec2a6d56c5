import { z } from "zod";
import { type Confusion, labelledPaperSchema, type Scores } from "./evaluate";

// The labelled arXiv stream: a stratified sample of real listings, so figures for the whole
// stream come from weighting each stratum by its size (population / papers labelled in it).

export const streamPaperSchema = labelledPaperSchema.extend({
  listed: z.string(),
  categories: z.array(z.string()),
  stratum: z.string().min(1),
  ambiguous: z.boolean(),
  note: z.string(),
});
export type StreamPaper = z.infer<typeof streamPaperSchema>;

export const strataSchema = z.object({
  description: z.string(),
  population: z.record(z.string(), z.number().int().positive()),
});
export type Strata = z.infer<typeof strataSchema>;

/** Confusion: the papers of the sample; stream*: the same, weighted up to the whole stream; scores of the stream. */
export type StreamEstimate = { slug: string } & Confusion & { streamTp: number; streamFp: number; streamFn: number } & Scores & {
  /** Sample counts per stratum, to show where the errors come from. */
  byStratum: Record<string, Confusion & { weight: number }>;
};

export type StreamReport = { papers: number; ambiguousSkipped: number; perTechnique: StreamEstimate[]; macroF1: number };

/**
 * Precision and recall for the whole stream. Papers marked ambiguous (a careful expert could go
 * either way) are left out; each stratum's weight is its population over its papers evaluated.
 */
export function estimateOnStream(
  papers: readonly StreamPaper[],
  strata: Strata,
  slugs: readonly string[],
  predict: (paper: StreamPaper) => readonly string[],
): StreamReport {
  const evaluated = papers.filter((p) => !p.ambiguous);
  const sampled = new Map<string, number>();
  for (const paper of evaluated) sampled.set(paper.stratum, (sampled.get(paper.stratum) ?? 0) + 1);
  const weightOf = (stratum: string) => {
    const population = strata.population[stratum];
    if (population === undefined) throw new Error(`stratum ${stratum} has no population in the strata file`);
    return population / sampled.get(stratum)!;
  };
  const predictions = evaluated.map((paper) => new Set(predict(paper)));
  const perTechnique = slugs.map((slug): StreamEstimate => {
    const estimate: StreamEstimate = { slug, tp: 0, fp: 0, fn: 0, streamTp: 0, streamFp: 0, streamFn: 0, precision: 1, recall: 1, f1: 1, byStratum: {} };
    evaluated.forEach((paper, i) => {
      const predicted = predictions[i].has(slug);
      const expected = paper.labels.includes(slug);
      if (!predicted && !expected) return;
      const outcome = predicted && expected ? "tp" : predicted ? "fp" : "fn";
      const weight = weightOf(paper.stratum);
      const cell = (estimate.byStratum[paper.stratum] ??= { tp: 0, fp: 0, fn: 0, weight });
      cell[outcome]++;
      estimate[outcome]++;
      if (outcome === "tp") estimate.streamTp += weight;
      else if (outcome === "fp") estimate.streamFp += weight;
      else estimate.streamFn += weight;
    });
    const { streamTp: tp, streamFp: fp, streamFn: fn } = estimate;
    estimate.precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    estimate.recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    estimate.f1 = estimate.precision + estimate.recall === 0 ? 0 : (2 * estimate.precision * estimate.recall) / (estimate.precision + estimate.recall);
    return estimate;
  });
  const macroF1 = perTechnique.reduce((sum, t) => sum + t.f1, 0) / perTechnique.length;
  return { papers: evaluated.length, ambiguousSkipped: papers.length - evaluated.length, perTechnique, macroF1 };
}

export type CalibrationBin = { from: number; to: number; tags: number; streamTags: number; streamRight: number; rightShare: number };

/**
 * How often a tag with a given score is right on the stream: tags (tentative ones too) binned by
 * score, each weighted like its paper. A calibrated tagger has `rightShare` near each bin's scores.
 */
export function calibrationOnStream(
  papers: readonly StreamPaper[],
  strata: Strata,
  tagsOf: (paper: StreamPaper) => readonly { slug: string; score: number }[],
  edges: readonly number[] = [0.2, 0.4, 0.6, 0.8, 0.9, 1.0001],
): CalibrationBin[] {
  const evaluated = papers.filter((p) => !p.ambiguous);
  const sampled = new Map<string, number>();
  for (const paper of evaluated) sampled.set(paper.stratum, (sampled.get(paper.stratum) ?? 0) + 1);
  const bins: CalibrationBin[] = edges.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, edges[i + 1]), tags: 0, streamTags: 0, streamRight: 0, rightShare: 0 }));
  for (const paper of evaluated) {
    const weight = strata.population[paper.stratum] / sampled.get(paper.stratum)!;
    for (const tag of tagsOf(paper)) {
      const bin = bins.find((b, i) => tag.score >= b.from && tag.score < edges[i + 1]);
      if (!bin) continue;
      bin.tags++;
      bin.streamTags += weight;
      if (paper.labels.includes(tag.slug)) bin.streamRight += weight;
    }
  }
  for (const bin of bins) bin.rightShare = bin.streamTags ? bin.streamRight / bin.streamTags : 0;
  return bins;
}
