import type { Readable, Writable } from "node:stream";
import { mapPaperLines, type PaperLinesResult } from "@/lib/paper-lines";
import { extractFacts } from "./extract-facts";

/** `npm run facts`: one line per paper, `{id?, facts: [{kind, value, unit, qualifier?, evidence}]}`. */
export function factsLines(streams: { input: Readable; output: Writable; errors?: Writable }): Promise<PaperLinesResult> {
  return mapPaperLines(streams, (paper) => ({ facts: extractFacts(paper) }));
}
