import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run facts", () => {
  it("writes one line of facts per paper, reports bad lines on both streams, and exits 1", async () => {
    const input = [
      JSON.stringify({ id: "a", title: "QuIP#", abstract: "We quantize Llama-2-70B to 2 bits with quantization and get a 3.1x speedup." }),
      "{broken",
      JSON.stringify({ title: "No figures", abstract: "We study things." }),
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/facts.ts"], { cwd: process.cwd() });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.stdin.end(input);
    const code = await new Promise((resolve) => child.on("close", resolve));
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0].id).toBe("a");
    expect(lines[0].facts).toEqual(
      expect.arrayContaining([
        { kind: "bits", value: 2, unit: "bits", evidence: "2 bits" },
        { kind: "speedup", value: 3.1, unit: "x", evidence: "3.1x speedup" },
        { kind: "model", value: "Llama-2-70B", unit: "", evidence: "Llama-2-70B" },
      ]),
    );
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toEqual({ facts: [] });
    expect(err).toMatch(/^line 2: invalid JSON/);
    expect(code).toBe(1);
  }, 30_000);
});
