import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { tagPaper } from "./tag-paper";

const paperLineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().trim().min(1, "title must not be empty"),
  abstract: z.string().nullish(),
});

export type TagLinesResult = { lines: number; tagged: number; failed: number };

/**
 * Reads JSON Lines `{id?, title, abstract?}` and writes one line per paper,
 * `{id?, topics: [{slug, score, evidence}]}`. A bad line becomes `{line, error}` on the output
 * and a message on `errors`, and the stream goes on. Blank lines are skipped. Reads line by
 * line and waits for the output to drain, so memory stays flat on any input size.
 */
export async function tagLines(streams: { input: Readable; output: Writable; errors?: Writable }): Promise<TagLinesResult> {
  const { input, output, errors } = streams;
  const result: TagLinesResult = { lines: 0, tagged: 0, failed: 0 };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    result.lines++;
    if (line.trim() === "") continue;
    const outcome = tagLine(line);
    let record: string;
    if ("error" in outcome) {
      result.failed++;
      record = JSON.stringify({ line: result.lines, error: outcome.error });
      errors?.write(`line ${result.lines}: ${outcome.error}\n`);
    } else {
      result.tagged++;
      record = JSON.stringify(outcome);
    }
    if (!output.write(`${record}\n`)) await once(output, "drain");
  }
  return result;
}

function tagLine(line: string): { id?: string | number; topics: ReturnType<typeof tagPaper> } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = paperLineSchema.safeParse(json);
  if (!parsed.success) {
    return { error: parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ") };
  }
  const { id, title, abstract } = parsed.data;
  const topics = tagPaper({ title, abstract });
  return id === undefined ? { topics } : { id, topics };
}
