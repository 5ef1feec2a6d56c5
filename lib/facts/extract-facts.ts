import { createHash } from "node:crypto";
import type { PaperText } from "@/lib/paper-text";
import { factKey, type Fact } from "./fact";
import { FIGURE_RULES, KIND_CUES, type FigureRule } from "./figure-rules";
import { continuedFigures, LIST_PATTERNS } from "./figure-lists";
import * as nameRules from "./name-rules";
import {
  BASELINE_CONTEXT_PATTERNS,
  BASELINE_PATTERN,
  BENCHMARK_CONTEXT_PATTERNS,
  BENCHMARK_NAME,
  BENCHMARK_PATTERN,
  CODE_PATTERN,
  COMPARED_BEFORE_NAME,
  COMPARISON,
  MODEL_PATTERN,
  NEEDS_SUFFIX,
  NOT_A_NAME,
  OWN_BENCHMARK_PATTERNS,
  SIZED_MODEL_PATTERN,
  PATTERN_GATES,
  COMPARE_WORD,
  SELF_COMPARISON,
} from "./name-rules";
import { normalizeText, originalSpan, REWRITES } from "./normalize-text";
import { OWN_NAME_PATTERNS, ownNames } from "./own-names";
import { matches } from "./matches";

export type PaperForFacts = PaperText & { comment?: string | null };

// A sentence about earlier work or the problem, not about this paper's results: it opens with
// them ("Existing methods…", "While…"), or names them as its subject ("Recent studies show…").
// "outperforms existing methods" is a comparison, about this work.
const PRIOR_WORK_OPENING =
  /^(?:however,?\s+|yet,?\s+|but\s+|while\s+|although\s+)?(?:existing|previous|prior|conventional|traditional|current|recent|most|many|state-of-the-art|standard|popular|typical)\b|^(?:while|although|recently)\b|^(?:these|such|those) (?:\w+ )?(?:methods|approaches|techniques|works|systems)\b/i;
const PRIOR_WORK_SUBJECT = /\b(?:recent(?:ly)?|several|prior|previous|existing|conventional|traditional|other) (?:\w+ )?(?:works?|stud(?:y|ies)|methods?|approaches|techniques|research|literature)\b/gi;
const COMPARED_BEFORE = /(?:than|over|outperform\w*|surpass\w*|compared (?:to|with)|against|beyond|versus|vs\.?|beat\w*|exceed\w*|unlike|to|with|of|enhances?|improves?|on|upon)\s(?:the\s|all\s|many\s|most\s|both\s)?(?:[\w-]+,?\s){0,3}$/i;
const OWN_WORK = /\b(?:we|our|ours|this (?:paper|work|method|approach|study)|the proposed|proposed)\b/i;
const QUALIFIER_BEFORE = [
  { pattern: /(?:over|more than|above|at least|exceeding|exceeds?|exceeded|greater than|beyond|>|≥)\s*$/i, qualifier: ">" as const },
  { pattern: /(?:less than|below|under|at most|fewer than|within|<|≤|sub-)\s*$/i, qualifier: "<" as const },
  { pattern: /(?:about|around|approximately|nearly|roughly|almost|~|≈)\s*$/i, qualifier: "~" as const },
];
const HARDWARE = /^(?:[AHVLTB]\d{2,3}|RTX|GTX|TPU|Jetson|Orin|M[1-4]|A\d{4}|MI\d{3}|Gaudi|Ascend|VCK\d+|ZCU\d+)/;

/**
 * The figures and names a paper states about its own work, each with its phrase. Local and
 * deterministic; a sentence about earlier work or the motivation contributes no figure.
 */
export function extractFacts(paper: PaperForFacts, options: { allSentences?: boolean } = {}): Fact[] {
  const raw = [paper.title, paper.abstract ?? ""].filter(Boolean).join(". ");
  const normalized = normalizeText(raw);
  const whole = `${normalized.text} ${paper.comment ?? ""}`;
  const own = ownNames(paper.title, normalized.text);
  const ownLower = own.map((name) => name.toLowerCase());
  const isOwn = (name: string) => ownLower.some((o) => name.toLowerCase().startsWith(o));
  const mentionsOwn = (sentence: string) => own.some((name) => sentence.includes(name));
  const segmentAnything = /Segment Anything/i.test(raw);
  const facts = new Map<string, Fact>();
  const add = (fact: Fact) => {
    const key = factKey(fact);
    if (!facts.has(key)) facts.set(key, fact);
  };
  const quote = (start: number, end: number) => originalSpan(raw, normalized, start, end);
  const sentences = splitSentences(normalized.text);
  const acronyms = spelledOutAcronyms(normalized.text);
  const baselines: Fact[] = [];
  const addModel = (name: string, evidence: string) => {
    add({ kind: "model", value: name, unit: "", evidence });
  };
  // Benchmarks named right after a quality figure ("0.452 on SEVIR"), found while reading figures.
  const benchmarksAfter: { name: string; at: number; evidence: string }[] = [];
  sentences.forEach(({ text: sentence, start }, index) => {
    const ownWork = OWN_WORK.test(sentence) || mentionsOwn(sentence);
    const aboutOthers = !options.allSentences && !ownWork && aboutPriorWork(sentence);
    // The opening sentence of an abstract usually motivates; it counts only when it speaks of this work.
    const motivation = !options.allSentences && index === 1 && !ownWork && sentences.length > 3;
    if (!aboutOthers && !motivation && (/\d/.test(sentence) || /ternary|binar|halv/i.test(sentence))) {
      const kinds = new Map<string, boolean>();
      const percent = sentence.includes("%");
      const times = TIMES_FIGURE.test(sentence);
      for (const rule of FIGURE_RULES) {
        if ((rule.requires === "%" && !percent) || (rule.requires === "x" && !times) || rule.cue?.test(sentence) === false) continue;
        let cued = kinds.get(rule.kind);
        if (cued === undefined) kinds.set(rule.kind, (cued = KIND_CUES[rule.kind].test(sentence)));
        if (cued) figures(rule, sentence, start, whole, quote, add, rule.kind === "quality" ? (end) => benchmarksAfter.push(...benchmarkAfter(sentence, start, end, quote)) : undefined);
      }
    }
    const names = (pattern: RegExp) => matches(pattern, sentence).map((m) => ({ name: m[0], at: m.index!, evidence: quote(start + m.index!, start + m.index! + m[0].length) }));
    const listed = (patterns: RegExp[], keepOwn = false) =>
      patterns.flatMap((pattern) => (PATTERN_GATES.get(pattern)?.test(sentence) === false ? [] : matches(pattern, sentence))).flatMap((m) => {
        const list = m.groups!.names;
        const base = m.index! + m[0].lastIndexOf(list);
        return splitNames(list)
          .filter(({ name, at }) => !NOT_A_NAME.has(name) && (keepOwn || !isOwn(name)) && !NOT_A_PROPER_NAME.test(name) && !definesAcronym(sentence, base + at, name))
          .map(({ name, at }) => ({ name, at: base + at, evidence: quote(start + base + at, start + base + at + name.length) }));
      });
    // The lists' names, and names that carry a size ("Pangu-7B") where the lists have none at that place.
    const listedModels = names(MODEL_PATTERN);
    const sized = /\dB\b/.test(sentence) ? names(SIZED_MODEL_PATTERN) : [];
    // A longer sized name wins over the listed name it starts with ("DeepSeek-R1-Distill-Qwen-7B" over "DeepSeek-R1-Distill").
    const modelHits = [
      ...listedModels.filter((l) => !sized.some((s) => s.at === l.at && s.name.length > l.name.length)),
      ...sized.filter((s) => !listedModels.some((l) => l.at <= s.at && s.at < l.at + l.name.length && !(l.at === s.at && s.name.length > l.name.length))),
    ];
    if (!aboutOthers && !motivation) {
      // A name right after a comparison ("outperforms GPT-4o", "such as the Switch Transformer") is
      // what the paper compares against, unless it is the model itself ("relative to the dense BERT-base").
      // The title states a claim ("Small Models Surpass GPT"), not the comparison that supports it.
      const compared =
        index === 0 || !COMPARE_WORD.test(sentence)
          ? []
          : listed(BASELINE_CONTEXT_PATTERNS).filter(({ name, at }) => !BENCHMARK_NAME.test(name) && !DATASET_AFTER.test(sentence.slice(at + name.length, at + name.length + 20)));
      const comparedAt = new Set(compared.map((b) => b.at));
      for (const { name, at, evidence } of compared) {
        if (SELF_COMPARISON.test(sentence.slice(Math.max(0, at - 30), at)) && MODEL_PATTERN_WHOLE.test(name)) addModel(name, evidence);
        else baselines.push({ kind: "baseline", value: name, unit: "", evidence });
      }
      for (const { name, at, evidence } of modelHits) {
        if (comparedAt.has(at) || isOwn(name)) continue;
        const bare = NEEDS_SUFFIX.has(name) || BARE_FAMILY.test(name);
        // A family named bare in the title is a topic ("Quantized Mamba for …"), not a model evaluated.
        if ((NEEDS_SUFFIX.has(name) && !(name === "SAM" && segmentAnything)) || (index === 0 && bare)) continue;
        const before = sentence.slice(Math.max(0, at - 100), at);
        if (index > 0 && COMPARED_BEFORE_NAME.test(before) && !SELF_COMPARISON.test(before)) baselines.push({ kind: "baseline", value: name, unit: "", evidence });
        else addModel(name, evidence);
      }
      if (index > 0 && COMPARISON.test(sentence)) {
        for (const { name, evidence } of names(BASELINE_PATTERN)) if (!isOwn(name)) baselines.push({ kind: "baseline", value: name, unit: "", evidence });
      }
    }
    const benchmarks = [...names(BENCHMARK_PATTERN), ...listed(BENCHMARK_CONTEXT_PATTERNS), ...listed(OWN_BENCHMARK_PATTERNS, true), ...benchmarksAfter.splice(0)];
    for (const { name, at, evidence } of benchmarks) {
      if (HARDWARE.test(name) || MODEL_PATTERN_WHOLE.test(name) || definesAcronym(sentence, at, name) || acronyms.has(name)) continue;
      add({ kind: "benchmark", value: name, unit: "", evidence });
    }
  });
  // A dataset compared against ("outperforms ImageNet-pretrained …") is a benchmark, not a baseline.
  const benchmarkNames = new Set([...facts.values()].filter((f) => f.kind === "benchmark").map((f) => String(f.value).toLowerCase()));
  for (const baseline of baselines) {
    const name = String(baseline.value).toLowerCase();
    if (!benchmarkNames.has(name)) add(baseline);
  }
  for (const url of matches(CODE_PATTERN, `${raw} ${paper.comment ?? ""}`).map((m) => m[0])) if (!/doi\.org\//.test(url)) add({ kind: "code", value: url, unit: "", evidence: url });
  return [...facts.values()];
}

const TIMES_FIGURE = /\d\s?[x×X]/;
// "the baseline HSFace dataset": a dataset, not a method compared against.
const DATASET_AFTER = /^\s(?:datasets?|benchmarks?|corpus|corpora)\b/;
const MODEL_PATTERN_WHOLE = new RegExp(`^(?:${MODEL_PATTERN.source})$`);
// A family name without version or size ("Mamba", "ViT"): fine in the abstract, a topic in the title.
const BARE_FAMILY = /^[A-Za-z]+(?:[- ][A-Z][a-z]+)?$/;
// Words made from a name that are not one: "JP1-specific", "LoRA-based", "DETR-like".
// Capitalised words joined ("Test-Time", "Monte-Carlo") are words too, and so are precisions ("W2A2", "FP16").
const NOT_A_PROPER_NAME = /-(?:specific|based|like|style|level|aware|free|only|wise|scale|sized|driven|guided|oriented)$|^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$|^(?:W\d+A\d+|INT\d+|FP\d+|BF16|KV-[Cc]ache)$/;
const NAME_AFTER = /^\s(?:on|for)\s(?:the\s)?((?:[A-Z][\w.+-]*[A-Z0-9][\w.+-]*|[A-Z]{2,}[\w.+-]*)(?:\s(?:[A-Z]{2,}|20\d\d)\b)?)(?:\s(?:dataset|benchmark))?(?=[\s,.;)]|$)/;

/** "0.452 on SEVIR": the benchmark a quality figure was measured on. */
function benchmarkAfter(sentence: string, offset: number, end: number, quote: Quote): { name: string; at: number; evidence: string }[] {
  const m = NAME_AFTER.exec(sentence.slice(end, end + 60));
  if (!m) return [];
  const name = m[1].replace(/[.,]$/, "");
  const at = end + m[0].indexOf(m[1]);
  if (NOT_A_NAME.has(name) || NOT_A_PROPER_NAME.test(name) || HARDWARE.test(name) || MODEL_PATTERN_WHOLE.test(name)) return [];
  return [{ name, at, evidence: quote(offset + at, offset + at + name.length) }];
}

/** "Grouped Query Attention (GQA)", "Multi-Modal Object Detection (MMOD)": an acronym being defined, not a dataset or a method compared. */
function definesAcronym(sentence: string, at: number, name: string): boolean {
  if (sentence[at - 1] !== "(") return false;
  const letters = name.replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2) return false;
  const before = sentence.slice(Math.max(0, at - 80), at - 1).trim();
  // "grouped-query attention (GQA)" counts each part of a hyphenated word, "Multi-class unsupervised anomaly detection (MUAD)" the word.
  return [/[\s-]+/, /\s+/].some((split) => before.split(split).slice(-letters.length).map((w) => w[0]?.toLowerCase() ?? "").join("") === letters);
}

const ACRONYM_IN_PARENS = /\(([A-Z][A-Za-z0-9]{1,9})\)/g;

/** Acronyms the abstract spells out ("Temporal action detection (TAD)"): a task or a concept, not a dataset. */
function spelledOutAcronyms(text: string): Set<string> {
  return new Set(matches(ACRONYM_IN_PARENS, text).filter((m) => definesAcronym(text, m.index! + 1, m[1])).map((m) => m[1]));
}

/** Whether a sentence speaks of earlier work rather than this paper's. */
function aboutPriorWork(sentence: string): boolean {
  if (PRIOR_WORK_OPENING.test(sentence)) return true;
  // Earlier work as the subject: near the start ("Recent studies show…", "In contrast, prior methods…"), not
  // named later as what this work beats ("… improvements over CNNs and prior distillation methods").
  for (const m of matches(PRIOR_WORK_SUBJECT, sentence)) if (m.index! < 60 && !COMPARED_BEFORE.test(sentence.slice(Math.max(0, m.index! - 40), m.index!))) return true;
  return false;
}

/** The names of a list as written ("A, B (C), and D"; "Vision Transformer (ViT)" is "ViT"), with offsets. */
function splitNames(list: string): { name: string; at: number }[] {
  const parts: { name: string; at: number }[] = [];
  for (const part of matches(LIST_PARTS, list)) {
    let text = part[0];
    let at = part.index!;
    if (text.startsWith("(")) {
      // "Vision Transformer (ViT)": the acronym replaces the spelled-out name before it.
      const previous = parts.at(-1);
      if (previous && SPELLED_OUT.test(previous.name)) parts.pop();
      else continue;
      text = text.slice(1, -1);
      at += 1;
    }
    for (const piece of text.split(/\s(?:and|or)\s/)) {
      const offset = text.indexOf(piece);
      const lead = piece.match(/^\s*(?:(?:and|or)\s+)?/)![0].length;
      const name = piece.slice(lead).trim();
      if (name && /[A-Z0-9]/.test(name)) parts.push({ name, at: at + offset + lead });
    }
  }
  return parts;
}

type Quote = (start: number, end: number) => string;

function figures(rule: FigureRule, sentence: string, offset: number, whole: string, quote: Quote, add: (fact: Fact) => void, after?: (end: number) => void) {
  if (rule.needs && !rule.needs.test(whole)) return;
  for (const match of matches(rule.pattern, sentence)) {
    const end = match.index! + match[0].trimEnd().length;
    if (rule.notAfter?.test(sentence.slice(end, end + 30)) || rule.notBefore?.test(sentence.slice(Math.max(0, match.index! - 30), match.index!))) continue;
    // Rules without a number ("ternary") give their value themselves.
    const low = parseNumber(match.groups?.n1);
    if (low === null && !rule.value) continue;
    const high = parseNumber(match.groups?.n2);
    const value = rule.value ? rule.value(low ?? Number.NaN, high, match) : high !== null && high > low! ? ([low!, high] as [number, number]) : low!;
    if (value === null) continue;
    const unit = typeof rule.unit === "function" ? rule.unit(match) : rule.unit;
    const at = match.index!;
    const before = sentence.slice(Math.max(0, at - 24), at) + (match.groups?.n1 ? match[0].slice(0, match[0].indexOf(match.groups.n1)) : "");
    const qualifier = match.groups?.sub ? "<" : QUALIFIER_BEFORE.find((q) => q.pattern.test(before))?.qualifier;
    const evidence = quote(offset + at, offset + end);
    // "from 14.7B to 1B parameters", "200M - 65B parameters": two sizes, not a range.
    const firstUnit = match.groups?.u1 === "M" ? "M" : match.groups?.u1 === "B" ? "B" : null;
    if (high !== null && low !== null && (match.groups?.both || (!rule.value && (high <= low || (firstUnit !== null && firstUnit !== unit))))) {
      add({ kind: rule.kind, value: low, unit: firstUnit ?? unit, evidence });
      add({ kind: rule.kind, value: high, unit, evidence });
      continue;
    }
    add({ kind: rule.kind, value, unit, ...(qualifier ? { qualifier } : {}), evidence });
    after?.(end);
    // "by 0.8% and 2.1%, respectively", "2.21%, 11.43% and 4.81% higher scores": the list's other figures.
    if (typeof value === "number" && rule.lists !== false && match.groups?.n1) {
      const lead = match[0].slice(0, match[0].indexOf(match.groups.n1));
      const numberAt = /^(?:up to |over |about |an? |only |\+)?$/i.test(lead) ? at + lead.length : null;
      for (const item of continuedFigures(sentence, numberAt, end, unit, rule.kind === "quality")) {
        const itemQualifier = QUALIFIER_BEFORE.find((q) => q.pattern.test(sentence.slice(Math.max(0, item.start - 24), item.start)))?.qualifier;
        add({ kind: rule.kind, value: item.value, unit, ...(itemQualifier ? { qualifier: itemQualifier } : {}), evidence: quote(offset + item.start, offset + item.end) });
        after?.(item.end);
      }
    }
  }
}

function parseNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const value = Number(raw.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

const SENTENCE_BOUNDARY = /(?<=[.!?])\s+(?=[A-Z(])(?<!\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|approx)\.\s+)/g;
const SPELLED_OUT = /^(?:[A-Z][a-z]+[- ]?){2,}$/;
const LIST_PARTS = /[^,()&]+|\([^()]*\)/g;

/** Sentences with their offsets, split after ". " and the like but not inside "e.g." or "2.54". */
export function splitSentences(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of matches(SENTENCE_BOUNDARY, text)) {
    sentences.push({ text: text.slice(start, match.index), start });
    start = match.index! + match[0].length;
  }
  sentences.push({ text: text.slice(start), start });
  return sentences.filter((s) => s.text.trim());
}

// Bump when extract-facts.ts reads text differently in ways its patterns do not show.
const EXTRACTOR_REVISION = 2;

/** Stored with every paper's facts; changes whenever the extractor, its rules, lists or rewrites change. */
export const FACTS_VERSION = `f1-${createHash("sha256")
  .update(
    [
      EXTRACTOR_REVISION,
      ...REWRITES.map(([pattern, to]) => `${pattern.source} ${to}`),
      ...FIGURE_RULES.map((r) => `${r.kind} ${r.pattern.source} ${r.notAfter?.source ?? ""} ${r.notBefore?.source ?? ""} ${r.needs?.source ?? ""}`),
      ...Object.values(KIND_CUES).map((p) => p.source),
      ...LIST_PATTERNS.map((p) => p.source),
      ...Object.values(nameRules).flatMap((rule) => (rule instanceof RegExp ? [rule.source] : Array.isArray(rule) ? rule.map((p) => p.source) : rule instanceof Set ? [[...rule].join(" ")] : [])),
      ...OWN_NAME_PATTERNS.map((p) => p.source),
      ...[PRIOR_WORK_OPENING, PRIOR_WORK_SUBJECT, COMPARED_BEFORE, OWN_WORK, HARDWARE, DATASET_AFTER, BARE_FAMILY, NOT_A_PROPER_NAME, NAME_AFTER, ACRONYM_IN_PARENS, SENTENCE_BOUNDARY, SPELLED_OUT, LIST_PARTS].map((p) => p.source),
    ].join("\n"),
  )
  .digest("hex")
  .slice(0, 12)}`;
