import type { FactKind, Unit } from "./fact";

// The figures a compression abstract reports, as patterns. Each pattern names its number
// `n1` (and `n2` for the top of a range), optionally a unit `u`; the text before the number
// gives the qualifier. Patterns are deliberately narrow: a figure must sit next to the words
// that say what it measures ("2.4x faster", "memory by 60%"), because a wrong number on a
// card is worse than a missing one.

export type FigureRule = {
  kind: FactKind;
  pattern: RegExp;
  unit: Unit | ((match: RegExpExecArray) => Unit);
  /** Maps the parsed number(s), e.g. N:M sparsity to a percentage. */
  value?: (low: number, high: number | null, match: RegExpExecArray) => number | [number, number] | null;
  /** The figure only counts in a paper that is about this (e.g. bits need quantization words). */
  needs?: RegExp;
  /** Words right after the match that make it another kind's figure ("accuracy of 50% sparsity…"). */
  notAfter?: RegExp;
  /** Words right before it that do ("the compressed KV cache is 8x smaller" is memory). */
  notBefore?: RegExp;
  /** Whether the figures listed next to this one are read too (default: yes). */
  lists?: false;
  /** Words without which the pattern cannot match: a cheap test that spares running it on most sentences. */
  cue?: RegExp;
  /** Set below from the pattern: it can only match a sentence with "%" (or "2x"/"2×") in it. */
  requires?: "%" | "x";
};

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const n1 = `(?<n1>${NUM})`;
const n2 = `(?<n2>${NUM})`;
const TIMES = String.raw`\s?[x×]`;
const RANGE_X = `${n1}(?:${TIMES}?\\s?(?:-|–|—|~|to)\\s?${n2})?${TIMES}`;
const RANGE_PCT = `${n1}(?:\\s?%?\\s?(?:-|–|—|~|to)\\s?${n2})?\\s?%`;
const LEAD = String.raw`(?:up to |over |more than |nearly |about |around |approximately |roughly |at least |an average of |on average |only |just |less than |under |below |as much as |~\s?|\+)*`;
// The times a method shortens ("prefilling time", "wall-clock time", "time" alone is too vague).
const TIME = String.raw`(?:inference|training|running|decoding|generation|prefill(?:ing)?|encoding|rendering|sampling|wall-clock|execution|processing|response|search|convergence|end-to-end)\s?time`;
const REDUCE = String.raw`(?:reduc\w*|sav\w*|cut\w*|lower\w*|shrink\w*|compress\w*|decreas\w*|slash\w*|minimi[sz]\w*|trim\w*)`;
const ANY_WORDS = (max: number) => `(?:[\\w'.,()/-]+\\s){0,${max}}?`;

const QUANT_CONTEXT = /quanti[sz]|low[- ]bit|bit[- ]?width|precision|binari[sz]|ternary|\bW\d+A\d+|\bINT\d|\bFP[468]\b|\d[- ]bit/i;
const pct = (): Unit => "%";
// A cache or memory named just before a size figure: that figure is memory, not model size.
const KV_BEFORE = /(?:KV[- ]?cache|cache|memory|activations?)\s(?:[\w-]+\s){0,3}$/i;
// After a gain: what improved, when it is not quality ("improvement in latency", "gain in throughput").
const EFFICIENCY_AFTER = /^\s(?:in|on|of)\s(?:the\s)?(?:\w+\s)?(?:latency|speed|throughput|efficiency|memory|FLOPs|training time|inference time|time|cost|energy|size|compression|bandwidth|utili[sz]ation|batch size)/i;
const toNumber = (raw: string | undefined) => (raw === undefined ? null : Number(raw.replace(/,/g, "")));
function pair(lowRaw: string | undefined, highRaw: string | undefined): number | [number, number] | null {
  const low = toNumber(lowRaw);
  const high = toNumber(highRaw);
  if (low === null || !Number.isFinite(low)) return null;
  return high !== null && Number.isFinite(high) && high > low ? [low, high] : low;
}
const percentOrTimes = (m: RegExpExecArray): Unit => (/[x×]/.test(m.groups?.u ?? "") ? "x" : "%");

/**
 * The words without which no rule of a kind can match: a sentence is only tried against the
 * rules of the kinds whose cue it contains (and only if it holds a digit, or "ternary"/"binary").
 */
export const KIND_CUES: Record<string, RegExp> = {
  bits: /bit|W\d|INT\d|FP\d|NF\d|ternary|binar/i,
  sparsity: /spars|prun|remov|eliminat|discard|skip|drop|\d:\d/i,
  compression: /compress|smaller|size|storage|param/i,
  speedup: /speed|faster|accelerat|throughput|latency|time|TTFT|sampling|×|\dx|fold/i,
  memory: /memory|cache|VRAM/i,
  compute: /FLOP|MAC|comput|cost|token|param|expert/i,
  quality: /accura|perplex|FID|mIoU|mAP|AP\b|AP\d|Score|dB|F1|rate|score|BLEU|PSNR|SSIM|CSI|MAE|RMSE|AUC|ROC|PRO\b|Dice|IoU|recall|top-[15]|pass@|improv|outperform|surpass|exceed|beat|boost|increas|enhanc|rais|retain|recover|preserv|maintain|keep|restor|drop|loss|degrad|gap|gain|increment|margin|advantage|within/i,
  scale: /param|billion|million|expert|\dB\b|model|LLM/i,
};

export const FIGURE_RULES: FigureRule[] = [
  // bits
  {
    kind: "bits",
    pattern: new RegExp(String.raw`(?<sub>sub-)?${n1}(?:-?\s?(?:-|–|to|(?<both>and|or))\s?${n2})?(?:[- ]|\s)?bits?\b(?![- ]?(?:per (?:pixel|byte|char|character|dimension|sample|second|token|symbol)|rates?|streams?|budget of))`, "gi"),
    unit: "bits",
    value: (low, high) => (low >= 16 || (high !== null && high >= 16) ? null : high === null ? low : [low, high]),
    needs: QUANT_CONTEXT,
    // "1-bit sub-quantizations" are steps, "the best 4-bit baseline" is another method.
    notAfter: /^\s?(?:sub-|baselines?\b|counterparts?\b|competitors?\b)/,
  },
  { kind: "bits", pattern: /\bW(?<n1>\d{1,2})A\d{1,2}(?:KV\d{1,2})?\b/g, unit: "bits", value: (low) => (low < 16 ? low : null) },
  { kind: "bits", pattern: /\bW\d{1,2}A(?<n1>\d{1,2})(?:KV\d{1,2})?\b/g, unit: "bits", value: (low) => (low < 16 ? low : null) },
  { kind: "bits", pattern: /\bW\d{1,2}A\d{1,2}KV(?<n1>\d{1,2})\b/g, unit: "bits", value: (low) => (low < 16 ? low : null) },
  { kind: "bits", pattern: /\b(?:INT|FP|MXFP|NVFP|NF)(?<n1>[2-8])\b/g, unit: "bits", needs: QUANT_CONTEXT },
  { kind: "bits", pattern: /\bbinari[sz](?:e|es|ing)\s(?:the\s|both\s)?(?:weights|activations|networks?|models?)/gi, unit: "bits", value: () => 1 },
  { kind: "bits", pattern: /\bternary(?= (?:weights?|quanti[sz]\w*|LLMs?|models?|networks?|neural|language|precision|values))/gi, unit: "bits", value: () => 1.58 },
  { kind: "bits", pattern: /\bbinar(?:y|i[sz]ed)(?= (?:weights?|neural networks?|networks?|activations?|quanti[sz]\w*|LLMs?|models?))/gi, unit: "bits", value: () => 1 },

  // sparsity
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\s(?:(?:unstructured|structured|semi-structured|weight|activation|parameter|model|contextual|overall|high|extreme)\\s)?sparsity`, "gi"), unit: pct },
  { kind: "sparsity", pattern: new RegExp(`sparsity (?:ratios? |levels? |rates? )?(?:of |at |up to |to |reaching |as high as )+${RANGE_PCT}`, "gi"), unit: pct },
  {
    kind: "sparsity",
    pattern: /\b(?<n1>[1-8]):(?<n2>(?:4|8|16|32))(?=[- ](?:semi-structured |structured |fine-grained )?(?:sparsity|sparse|pattern|pruning))/g,
    unit: pct,
    value: (low, high) => (high !== null && low < high ? Math.round((1 - low / high) * 1000) / 10 : null),
  },
  {
    kind: "sparsity",
    pattern: new RegExp(`(?:prun(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|eliminat\\w+|discard\\w*|sparsif\\w+)\\s${LEAD}${RANGE_PCT}\\s(?:of\\s)?(?:the\\s|its\\s)?(?:model(?:'s)?\\s|network(?:'s)?\\s)?(?:parameters|weights|neurons|channels|attention heads|heads|layers|experts|connections)`, "gi"),
    unit: pct,
  },
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\s(?:of\\s)?(?:the\\s)?(?:model(?:'s)?\\s)?(?:parameters|weights|(?:attention\\s)?heads|experts|layers|neurons|channels|blocks)\\s(?:are\\s|can be\\s|could be\\s|is\\s)?(?:safely\\s)?(?:pruned|removed|zero|dropped|skipped)`, "gi"), unit: pct },
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\s(?:expert|weight|structured|unstructured|channel|head|layer)\\s(?:sparsity|pruning)`, "gi"), unit: pct },
  { kind: "sparsity", pattern: new RegExp(`(?:skipping|dropping|removing|pruning)\\s${LEAD}${RANGE_PCT}\\s(?:of\\s)?(?:the\\s)?(?:transformer\\s)?(?:blocks|layers|experts|heads)`, "gi"), unit: pct },

  // "40% pruning rate", "pruning ratios ranging from 20% to 60%", "70% parameter reduction" (in a paper that prunes).
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\s(?:pruning|sparsity)\\s(?:rate|ratio|level)s?`, "gi"), unit: pct },
  { kind: "sparsity", pattern: new RegExp(`(?:pruning|sparsity)\\s(?:rates?|ratios?|levels?)\\s(?:of\\s|ranging from\\s|from\\s|up to\\s|as high as\\s)+${RANGE_PCT}`, "gi"), unit: pct },
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\sparameters?\\sreduction`, "gi"), unit: pct, needs: /\bprun/i },
  { kind: "sparsity", pattern: new RegExp(`${RANGE_PCT}\\s(?:attention|activation|temporal|expert|weight|neuron|channel|head)\\ssparsity`, "gi"), unit: pct },

  // compression
  { kind: "compression", pattern: new RegExp(`${RANGE_X}\\s(?:model\\s|weight\\s|storage\\s)?(?:compression|smaller|size reduction|reduction in (?:model\\s)?size)`, "gi"), unit: "x", notAfter: /^\s(?:KV|cache|memory|activation|VRAM)/i, notBefore: KV_BEFORE },
  // Not "a compression ratio of 32×32×8" (a shape).
  { kind: "compression", pattern: new RegExp(`compression (?:ratios?|rates?|factors?) (?:of |up to |reaching |as high as |as low as )+${n1}(?:${TIMES}?\\s?(?:-|–|to)\\s?${n2})?(?<u>${TIMES}|\\s?%)?`, "gi"), unit: (m) => (m.groups?.u?.includes("%") ? "%" : "x"), notAfter: /^\s?\d/ },
  {
    kind: "compression",
    pattern: new RegExp(`${REDUCE}\\s(?:the\\s)?(?:model(?:'s)?\\s|storage\\s|weight\\s)?(?:sizes?|storage|footprint|parameter count|number of parameters)\\s(?:\\w+\\s){0,3}?by\\s${LEAD}${n1}(?<u>\\s?%|${TIMES})`, "gi"),
    unit: percentOrTimes,
  },
  {
    kind: "compression",
    // Not "accelerating compression by 25x" nor "compressed models speed up inference by 22%".
    // Nor "compresses the KV cache by 4x": that is memory.
    pattern: new RegExp(`(?<!(?:accelerat|speed|cache|memory|KV)\\w*\\s(?:(?:is|are|was|can be)\\s)?)compress(?!or)\\w*\\s(?:(?!speed|accelerat|latency|inference|faster|KV|cache|memory|activation)\\w+\\s){0,4}?by\\s${LEAD}${n1}(?<u>\\s?%|${TIMES})`, "gi"),
    unit: percentOrTimes,
  },
  { kind: "compression", pattern: new RegExp(`${RANGE_PCT}\\s(?:smaller|reduction in (?:model\\s)?size|size reduction|model size reduction)`, "gi"), unit: pct, notAfter: /^\s(?:KV|cache|memory|activation)/i, notBefore: KV_BEFORE },
  { kind: "compression", pattern: new RegExp(`${RANGE_X}\\s(?:model size compression|compressed|smaller models?|storage (?:size )?reduction)`, "gi"), unit: "x" },
  { kind: "compression", pattern: new RegExp(`(?:storage|model) size reduction of ${LEAD}${RANGE_X}`, "gi"), unit: "x" },
  // Activated parameters are compute, not size ("reduce activated parameters by 15%").
  { kind: "compression", pattern: new RegExp(`(?<!(?:activated|active|trainable|learnable|tunable)\\s)(?:parameters|parameter (?:count|number)|number of parameters|model size)\\s(?:\\w+\\s){0,2}?by\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },
  { kind: "compression", pattern: new RegExp(`compress(?:es|ed|ing)?\\s${LEAD}${RANGE_PCT}\\sof\\s(?:the\\s)?(?:model|weights|parameters)`, "gi"), unit: pct },
  { kind: "compression", pattern: new RegExp(`${RANGE_PCT}\\smore\\scompression`, "gi"), unit: pct },
  // "with 40% fewer parameters", "using 4.5x fewer parameters" (not "fewer trainable parameters": that is fine-tuning).
  { kind: "compression", pattern: new RegExp(`${RANGE_PCT}\\sfewer\\s(?:total\\s)?parameters`, "gi"), unit: pct },
  { kind: "compression", pattern: new RegExp(`${RANGE_X}\\sfewer\\s(?:total\\s)?parameters`, "gi"), unit: "x" },
  // "reduces training time by 75% and model storage by 98%".
  { kind: "compression", pattern: new RegExp(`(?<=\\b${REDUCE}\\s(?:(?!increas)[^.;]){0,80}?\\band\\s)(?:the\\s)?(?:model\\s)?(?:sizes?|storage|parameters|parameter count)(?:\\s(?:size|footprint))?\\sby\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },
  { kind: "compression", pattern: /\bhalv(?:es|ed|ing|e)\s(?:the\s)?(?:model(?:'s)?\s)?(?:size|storage|parameters|parameter count)/gi, unit: pct, value: () => 50 },
  { kind: "compute", pattern: new RegExp(`(?:activated|active)\\sparameters\\s(?:\\w+\\s){0,2}?by\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },

  // speedup
  {
    kind: "speedup",
    pattern: new RegExp(
      `${RANGE_X}\\s?(?:[\\w-]+\\s){0,2}?(?:speed[- ]?ups?|faster|acceleration|(?:higher|greater|more)\\s(?:\\w+\\s)?throughput|throughput|lower\\s(?:\\w+\\s){0,2}?latency|latency reduction|reduction in (?:\\w+\\s)?(?:latency|${TIME})|speedup ratio|(?:[\\w-]+\\s)?speed(?![\\w-]|\\s?of))`,
      "gi",
    ),
    unit: "x",
  },
  {
    kind: "speedup",
    pattern: new RegExp(`(?:speed[- ]?ups?|speeds? up|accelerat\\w+|throughput|latency|${TIME}|runtime|time-to-first-token|TTFT|sampling|speed(?:\\sboosts?)?)\\s(?:${ANY_WORDS(5)}(?<!\\bup\\s)(?<prep>by|of|to|reaching|achieving)\\s|(?=up to\\s))${LEAD}(?:${RANGE_X}|${RANGE_PCT.replace(/n1/g, "p1").replace(/n2/g, "p2")})`, "gi"),
    unit: (m) => (m.groups?.p1 ? "%" : "x"),
    // "reduce the runtime to 1.6% of its baseline" is what is left, not a speedup.
    value: (low, high, m) => (m.groups?.p1 && m.groups.prep === "to" ? null : pair(m.groups?.p1 ?? m.groups?.n1, m.groups?.p2 ?? m.groups?.n2)),
    needs: /latency|faster|speed|time|throughput|accelerat/i,
  },
  // "consistent speedups: 8.7× on GSM8K", "higher throughput (6.8× on GSM8K)".
  { kind: "speedup", pattern: new RegExp(`(?:speed[- ]?ups?|throughput|acceleration)\\s?(?::|\\(|,)\\s?${LEAD}${RANGE_X}`, "gi"), unit: "x" },
  // "throughput up to 3× higher", "a 10% absolute improvement in decoding speed".
  { kind: "speedup", pattern: new RegExp(`(?:throughput|speed)\\s${LEAD}${RANGE_X}\\s(?:higher|faster|greater)`, "gi"), unit: "x" },
  { kind: "speedup", pattern: new RegExp(`${RANGE_PCT}\\s(?:(?:absolute|relative|average)\\s)?(?:improvement|increase|gain)\\sin\\s(?:the\\s)?(?:[\\w-]+\\s)?(?:speed|throughput)`, "gi"), unit: pct },
  {
    kind: "speedup",
    pattern: new RegExp(`${RANGE_PCT}\\s(?:[\\w-]+\\s){0,2}?(?:latency reduction|reduction in (?:\\w+\\s)?(?:latency|runtime|${TIME})|lower (?:\\w+\\s)?latency|speed[- ]?ups?|faster|increase in (?:\\w+\\s)?throughput|higher (?:\\w+\\s)?throughput|throughput (?:improvement|gain|increase)|(?:running|inference|training|decoding) time (?:savings?|reduction))`, "gi"),
    unit: pct,
  },
  // "a 7.42 speedup ratio", "over a 20× increase in computational efficiency", "improving efficiency by up to 150%".
  { kind: "speedup", pattern: new RegExp(`${n1}${TIMES}?\\sspeedup ratio`, "gi"), unit: "x" },
  { kind: "speedup", pattern: new RegExp(`${RANGE_X}\\s(?:increase|improvement|gain)\\sin\\s(?:the\\s)?(?:computational\\s|inference\\s|decoding\\s|training\\s|generation\\s)?(?:efficiency|speed|throughput)`, "gi"), unit: "x" },
  { kind: "speedup", pattern: new RegExp(`improv\\w*\\s(?:the\\s)?(?:computational\\s|inference\\s|training\\s|decoding\\s)?efficiency\\sby\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },

  // memory
  { kind: "memory", pattern: new RegExp(`${RANGE_PCT}\\s(?:(?:GPU|peak|KV[- ]cache|KV|cache|activation|training)\\s)?memory\\s(?:savings?|reduction|footprint reduction|usage reduction)`, "gi"), unit: pct },
  { kind: "memory", pattern: new RegExp(`${RANGE_PCT}\\s(?:less|lower|smaller|fewer)\\s(?:GPU\\s|peak\\s)?(?:memory|KV[- ]cache|KV\\s(?:cache\\s)?(?:footprint|size|memory))`, "gi"), unit: pct },
  {
    kind: "memory",
    pattern: new RegExp(`${REDUCE}\\s${ANY_WORDS(3)}(?:memory|VRAM|KV[- ]cache|cache)(?:\\s(?:usage|footprint|consumption|size|cost|overhead|requirements?|budget|demands?))?\\s(?:by\\s)?${LEAD}${n1}(?<u>\\s?%|${TIMES})`, "gi"),
    unit: percentOrTimes,
  },
  { kind: "memory", pattern: new RegExp(`${RANGE_X}\\s(?:less|lower|smaller|reduction in|fewer)\\s(?:GPU\\s|peak\\s)?(?:memory|KV[- ]cache)`, "gi"), unit: "x" },
  { kind: "memory", pattern: new RegExp(`${RANGE_X}\\s(?:(?:GPU|peak|KV[- ]cache|KV|cache)\\s)?(?:memory\\s)?(?:reduction|savings?|compression)(?=\\s(?:in|of|for)\\s(?:the\\s)?(?:GPU\\s)?(?:memory|KV))`, "gi"), unit: "x" },
  { kind: "memory", pattern: new RegExp(`${RANGE_X}\\s(?:KV[- ]cache|memory)\\s(?:reduction|savings?|compression)`, "gi"), unit: "x" },
  {
    kind: "memory",
    pattern: new RegExp(`${REDUCE}\\s(?:the\\s)?(?:GPU\\s|peak\\s)?(?:memory|KV[- ]cache)(?:\\s(?:usage|footprint|consumption|size|cost|overhead|requirements?))?\\sby\\s(?:as much as\\s)?${LEAD}${RANGE_PCT}`, "gi"),
    unit: pct,
  },
  { kind: "memory", pattern: new RegExp(`(?:consum\\w*|us(?:e|es|ed|ing)|requir\\w*|need\\w*|with) ${LEAD}${RANGE_PCT}\\sof\\s(?:the\\s)?(?:GPU\\s)?(?:memory|KV[- ]cache|KV\\s(?:cache\\s)?(?:footprint|size|memory))`, "gi"), unit: pct },
  // Passive and intransitive: "the memory footprint is reduced by 40%", "memory usage decreases by 35%", "training memory drops by 40%".
  {
    kind: "memory",
    pattern: new RegExp(`(?:memory|VRAM|KV[- ]cache)(?:\\s(?:usage|footprint|consumption|size|cost|overhead|requirements?|demands?))?\\s(?:is\\s|are\\s|was\\s|were\\s|can be\\s|gets?\\s)?(?:reduced|decreased|cut|lowered|compressed|drops?|dropped|decreases?|shrinks?|shrunk|falls?)\\s(?:by\\s)?${LEAD}${n1}(?<u>\\s?%|${TIMES})`, "gi"),
    unit: percentOrTimes,
  },
  // "saves 50% memory", "saving 40% of the GPU memory".
  { kind: "memory", pattern: new RegExp(`sav\\w*\\s${LEAD}${RANGE_PCT}\\s(?:of\\s)?(?:the\\s)?(?:(?:GPU|peak|training|inference)\\s)?(?:memory|VRAM|KV[- ]cache)`, "gi"), unit: pct },

  // "a memory reduction of 31.1%-39.9%", "6.4× reduction in memory usage", "up to 75% reduction in VRAM usage".
  { kind: "memory", pattern: new RegExp(`(?:memory|VRAM|KV[- ]cache)\\s(?:usage\\s|footprint\\s|consumption\\s)?(?:reduction|savings?|decrease)\\sof\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },
  { kind: "memory", pattern: new RegExp(`(?:memory|VRAM|KV[- ]cache)\\s(?:usage\\s|footprint\\s|consumption\\s)?(?:reduction|savings?|decrease)\\sof\\s${LEAD}${RANGE_X}`, "gi"), unit: "x" },
  { kind: "memory", pattern: new RegExp(`(?:${RANGE_PCT}|${RANGE_X.replace(/n1/g, "x1").replace(/n2/g, "x2")})\\s(?:reduction|decrease|drop|savings?)\\sin\\s(?:the\\s)?(?:(?:peak|GPU|training|inference|total|KV[- ]cache)\\s){0,2}(?:memory|VRAM|KV[- ]cache)`, "gi"), unit: (m) => (m.groups?.x1 ? "x" : "%"), value: (_low, _high, m) => pair(m.groups?.n1 ?? m.groups?.x1, m.groups?.n2 ?? m.groups?.x2) },
  // "reducing prefill latency by 20-60% and peak memory usage by 35%": memory as the second object of a reduction.
  {
    kind: "memory",
    pattern: new RegExp(`(?<=\\b${REDUCE}\\s(?:(?!increas)[^.;]){0,80}?\\band\\s)(?:the\\s)?(?:(?:peak|GPU|training|inference|total)\\s)?(?:memory|VRAM|KV[- ]cache)(?:\\s(?:usage|footprint|consumption|cache|cost|requirements?))?\\sby\\s${LEAD}${RANGE_PCT}`, "gi"),
    unit: pct,
  },
  // What is left: "reduces KV cache memory footprint to 27% of the original", "using only 12% of the original KV cache".
  { kind: "memory", pattern: new RegExp(`(?:memory|VRAM|KV[- ]cache)(?:\\s(?:memory|usage|footprint|consumption|size))*\\sto\\s${LEAD}${RANGE_PCT}\\sof\\s(?:the|its)\\s(?:original|full|baseline|uncompressed|dense)`, "gi"), unit: pct },
  { kind: "memory", pattern: new RegExp(`(?:consuming|using|requiring|with|retaining|keeping) ${LEAD}${RANGE_PCT}\\sof\\s(?:the\\s|its\\s)?(?:original\\s|full\\s)(?:GPU\\s)?(?:memory|KV[- ]cache)`, "gi"), unit: pct },

  // compute (the phrase with its verb first: "reducing more than 30% active parameters")
  {
    kind: "compute",
    pattern: new RegExp(`${REDUCE}\\s${LEAD}${RANGE_PCT}\\s(?:(?:of|in)\\s)?(?:the\\s)?(?:FLOPs|active parameters|computation|compute|inference costs?|MACs|computational (?:cost|overhead))`, "gi"),
    unit: pct,
  },
  { kind: "compute", pattern: new RegExp(`${RANGE_PCT}\\s(?:fewer\\s|less\\s|lower\\s)?(?:FLOPs|FLOPS|computation(?:al cost)?|compute|inference costs?|active parameters|MACs|GFLOPs)(?:\\s(?:reduction|savings?))?`, "g"), unit: pct },

  {
    kind: "compute",
    pattern: new RegExp(`${REDUCE}\\s(?:the\\s)?(?:FLOPs|computation(?:al)?(?:\\scost|\\soverhead)?|compute|(?:inference|training)\\scosts?|active parameters|MACs|number of (?:activated|active) (?:experts|parameters)|(?:activated|active) experts)\\s(?:\\w+\\s){0,2}?by\\s${LEAD}${n1}(?<u>\\s?%|${TIMES})`, "gi"),
    unit: percentOrTimes,
  },
  { kind: "compute", pattern: new RegExp(`${RANGE_X}\\s(?:fewer|less|lower)\\s(?:FLOPs|compute|computation|training tokens|tokens)`, "gi"), unit: "x" },
  { kind: "compute", pattern: new RegExp(`${RANGE_X}\\s(?:(?:FLOPs?|GMACs|MACs|compute|computation(?:al)?|inference|training)\\s(?:cost\\s)?|cost\\s)reduction`, "gi"), unit: "x" },
  { kind: "compute", pattern: new RegExp(`${RANGE_PCT}(?:\\sand\\s${NUM}\\s?%)?\\s(?:FLOPs|FLOP|GMACs|MACs|token|computation(?:al)? cost)\\sreduction`, "gi"), unit: pct },
  { kind: "compute", pattern: new RegExp(`(?:using|us(?:e|es|ed)|with|requir\\w*|need\\w*|consum\\w*|activat\\w+) ${LEAD}${RANGE_PCT}(?:\\s\\(maybe even [\\d.]+%\\))?\\s(?:of\\s)?(?:the\\s)?(?:computations?|compute|FLOPs|pretraining tokens|training tokens|activated parameters|active parameters|(?<=activat\\w+\\s.*)parameters)`, "gi"), unit: pct },
  { kind: "compute", pattern: new RegExp(`${REDUCE}\\s(?:GMACs|MACs|GFLOPs)\\sby\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },
  // Tokens are compute: "pruning 88.9% of visual tokens", "reduce visual tokens by over 90%", "using only 11.1% of the tokens".
  { kind: "compute", pattern: new RegExp(`(?:prun\\w*|remov\\w*|drop\\w*|discard\\w*|eliminat\\w*|reduc\\w*|compress\\w*|merg\\w*|skipp?\\w*)\\s${LEAD}${RANGE_PCT}\\sof\\s(?:the\\s)?(?:(?:visual|vision|image|video|input|prompt|text|redundant)\\s)?tokens`, "gi"), unit: pct },
  { kind: "compute", pattern: new RegExp(`${REDUCE}\\s(?:the\\s)?(?:number\\sof\\s|total\\s)?(?:(?:visual|vision|image|video|input|prompt)\\s)?tokens?(?:\\scounts?)?\\sby\\s${LEAD}${RANGE_PCT}`, "gi"), unit: pct },
  { kind: "compute", pattern: new RegExp(`(?:using|with|retaining|keeping)\\s${LEAD}${RANGE_PCT}\\s(?:of\\s(?:the\\s)?(?:original\\s)?)?(?:(?:visual|vision|image|video|input)\\s)?tokens`, "gi"), unit: pct },
  // What the method costs on top ("only 1.1% extra FLOPs").
  { kind: "compute", pattern: new RegExp(`${LEAD}${RANGE_PCT}\\s(?:extra|additional|more)\\s(?:FLOPs|computation|compute|inference cost)`, "gi"), unit: pct },

  // quality
  {
    kind: "quality",
    pattern: new RegExp(`(?:accuracy|performance|perplexity|quality)\\s(?:drop|loss|degradation|decrease|gap)\\s(?:(?:is|was|remains|stays)\\s(?:only\\s)?(?:less than\\s|below\\s|under\\s|within\\s|at most\\s)?|of\\s|within\\s|below\\s|under\\s)${LEAD}${n1}(?<u>\\s?%)?`, "gi"),
    cue: /drop|loss|degrad|decrease|gap/i, unit: (m) => (m.groups?.u ? "%" : ""),
  },
  { kind: "quality", pattern: new RegExp(`${RANGE_PCT}\\s(?:(?:average|absolute|relative|top-1|zero-shot|mean)\\s)?(?:accuracy|performance)\\s(?:drop|loss|degradation|decrease|gap)`, "gi"), cue: /drop|loss|degrad|decrease|gap/i, unit: pct },
  // "less than 1% increase in perplexity", "within 1% of FP16 accuracy".
  { kind: "quality", pattern: new RegExp(`${RANGE_PCT}\\s(?:increase|rise|degradation|drop)\\sin\\s(?:\\w+\\s)?(?:perplexity|accuracy|error|loss)`, "gi"), cue: /increase|rise|degrad|drop/i, unit: pct },
  { kind: "quality", pattern: new RegExp(`within\\s${LEAD}${n1}\\s?%\\sof\\s(?:the\\s|its\\s)?(?:FP16|BF16|FP32|full[- ]precision|dense|original|uncompressed|unpruned|baseline|teacher|full)`, "gi"), cue: /within/i, unit: pct },
  {
    kind: "quality",
    pattern: new RegExp(`(?:retain\\w*|recover\\w*|preserv\\w*|maintain\\w*|keep\\w*|restor\\w*)\\s${LEAD}${RANGE_PCT}\\s(?:of\\s(?:the\\s|its\\s)?)?${ANY_WORDS(3)}(?:accuracy|performance|quality|capabilit\\w+)`, "gi"),
    cue: /retain|recover|preserv|maintain|keep|restor/i, unit: pct,
  },
  {
    kind: "quality",
    // "improving efficiency by 150%" is not quality: the words between name what improved.
    pattern: new RegExp(`(?:outperform\\w*|surpass\\w*|improv\\w*|exceed\\w*|beat\\w*|boost\\w*|increas\\w*|rais\\w*|enhanc\\w*|elevat\\w*)\\s(?:(?!efficien|speed|compress|throughput|latency|memory|cost|time|FLOP|param|size|energy|token|sparsi|bits?\\b|rank|fps|hardware|utili[sz]|bias|error|loss|forgett|hallucinat|toxic|risk|variance)[\\w'.,()/-]+\\s){0,8}?by\\s${LEAD}${RANGE_PCT}`, "gi"),
    cue: /\bby\b/, unit: pct,
    notAfter: /^\s?(?:of\s(?:the\s)?(?:parameters|weights|FLOPs|memory)|fewer|less|lower|smaller|faster|speed|throughput|latency|memory|FLOPs|compression|sparsity)/i,
  },
  // "outperforms the Switch Transformer by 2 BLEU scores", "surpasses … by 6.1 mIoU", "improves scores by over 1.28 points".
  {
    kind: "quality",
    pattern: new RegExp(`(?:outperform\\w*|surpass\\w*|improv\\w*|exceed\\w*|beat\\w*|boost\\w*|increas\\w*|enhanc\\w*)\\s(?:(?!efficien|speed|throughput|latency|memory|cost|time|FLOP)[\\w'.,()/-]+\\s){0,8}?by\\s${LEAD}${n1}\\s(?:(?:absolute|average|percentage)\\s)?(?:points?|pp|p\\.p\\.|mIoU|mAP|AP|BLEU|FID|dB|PSNR|ROUGE(?:-[L12])?|CIDEr|F1|accuracy|perplexity|PPL)\\b`, "gi"),
    cue: /\bby\b/, unit: "",
  },
  { kind: "quality", pattern: new RegExp(`perplexity (?:of |at |to )${n1}(?!\\s?[%x×])`, "gi"), cue: /perplexity/i, unit: "" },
  {
    kind: "quality",
    pattern: new RegExp(`(?<![\\d.-])\\+?${RANGE_PCT}\\s(?:(?:top-1|top-5|Top-1|Top-5|average|overall|mean|zero-shot|absolute|relative|box|mask|validation|test|image-level|pixel-level|detection|classification|segmentation|retrieval|higher|better|maj@\\d+|pass@\\d+|exact|macro|micro|weighted|balanced)\\s){0,3}(?:accuracy|accuracies|mIoU|mAP|AP|average precision|F1(?:-score)?|pass rate|success rate|win rate|drive score|exact match|improvement|gain|performance (?:improvement|gain)|scores?|AU-?ROC|AUROC|AU-?PRO|AUPRO|AUC|recall|top-1|Top-1|top-5|Top-1 accuracy|pass@1|Pass@1|IoU|Dice|mAP\\d+|AP\\d+|[A-Z][A-Za-z]*Score|(?:MAE|RMSE|WER|CER|error|EER)\\s(?:reduction|decrease))\\b(?!\\s(?:of\\s(?:the\\s)?(?:parameters|weights|FLOPs)|fewer|less))`, "g"),
    unit: pct,
    // "40% improvement in latency" is a speedup.
    notAfter: EFFICIENCY_AFTER,
  },
  {
    kind: "quality",
    pattern: new RegExp(`(?:accuracy|accuracies|mIoU|mAP|AP|FID(?:-\\d+K)?|IS|F1|pass rate|success rate|win rate|PSNR|BLEU|scores?|perplexity|Pass@1|pass@1|\\(IS\\)|\\(FID\\))\\s(?:[\\w-]+\\s){0,5}?from\\s${NUM}\\s?%?\\sto\\s${n1}(?<u>\\s?%)?(?!\\s?[x×\\d]|\\s?-?bits?\\b)`, "g"),
    cue: /\bfrom\b/, unit: (m) => (m.groups?.u ? "%" : ""),
  },
  {
    kind: "quality",
    // Not the baseline's own figure ("compared to a baseline RAG win rate of 31.1%").
    pattern: new RegExp(`(?<!baseline\\s(?:[\\w-]+\\s)?)(?:accuracy|accuracies|mIoU|mIOU|mAP\\d*|AP\\d+|FID(?:-\\d+K)?|F1|pass rate|success rate|win rate|BLEU|PSNR|SSIM|CSI|MAE|RMSE|AUC|AU-?ROC|Dice|IoU|ROUGE(?:-[L12])?|CIDEr|perplexity|retention rates?|recall|Pass@1|pass@1|[A-Z][A-Za-z]*Score|\\(AP\\)|\\(mAP\\)|\\(FID\\)|\\(IS\\))(?:\\s(?:scores?|values?))?(?:\\s\\(\\w+\\))?\\s(?:of|reaching|exceed\\w*|above|over|reach\\w*)\\s${LEAD}${n1}(?<u>\\s?%)?(?!\\d|\\.\\d|\\s?[x×]|\\s?-?\\s?bits?\\b)`, "gi"),
    unit: (m) => (m.groups?.u ? "%" : ""),
    notAfter: /^\s?(?:sparsity|sparse|pruning|compression|precision|recall|of (?:the )?(?:parameters|weights|FLOPs|memory)|fewer|less|lower|smaller|faster)/i,
  },
  // "removal accuracy 100%".
  {
    kind: "quality",
    pattern: new RegExp(`(?:accuracy|accuracies|mIoU|mAP|F1|pass rate|success rate|win rate|recall)\\s${n1}\\s?%`, "g"),
    unit: pct,
    notAfter: /^\s?(?:sparsity|sparse|pruning|compression|precision|recall|of (?:the )?(?:parameters|weights|FLOPs|memory)|fewer|less|lower|smaller|faster)/i,
  },
  // "achieves 1.63 MAE", "achieve impressive 0.2428 mIOU score", "reaches 47.3 mIoU".
  {
    kind: "quality",
    pattern: new RegExp(`(?:achiev\\w*|attain\\w*|reach\\w*|obtain\\w*|yield\\w*|scor\\w*)\\s(?:an?\\s)?(?:(?:impressive|new|record|state-of-the-art|competitive|average|mean)\\s)?${n1}\\s(?:MAE|RMSE|mIoU|mIOU|mAP|AP|FID|BLEU|PSNR|dB\\sPSNR|CSI|CIDEr|ROUGE(?:-[L12])?|F1)\\b`, "g"),
    cue: /achiev|attain|reach|obtain|yield|scor/i, unit: "",
  },
  // "an average performance improvement of 0.51%", "a maximum accuracy gain of 5.95%", "improvement margin of 1.33".
  {
    kind: "quality",
    pattern: new RegExp(`(?<!(?:speed|throughput|latency|efficiency|memory|compression|FLOPs?|cost|time)\\s)(?:improvements?|gains?|increments?|boosts?|margins?|advantages?)\\s(?:(?!in\\s(?:speed|throughput|latency|efficiency|memory))[\\w-]+\\s){0,2}?of\\s${LEAD}${n1}(?<u>\\s?%|\\s(?:points?|pp|mIoU|AP|BLEU|FID)\\b)?`, "g"),
    cue: /improvement|gain|increment|boost|margin|advantage/i, unit: (m) => (m.groups?.u?.includes("%") ? "%" : ""),
    value: (low, _high, m) => (m.groups?.u || /margin/i.test(m[0]) ? low : null),
    notAfter: /^\s?(?:×|x\b|times|-?fold|orders?|in\s(?:speed|throughput|latency|efficiency|memory|FLOPs|inference))/i,
  },
  // "around 27% improved performance", "a 22% higher accuracy".
  { kind: "quality", pattern: new RegExp(`${RANGE_PCT}\\s(?:improved|better|higher|increased)\\s(?:(?:average|overall|top-1|zero-shot)\\s)?(?:performance|accuracy|scores?)`, "gi"), cue: /improved|better|higher|increased/i, unit: pct },
  // "the minimum drop of 2.6% in GenEval score", "a loss of only 0.5% in accuracy".
  { kind: "quality", pattern: new RegExp(`(?:drop|loss|degradation|decrease)\\sof\\s${LEAD}${RANGE_PCT}\\sin\\s(?:[\\w-]+\\s){0,2}?(?:accuracy|score|performance|perplexity|quality|mIoU|mAP|F1)`, "gi"), cue: /drop|loss|degrad|decrease/i, unit: pct },
  // "an average performance retention of 87.2%", "which is 90% of the original performance".
  { kind: "quality", pattern: new RegExp(`(?:performance|accuracy|quality)\\sretention(?:\\srate)?\\sof\\s${LEAD}${RANGE_PCT}`, "gi"), cue: /retention/i, unit: pct },
  { kind: "quality", pattern: new RegExp(`${RANGE_PCT}\\sof\\s(?:the\\s|its\\s)?(?:original|full|dense|baseline|uncompressed|unpruned|unquantized|full-precision|teacher(?:'s)?)\\s(?:model(?:'s)?\\s)?(?:performance|accuracy|quality|capabilit\\w+)`, "gi"), cue: /original|full|dense|baseline|uncompressed|unpruned|unquantized|teacher/i, unit: pct },
  // "over 0.6 dB PSNR gain", "a +1.4 Top-1 accuracy improvement", "+8.0 pp".
  { kind: "quality", pattern: new RegExp(`${n1}\\s?dB\\s(?:(?:PSNR|SNR|SI-SDR|SDR)\\s)?(?:gains?|improvements?|increase|higher)`, "gi"), cue: /dB/, unit: "" },
  { kind: "quality", pattern: new RegExp(`\\+${n1}\\s(?:(?:absolute|average|top-1|Top-1|mIoU|mAP|AP|BLEU|F1)\\s){0,2}(?:accuracy\\s|points?\\s|pp\\s)?(?:improvements?|gains?|increase|boost)`, "g"), cue: /\+/, unit: "" },

  // "0.7 lower perplexity than GPTQ", "3.4 points higher average accuracy".
  {
    kind: "quality",
    pattern: new RegExp(`(?<![\\d.])${n1}(?<u>\\s?%)?\\s(?:(?:points?|pp)\\s)?(?:lower|higher|better)\\s(?:(?:average|mean|overall|top-1|zero-shot)\\s)?(?:perplexity|PPL|accuracy|FID|BLEU|mIoU|mAP|scores?|F1)`, "gi"),
    cue: /lower|higher|better/i, unit: (m) => (m.groups?.u ? "%" : ""),
  },
  // "accuracy drops by only 0.5%", "the perplexity increases by only 0.3", "matches the accuracy of the dense model within 0.2%".
  {
    kind: "quality",
    pattern: new RegExp(`(?:accuracy|performance|perplexity|PPL|quality)\\s(?:only\\s)?(?:drops?|dropped|decreases?|decreased|degrades?|degraded|falls?|increases?|increased|rises?)\\s(?:by\\s)?${LEAD}${n1}(?<u>\\s?%)?(?!\\d|\\.\\d|\\s?[x×])`, "gi"),
    cue: /drop|decreas|degrad|fall|increas|rise/i, unit: (m) => (m.groups?.u ? "%" : ""),
  },
  { kind: "quality", pattern: new RegExp(`(?:accuracy|performance|perplexity|quality)\\s(?:[\\w-]+\\s){0,5}?within\\s${LEAD}${n1}\\s?%`, "gi"), cue: /within/i, unit: pct },
  // "reducing the zero-shot accuracy gap … to 1.12%".
  { kind: "quality", pattern: new RegExp(`(?:accuracy|performance|perplexity) gap\\s(?:[\\w-]+\\s){0,8}?to\\s${LEAD}${n1}\\s?%`, "gi"), cue: /gap/i, unit: pct },

  // scale
  {
    kind: "scale",
    pattern: new RegExp(`${n1}(?:\\s?(?<u1>[BM])?\\s?(?:-|–|to)\\s?${n2})?\\s?(?<u>[BM])(?:\\s|-)(?:parameters?|params|parameter)\\b`, "g"),
    unit: (m) => (m.groups?.u === "M" ? "M" : "B"),
  },
  {
    kind: "scale",
    pattern: new RegExp(`${n1}(?:\\s?(?:-|–|to)\\s?${n2})?\\s(?<u>billion|million)(?:\\s|-)(?:(?:total|active|activated)\\s)?parameters?`, "gi"),
    unit: (m) => (m.groups?.u?.toLowerCase() === "million" ? "M" : "B"),
  },
  { kind: "scale", pattern: new RegExp(`${n1}\\s?(?<u>[BM])\\s(?:total|active|activated)\\sparameters`, "g"), unit: (m) => (m.groups?.u === "M" ? "M" : "B") },
  { kind: "scale", pattern: new RegExp(`(?<![\\w.-])${n1}\\s?(?<u>B)\\s(?:LLMs?|models?|language models?|dense models?|MoE models?)\\b`, "g"), unit: "B" },
  { kind: "scale", pattern: new RegExp(`${n1}(?:\\s?(?:-|–|to)\\s?${n2})?\\s(?<u>trillion)(?:\\s|-)(?:total\\s)?parameters?`, "gi"), cue: /trillion/i, unit: "B", value: (low, high) => (high !== null && high > low ? [low * 1000, high * 1000] : low * 1000) },
  // "72 billion total parameters, 16 billion of which are activated".
  { kind: "scale", pattern: new RegExp(`${n1}\\s(?<u>billion|million)\\sof\\swhich`, "gi"), cue: /of which/i, unit: (m) => (m.groups?.u?.toLowerCase() === "million" ? "M" : "B") },
  { kind: "scale", pattern: new RegExp(`(?<![\\w.-])${n1}\\s(?:routed\\s|fine-grained\\s|total\\s)?experts\\b`, "gi"), unit: "experts" },
];

// Most sentences hold no "%" and no "2x": the rules that need one are not tried on them.
for (const rule of FIGURE_RULES) {
  const source = rule.pattern.source;
  if (source.includes(RANGE_PCT) || source.includes(`${n1}\\s?%\\s`)) rule.requires = "%";
  else if (source.includes(RANGE_X) && !source.includes("p1")) rule.requires = "x";
}
