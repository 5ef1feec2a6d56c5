// The two labelled sets the tagger is trained and measured on, read from tests/fixtures.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { isHeldOut, parseEvalSet, type LabelledPaper } from "@/lib/tagging/evaluate";
import { strataSchema, streamPaperSchema, type Strata, type StreamPaper } from "@/lib/tagging/stream-estimate";

export const CURATED_FILE = "tests/fixtures/tagger-eval.jsonl";
export const STREAM_FILE = "tests/fixtures/tagger-stream.jsonl";
export const STRATA_FILE = "tests/fixtures/tagger-stream-strata.json";

export type LabelledSets = { curated: LabelledPaper[]; stream: StreamPaper[]; strata: Strata };

export function readLabelledSets(files = { curated: CURATED_FILE, stream: STREAM_FILE, strata: STRATA_FILE }): LabelledSets {
  const stream = readFileSync(files.stream, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = streamPaperSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${files.stream} line ${index + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
  return {
    curated: parseEvalSet(readFileSync(files.curated, "utf8")),
    stream,
    strata: strataSchema.parse(JSON.parse(readFileSync(files.strata, "utf8"))),
  };
}

/** The part that rules and weights are designed on; the rest (by a hash of the id) stays unseen. */
export const designPart = <T extends { id: string }>(papers: readonly T[]) => papers.filter((p) => !isHeldOut(p.id));
export const heldOutPart = <T extends { id: string }>(papers: readonly T[]) => papers.filter((p) => isHeldOut(p.id));
