import { spawn } from "node:child_process";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { tagLines } from "@/lib/tagging/tag-lines";

const INPUT = [
  JSON.stringify({ id: "2210.17323", title: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" }),
  "",
  JSON.stringify({ title: "Mixtral of Experts", abstract: "A Sparse Mixture of Experts (SMoE) language model." }),
  "{not json",
  JSON.stringify({ id: 4, abstract: "no title" }),
  JSON.stringify({ id: 5, title: "Dataset Distillation", abstract: null }),
].join("\n");

function collect(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk) => (text += chunk));
  return () => text;
}

const parseLines = (text: string) => text.trim().split("\n").map((line) => JSON.parse(line));

describe("tagLines", () => {
  it("writes one line per paper, reports bad lines by number and goes on", async () => {
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const err = collect(errors);
    const result = await tagLines({ input: Readable.from([INPUT]), output, errors });

    expect(result).toEqual({ lines: 6, tagged: 3, failed: 2 });
    const lines = parseLines(out());
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: "2210.17323", topics: [{ slug: "quantization" }] });
    expect(lines[0].topics[0].evidence).toContain("Post-Training Quantization");
    expect(lines[1]).toEqual({ topics: [expect.objectContaining({ slug: "moe" })] });
    expect(lines[2]).toEqual({ line: 4, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[3]).toEqual({ line: 5, error: expect.stringMatching(/^title: /) });
    expect(lines[4]).toEqual({ id: 5, topics: [] });
    expect(err()).toMatch(/^line 4: invalid JSON.*\nline 5: title: .*\n$/);
  });

  it("streams: answers the first line before the input ends", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = tagLines({ input, output });
    const firstLine = new Promise<string>((resolve) => output.once("data", (chunk) => resolve(String(chunk))));
    input.write(`${JSON.stringify({ id: 1, title: "KV cache eviction for long contexts" })}\n`);
    expect(JSON.parse(await firstLine)).toMatchObject({ id: 1, topics: [{ slug: "kv-cache" }] });
    input.end();
    expect(await done).toEqual({ lines: 1, tagged: 1, failed: 0 });
  });
});

describe("npm run tag", () => {
  it("tags stdin to stdout, reports bad lines on both, and exits 1", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/tag.ts"], { cwd: process.cwd() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.end(INPUT);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));

    expect(code).toBe(1);
    const lines = parseLines(stdout);
    expect(lines.map((line) => line.id ?? line.line ?? null)).toEqual(["2210.17323", null, 4, 5, 5]);
    expect(lines[2]).toEqual({ line: 4, error: expect.any(String) });
    expect(stderr).toContain("line 4: invalid JSON");
    expect(stderr).toContain("line 5: title");
  });
});
