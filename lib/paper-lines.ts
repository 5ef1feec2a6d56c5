import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";

// The JSON Lines contract shared by `npm run tag` and `npm run facts`: `{id?, title, abstract?,
// comment?}` in, one line out per paper, a bad line reported by number while the rest go on.

export const paperLineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().trim().min(1, "title must not be empty"),
  abstract: z.string().nullish(),
  comment: z.string().nullish(),
});
export type PaperLine = z.infer<typeof paperLineSchema>;

export type PaperLinesResult = { lines: number; done: number; failed: number };

/**
 * Reads JSON Lines and writes `{id?, ...answer(paper)}` per paper. A bad line becomes
 * `{line, error}` on the output and a message on `errors`, and the stream goes on. Blank lines
 * are skipped. Reads line by line and waits for the output to drain: flat memory on any input.
 */
export async function mapPaperLines(
  streams: { input: Readable; output: Writable; errors?: Writable },
  answer: (paper: PaperLine) => Record<string, unknown>,
): Promise<PaperLinesResult> {
  const { input, output, errors } = streams;
  const result: PaperLinesResult = { lines: 0, done: 0, failed: 0 };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    result.lines++;
    if (line.trim() === "") continue;
    const outcome = parseLine(line);
    let record: string;
    if ("error" in outcome) {
      result.failed++;
      record = JSON.stringify({ line: result.lines, error: outcome.error });
      errors?.write(`line ${result.lines}: ${outcome.error}\n`);
    } else {
      result.done++;
      const { id } = outcome.paper;
      record = JSON.stringify(id === undefined ? answer(outcome.paper) : { id, ...answer(outcome.paper) });
    }
    if (!output.write(`${record}\n`)) await once(output, "drain");
  }
  return result;
}

function parseLine(line: string): { paper: PaperLine } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = paperLineSchema.safeParse(json);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ") };
  return { paper: parsed.data };
}
