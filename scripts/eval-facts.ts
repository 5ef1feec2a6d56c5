// Scores the facts extractor: `npm run eval:facts [-- --all | --design] [--errors] [--kind K]`.
// Precision and recall per kind on the held-out part of tests/fixtures/facts-eval.jsonl (~30% of
// ids by hash, never used to write a rule); --all adds the design part, --design shows only it
// (to work on rules without seeing held-out figures).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { evaluateFacts, labelledFactsSchema, type FactsReport } from "@/lib/facts/evaluate-facts";
import { extractFacts, FACTS_VERSION } from "@/lib/facts/extract-facts";
import { cardFacts } from "@/lib/facts/glance";
import { isHeldOut } from "@/lib/tagging/evaluate";
import { runCli } from "@/scripts/run-cli";

export const FACTS_FILE = "tests/fixtures/facts-eval.jsonl";

await runCli(async () => {
  const { values } = parseArgs({ options: { all: { type: "boolean", default: false }, design: { type: "boolean", default: false }, errors: { type: "boolean", default: false }, kind: { type: "string" } } });
  const papers = readFileSync(FACTS_FILE, "utf8").split("\n").filter(Boolean).map((line, i) => {
    const parsed = labelledFactsSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${FACTS_FILE} line ${i + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  console.log(`extractor ${FACTS_VERSION}, ${FACTS_FILE}`);
  const parts = values.design ? (["design"] as const) : values.all ? (["held-out", "design"] as const) : (["held-out"] as const);
  for (const part of parts) {
    const subset = papers.filter((p) => isHeldOut(p.id) === (part === "held-out"));
    const { report, mistakes } = evaluateFacts(subset, extractFacts, cardFacts);
    print(report, `${part} part (${subset.length} papers)`);
    if (values.errors && part === "design") {
      for (const m of mistakes) {
        const show = (list: typeof m.missed) => list.filter((f) => !values.kind || f.kind === values.kind).map((f) => `${f.kind}=${JSON.stringify(f.value)}${f.unit} "${f.evidence}"`).join("; ");
        const missed = show(m.missed);
        const extra = show(m.extra);
        if (missed || extra) console.log(`  ${m.id}\n    missed: ${missed}\n    extra:  ${extra}`);
      }
    }
  }
});

function print(report: FactsReport, title: string) {
  const f = (v: number) => v.toFixed(3).padStart(10);
  console.log(`\n${title}\n${"kind".padEnd(13)}${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}${"precision".padStart(10)}${"recall".padStart(10)}`);
  for (const m of report.perKind) console.log(`${m.kind.padEnd(13)}${String(m.tp).padStart(5)}${String(m.fp).padStart(5)}${String(m.fn).padStart(5)}${f(m.precision)}${f(m.recall)}`);
  for (const [name, m] of [["numeric", report.numeric], ["overall", report.overall]] as const) {
    console.log(`${name.padEnd(13)}${String(m.tp).padStart(5)}${String(m.fp).padStart(5)}${String(m.fn).padStart(5)}${f(m.precision)}${f(m.recall)}`);
  }
  console.log(`${"card lines".padEnd(13)}${String(report.card.tp).padStart(5)}${String(report.card.fp).padStart(5)}${"".padStart(5)}${f(report.card.precision)}   (the facts cards show)`);
}
