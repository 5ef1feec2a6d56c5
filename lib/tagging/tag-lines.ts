import type { Readable, Writable } from "node:stream";
import { mapPaperLines } from "@/lib/paper-lines";
import { tagPaper } from "./tag-paper";

export type TagLinesResult = { lines: number; tagged: number; failed: number };

/** `npm run tag`: one line per paper, `{id?, topics: [{slug, score, evidence, tentative}]}` (`topics`: its public name for techniques). */
export async function tagLines(streams: { input: Readable; output: Writable; errors?: Writable }): Promise<TagLinesResult> {
  const { lines, done, failed } = await mapPaperLines(streams, ({ title, abstract }) => ({ topics: tagPaper({ title, abstract }) }));
  return { lines, tagged: done, failed };
}
