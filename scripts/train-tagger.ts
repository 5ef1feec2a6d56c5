// Trains the tagger's classifier: `npm run train:tagger [-- --check] [--errors]`.
// Reads the design part of both labelled sets (never the held-out part), fits one logistic model
// per technique on the papers its rules flag, picks each technique's bar from 5-fold out-of-fold
// scores on the stream (best stream-weighted F1), and writes lib/tagging/classifier-weights.json.
// Training is deterministic: --check exits 1 when the committed weights are not what the sets give.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { classifierFeatures, type ClassifierWeights } from "@/lib/tagging/classifier";
import { isCandidate, scoreRules } from "@/lib/tagging/rule-scores";
import { estimateOnStream, type Strata, type StreamPaper } from "@/lib/tagging/stream-estimate";
import {
  DEFAULT_TRAIN_OPTIONS,
  fitCalibration,
  fitLogistic,
  logitFitted,
  sigmoid,
  type Calibration,
  type FittedModel,
  type TrainingExample,
} from "@/lib/tagging/train-classifier";
import { TAXONOMY, TECHNIQUE_SLUGS } from "@/lib/tagging/compile-taxonomy";
import { designPart, readLabelledSets, STREAM_FILE } from "@/scripts/lib/labelled-sets";
import { runCli } from "@/scripts/run-cli";

const WEIGHTS_FILE = "lib/tagging/classifier-weights.json";
const TITLE_ONLY_WEIGHT = 0.5; // title-only copies teach the model feed items without an abstract
const MAX_WEIGHT = 10;
const FOLDS = 5;
// Bars are searched in this range: below 0.35 a tag would be wrong more often than right.
const BARS = Array.from({ length: 31 }, (_, i) => 0.35 + i * 0.01);

type Paper = { id: string; title: string; abstract: string; labels: string[]; weight: number };
type Variant = { features: Map<string, number>; candidates: boolean[]; weight: number };
type Prepared = { paper: Paper; variants: Variant[] };

await runCli(async () => {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, errors: { type: "boolean", default: false } } });
  const sets = readLabelledSets();
  const stream = designPart(sets.stream).filter((p) => !p.ambiguous);
  const papers = [...streamPapers(stream, sets.strata.population), ...designPart(sets.curated).map((p) => ({ ...p, weight: 1 }))];
  const prepared = papers.map(prepare);

  const logits = crossValidate(prepared);
  const calibration = calibrate(stream, sets.strata.population, logits);
  const outOfFold = new Map([...logits].map(([id, row]) => [id, row.map((logit) => (logit === null ? null : sigmoid(calibration.scale * logit + calibration.shift)))]));
  console.log(`calibration: sigmoid(${calibration.scale} * logit + ${calibration.shift}), fitted on out-of-fold stream scores`);
  const bars = TECHNIQUE_SLUGS.map((_, t) => bestBar(stream, sets.strata, outOfFold, t));
  const report = estimateOnStream(stream, sets.strata, TECHNIQUE_SLUGS, (p) => predictedSlugs(outOfFold.get(p.id), bars));
  console.log(`${FOLDS}-fold out-of-fold on the design part of the stream (${report.papers} papers), each technique at its bar:`);
  for (const [t, e] of report.perTechnique.entries()) {
    const strata = Object.entries(e.byStratum).map(([name, c]) => `${name} ${c.tp}/${c.fp}/${c.fn}`).join(", ");
    console.log(`  ${e.slug.padEnd(13)} bar ${bars[t].toFixed(2)}  P ${e.precision.toFixed(3)}  R ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}  (tp/fp/fn: ${strata})`);
  }
  if (values.errors) printErrors(stream, outOfFold, bars);

  const models = train(prepared);
  const weights: ClassifierWeights = {
    calibration,
    trainedOn: `${papers.length} papers: design part of ${STREAM_FILE} and of the curated set; title-only copies at weight ${TITLE_ONLY_WEIGHT}`,
    techniques: Object.fromEntries(
      TECHNIQUE_SLUGS.map((slug, t) => [
        slug,
        { bias: models[t].bias, threshold: bars[t], weights: Object.fromEntries([...models[t].weights].sort(([a], [b]) => a.localeCompare(b))) },
      ]),
    ),
  };
  const count = models.reduce((sum, m) => sum + m.weights.size, 0);
  const content = `${JSON.stringify(weights)}\n`;
  if (values.check) {
    if (readFileSync(WEIGHTS_FILE, "utf8") !== content) throw new Error(`${WEIGHTS_FILE} is not what the labelled sets give: run npm run train:tagger`);
    console.log(`${WEIGHTS_FILE} matches the labelled sets (${count} weights from ${papers.length} papers)`);
    return;
  }
  writeFileSync(WEIGHTS_FILE, content);
  console.log(`wrote ${WEIGHTS_FILE}: ${count} weights from ${papers.length} papers`);
});

/** Stream papers weigh in proportion to the papers of the stream they stand for (capped, so no one paper dominates). */
function streamPapers(stream: readonly StreamPaper[], population: Record<string, number>): Paper[] {
  const sampled = new Map<string, number>();
  for (const p of stream) sampled.set(p.stratum, (sampled.get(p.stratum) ?? 0) + 1);
  const raw = stream.map((p) => population[p.stratum] / sampled.get(p.stratum)!);
  const least = Math.min(...raw); // the most densely sampled stratum weighs 1, like a curated paper
  return stream.map((p, i) => ({ ...p, weight: Math.min(MAX_WEIGHT, raw[i] / least) }));
}

function prepare(paper: Paper): Prepared {
  const variant = (abstract: string | null, weight: number): Variant => {
    const text = { title: paper.title, abstract };
    const rules = scoreRules(text, TAXONOMY);
    return { features: classifierFeatures(text, rules, TAXONOMY.slugs), candidates: rules.map(isCandidate), weight };
  };
  return { paper, variants: [variant(paper.abstract, paper.weight), variant(null, paper.weight * TITLE_ONLY_WEIGHT)] };
}

function train(prepared: readonly Prepared[]): FittedModel[] {
  return TECHNIQUE_SLUGS.map((slug, t) => {
    const examples: TrainingExample[] = prepared.flatMap(({ paper, variants }) =>
      variants.filter((v) => v.candidates[t]).map((v) => ({ features: v.features, positive: paper.labels.includes(slug), weight: v.weight })),
    );
    return fitLogistic(examples, DEFAULT_TRAIN_OPTIONS);
  });
}

/** Each paper's logit per technique (null where its rules found nothing) from models that never saw it. */
function crossValidate(prepared: readonly Prepared[]): Map<string, (number | null)[]> {
  const scores = new Map<string, (number | null)[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const models = train(prepared.filter((p) => foldOf(p.paper.id) !== fold));
    prepared.forEach((p) => {
      if (foldOf(p.paper.id) !== fold) return;
      const full = p.variants[0];
      scores.set(p.paper.id, models.map((model, t) => (full.candidates[t] ? logitFitted(model, full.features) : null)));
    });
  }
  return scores;
}

/** A paper's fold, by a hash of its id: adding or removing a paper moves no other paper between folds. */
function foldOf(id: string): number {
  let hash = 2166136261; // FNV-1a over a salted id, independent of the held-out hash
  for (const char of `fold:${id}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % FOLDS;
}

/** One scale and shift for every technique: the rarer ones have too few papers for their own. */
function calibrate(stream: readonly StreamPaper[], population: Record<string, number>, logits: Map<string, (number | null)[]>): Calibration {
  const sampled = new Map<string, number>();
  for (const p of stream) sampled.set(p.stratum, (sampled.get(p.stratum) ?? 0) + 1);
  const points = stream.flatMap((p) =>
    TECHNIQUE_SLUGS.flatMap((slug, t) => {
      const logit = logits.get(p.id)?.[t];
      return logit == null ? [] : [{ logit, positive: p.labels.includes(slug), weight: population[p.stratum] / sampled.get(p.stratum)! }];
    }),
  );
  return fitCalibration(points);
}

function predictedSlugs(scores: (number | null)[] | undefined, bars: readonly number[]) {
  return TECHNIQUE_SLUGS.filter((_, t) => scores?.[t] != null && scores[t]! >= bars[t]);
}

function bestBar(stream: readonly StreamPaper[], strata: Strata, scores: Map<string, (number | null)[]>, t: number): number {
  let best = { bar: 0.5, f1: -1 };
  for (const bar of BARS) {
    const slug = TECHNIQUE_SLUGS[t];
    const [estimate] = estimateOnStream(stream, strata, [slug], (p) => ((scores.get(p.id)?.[t] ?? -1) >= bar ? [slug] : [])).perTechnique;
    if (estimate.f1 > best.f1 + 1e-9) best = { bar: Math.round(bar * 100) / 100, f1: estimate.f1 };
  }
  return best.bar;
}

function printErrors(stream: readonly StreamPaper[], scores: Map<string, (number | null)[]>, bars: readonly number[]) {
  for (const p of stream) {
    const row = scores.get(p.id);
    const got = predictedSlugs(row, bars);
    const scored = (slugs: string[]) => slugs.map((s) => `${s} ${row?.[TECHNIQUE_SLUGS.indexOf(s as never)]?.toFixed(2) ?? "-"}`).join(", ");
    const missed = p.labels.filter((l) => !got.includes(l));
    const extra = got.filter((l) => !p.labels.includes(l));
    if (missed.length || extra.length) console.log(`${p.id} ${p.stratum} missed [${scored(missed)}] extra [${scored(extra)}] ${p.title.slice(0, 90)} | ${p.note}`);
  }
}
