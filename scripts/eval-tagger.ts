// Scores the tagger on the labelled set: `npm run eval:tagger [-- --titles-only] [--errors] [--file path]`.
// Fails (exit 1) when macro-F1 < 0.90 or any precision < 0.90 on titles with abstracts.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateTagger, formatReport, isHeldOut, parseEvalSet } from "@/lib/tagging/evaluate";
import { tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION, TECHNIQUE_SLUGS } from "@/lib/tagging/techniques";
import { runCli } from "@/scripts/run-cli";

const MIN_MACRO_F1 = 0.9;
const MIN_PRECISION = 0.9;

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      "titles-only": { type: "boolean", default: false },
      // Mistakes of the design split only, so the held-out papers stay unseen while tuning signals.
      errors: { type: "boolean", default: false },
      "errors-all": { type: "boolean", default: false },
      file: { type: "string", default: "tests/fixtures/tagger-eval.jsonl" },
    },
  });
  const titlesOnly = values["titles-only"];
  const papers = parseEvalSet(readFileSync(values.file, "utf8"));
  const predict = (paper: { title: string; abstract: string }) =>
    tagPaper({ title: paper.title, abstract: titlesOnly ? null : paper.abstract }).map((tag) => tag.slug);

  const all = evaluateTagger(papers, TECHNIQUE_SLUGS, predict);
  const heldOut = evaluateTagger(papers.filter((p) => isHeldOut(p.id)), TECHNIQUE_SLUGS, predict);
  const design = evaluateTagger(papers.filter((p) => !isHeldOut(p.id)), TECHNIQUE_SLUGS, predict);

  console.log(`tagger ${TAGGER_VERSION}, ${values.file}, ${titlesOnly ? "titles only" : "titles + abstracts"}\n`);
  console.log(formatReport(all, "all"));
  console.log(`\n${formatReport(heldOut, "held out: ~30% of ids by hash, never used to design signals")}`);
  console.log(`\ndesign split macro-F1 ${design.macroF1.toFixed(3)} (${design.papers} papers)`);
  if (values.errors || values["errors-all"]) {
    const shown = values["errors-all"] ? all.mistakes : design.mistakes;
    console.log(`\n${shown.length} papers with mistakes:`);
    for (const m of shown) {
      console.log(`  ${m.id}${isHeldOut(m.id) ? " [held-out]" : ""}  missed [${m.missed}] extra [${m.extra}]  ${m.title}`);
    }
  }

  // Title-only figures are informative: many titles name no technique, so no threshold there.
  if (titlesOnly) return;
  const failures = [
    ...(all.macroF1 < MIN_MACRO_F1 ? [`macro-F1 ${all.macroF1.toFixed(3)} < ${MIN_MACRO_F1}`] : []),
    ...all.perTechnique.filter((m) => m.precision < MIN_PRECISION).map((m) => `${m.slug} precision ${m.precision.toFixed(3)} < ${MIN_PRECISION}`),
  ];
  if (failures.length) throw new Error(`tagger below target: ${failures.join("; ")}`);
  console.log(`\nOK: macro-F1 >= ${MIN_MACRO_F1} and every precision >= ${MIN_PRECISION}`);
});
