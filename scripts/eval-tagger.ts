// Scores the tagger: `npm run eval:tagger [-- --titles-only] [--errors] [--all]`.
// Prints, per technique, the curated set (precision, recall, F1) beside the arXiv stream estimate
// (the stratified sample weighted up to the 40,703 listings it was drawn from), on the held-out
// parts that no rule or weight was tuned on; --all adds the design parts.
import { parseArgs } from "node:util";
import { evaluateTagger } from "@/lib/tagging/evaluate";
import { calibrationOnStream, estimateOnStream, type StreamPaper } from "@/lib/tagging/stream-estimate";
import { confidentTags, tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION, TECHNIQUE_SLUGS } from "@/lib/tagging/compile-taxonomy";
import { designPart, heldOutPart, readLabelledSets } from "@/scripts/lib/labelled-sets";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      "titles-only": { type: "boolean", default: false },
      errors: { type: "boolean", default: false },
      all: { type: "boolean", default: false },
    },
  });
  const titlesOnly = values["titles-only"];
  const sets = readLabelledSets();
  const predict = (paper: { title: string; abstract: string }) =>
    confidentTags(tagPaper({ title: paper.title, abstract: titlesOnly ? null : paper.abstract })).map((tag) => tag.slug);

  console.log(`tagger ${TAGGER_VERSION}, ${titlesOnly ? "titles only" : "titles + abstracts"}`);
  const parts = values.all ? (["held-out", "design"] as const) : (["held-out"] as const);
  for (const part of parts) {
    const pick = part === "held-out" ? heldOutPart : designPart;
    const curated = evaluateTagger(pick(sets.curated), TECHNIQUE_SLUGS, predict);
    const stream = estimateOnStream(pick(sets.stream), sets.strata, TECHNIQUE_SLUGS, predict);
    console.log(`\n${part} part: curated ${curated.papers} papers · stream ${stream.papers} papers (${stream.ambiguousSkipped} marked ambiguous left out)`);
    console.log(`${"".padEnd(14)}${"curated".padEnd(27)}stream estimate (40,703 listings)`);
    console.log(`${"technique".padEnd(14)}${"P".padStart(6)}${"R".padStart(7)}${"F1".padStart(7)}${"".padEnd(7)}${"P".padStart(6)}${"R".padStart(7)}${"F1".padStart(7)}   sample tp/fp/fn by stratum`);
    curated.perTechnique.forEach((c, i) => {
      const s = stream.perTechnique[i];
      const strata = Object.entries(s.byStratum).map(([name, n]) => `${name} ${n.tp}/${n.fp}/${n.fn}`).join(", ");
      console.log(`${c.slug.padEnd(14)}${f(c.precision)}${f(c.recall, 7)}${f(c.f1, 7)}${"".padEnd(7)}${f(s.precision)}${f(s.recall, 7)}${f(s.f1, 7)}   ${strata}`);
    });
    console.log(`${"macro-F1".padEnd(14)}${"".padEnd(13)}${f(curated.macroF1, 7)}${"".padEnd(20)}${f(stream.macroF1, 7)}`);
    const bins = calibrationOnStream(pick(sets.stream), sets.strata, (p) => tagPaper({ title: p.title, abstract: titlesOnly ? null : p.abstract }));
    console.log(`calibration on the stream (all tags, tentative included): ${bins.map((b) => `${b.from.toFixed(1)}-${b.to.toFixed(1)}: ${(b.rightShare * 100).toFixed(0)}% right of ${b.tags}`).join(" · ")}`);
    if (values.errors) printStreamErrors(pick(sets.stream), predict);
  }
});

function f(value: number, width = 6) {
  return value.toFixed(3).padStart(width);
}

function printStreamErrors(papers: readonly StreamPaper[], predict: (p: { title: string; abstract: string }) => string[]) {
  for (const p of papers) {
    if (p.ambiguous) continue;
    const got = predict(p);
    const missed = p.labels.filter((l) => !got.includes(l));
    const extra = got.filter((l) => !p.labels.includes(l));
    if (missed.length || extra.length) console.log(`  ${p.id} ${p.stratum} missed [${missed}] extra [${extra}] ${p.title.slice(0, 80)} | ${p.note}`);
  }
}
