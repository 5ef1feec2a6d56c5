import type { PaperText } from "@/lib/paper-text";
import { classifierFeatures, scoreAll, type Classifier, CLASSIFIER } from "./classifier";
import { isCandidate, scoreRules, type RuleScore } from "./rule-scores";
import { TAXONOMY, type CompiledTaxonomy, type TechniqueSlug } from "./compile-taxonomy";

/**
 * One technique of a paper. `score` is the classifier's probability that the technique is
 * central to the paper (0.8: about 80% of such tags are right on the arXiv stream). A tentative
 * tag is below the technique's bar: shown as "possibly" on the paper page, kept out of views.
 */
export type TechniqueTag = { slug: TechniqueSlug; score: number; evidence: string[]; tentative: boolean };

/** Below this probability a technique is not worth showing at all. */
export const TENTATIVE_FLOOR = 0.2;

/**
 * Tags one paper in two steps. The rules of techniques.json find the phrases that name a
 * technique (high recall, and the evidence a reader sees); a linear classifier per technique,
 * trained on hand-labelled arXiv listings, then weighs those phrases against the rest of the text
 * (is "pruning" about a network or a search tree, is this paper about neural networks at all).
 * A technique whose rules net to nothing is never tagged, so evidence backs every tag.
 */
export function tagPaper(paper: PaperText, taxonomy: CompiledTaxonomy = TAXONOMY, classifier: Classifier = CLASSIFIER): TechniqueTag[] {
  const rules = scoreRules(paper, taxonomy);
  if (!rules.some(isCandidate)) return [];
  const features = classifierFeatures(paper, rules, taxonomy.slugs);
  const scores = scoreAll(classifier, features);
  const tags: TechniqueTag[] = [];
  rules.forEach((rule: RuleScore, index) => {
    if (!isCandidate(rule)) return;
    const slug = taxonomy.slugs[index];
    const model = classifier.techniques.get(slug);
    // A technique the classifier was never trained for keeps its rule score and bar.
    const score = model ? scores[classifier.slugs.indexOf(slug)] : rule.score;
    const bar = model ? model.threshold : taxonomy.scoring.threshold;
    if (score < TENTATIVE_FLOOR || rule.evidence.length === 0) return;
    tags.push({ slug, score: Math.round(score * 1000) / 1000, evidence: rule.evidence, tentative: score < bar });
  });
  return tags.sort((a, b) => Number(a.tentative) - Number(b.tentative) || b.score - a.score || a.slug.localeCompare(b.slug));
}

/** The techniques a paper is listed under: its tags above the bar. */
export function confidentTags(tags: readonly TechniqueTag[]): TechniqueTag[] {
  return tags.filter((tag) => !tag.tentative);
}
