import { z } from "zod";
import weightsJson from "./classifier-weights.json";
import type { RuleScore } from "./rule-scores";
import type { PaperText } from "@/lib/paper-text";
import { addTextFeatures, contextWords } from "./text-features";

// One logistic model per technique over the paper's words and what the rules found. The weights
// are data (classifier-weights.json), reproduced from the labelled sets by `npm run train:tagger`.

const techniqueWeightsSchema = z.object({
  bias: z.number().finite(),
  /** The probability from which a tag is listed (below it, a tag is tentative). */
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number().finite()),
});
export const classifierWeightsSchema = z.object({
  /** Platt scaling of every model's logit, fitted on out-of-fold scores: scores mean what they say. */
  calibration: z.object({ scale: z.number().finite(), shift: z.number().finite() }).default({ scale: 1, shift: 0 }),
  trainedOn: z.string(),
  techniques: z.record(z.string(), techniqueWeightsSchema),
});
export type ClassifierWeights = z.infer<typeof classifierWeightsSchema>;

export type TechniqueModel = { bias: number; threshold: number; weights: Map<string, number> };
export type Classifier = {
  techniques: Map<string, TechniqueModel>;
  /** Every model's weight of a feature, by technique index in `slugs`: one lookup per feature for all. */
  slugs: string[];
  weightsByFeature: Map<string, Float64Array>;
  calibration: { scale: number; shift: number };
};

/** Feature name → value: words and bigrams are 1, rule features carry their strength. */
export type Features = Map<string, number>;

export function compileClassifier(input: unknown): Classifier {
  const parsed = classifierWeightsSchema.parse(input);
  const slugs = Object.keys(parsed.techniques);
  const weightsByFeature = new Map<string, Float64Array>();
  slugs.forEach((slug, index) => {
    for (const [name, weight] of Object.entries(parsed.techniques[slug].weights)) {
      let row = weightsByFeature.get(name);
      if (!row) weightsByFeature.set(name, (row = new Float64Array(slugs.length)));
      row[index] = weight;
    }
  });
  return {
    techniques: new Map(
      Object.entries(parsed.techniques).map(([slug, t]) => [slug, { bias: t.bias, threshold: t.threshold, weights: new Map(Object.entries(t.weights)) }]),
    ),
    slugs,
    weightsByFeature,
    calibration: parsed.calibration,
  };
}

export const CLASSIFIER = compileClassifier(weightsJson);

/** The features of one paper, shared by every technique's model (so kv-cache rules can inform quantization). */
export function classifierFeatures(paper: PaperText, rules: readonly RuleScore[], slugs: readonly string[]): Features {
  const features: Features = new Map();
  addTextFeatures(features, paper.title, paper.abstract);
  if (!paper.abstract) features.set("r:title-only", 1);
  rules.forEach((rule, index) => {
    if (rule.strong <= 0 && rule.negative >= 0) return;
    const slug = slugs[index];
    features.set(`r:${slug}:score`, rule.score);
    features.set(`r:${slug}:strong`, Math.log1p(rule.strong));
    if (rule.title > 0) features.set(`r:${slug}:title`, Math.log1p(rule.title));
    if (rule.support > 0) features.set(`r:${slug}:support`, Math.log1p(rule.support));
    if (rule.negative < 0) features.set(`r:${slug}:negative`, Math.log1p(-rule.negative));
    for (const window of rule.context) for (const word of contextWords(window)) features.set(`c:${slug}:${word}`, 1);
  });
  return features;
}

/** Every model's probability at once, by the classifier's slug order (one map lookup per feature). */
export function scoreAll(classifier: Classifier, features: Features): Float64Array {
  const logits = new Float64Array(classifier.slugs.length);
  classifier.slugs.forEach((slug, i) => (logits[i] = classifier.techniques.get(slug)!.bias));
  for (const [name, value] of features) {
    const row = classifier.weightsByFeature.get(name);
    if (row) for (let i = 0; i < row.length; i++) logits[i] += row[i] * value;
  }
  const { scale, shift } = classifier.calibration;
  return logits.map((logit) => 1 / (1 + Math.exp(-(scale * logit + shift))));
}
