import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fitCalibration, fitLogistic, predictFitted, sigmoid, type TrainingExample } from "@/lib/tagging/train-classifier";

const example = (words: string[], positive: boolean, weight = 1): TrainingExample => ({ features: new Map(words.map((w) => [w, 1])), positive, weight });

describe("fitLogistic", () => {
  it("learns which context words make a phrase mean the technique", () => {
    const examples = [
      ...Array.from({ length: 20 }, () => example(["w:pruning", "w:weights", "w:llm"], true)),
      ...Array.from({ length: 20 }, () => example(["w:pruning", "w:search", "w:tree"], false)),
    ];
    const model = fitLogistic(examples, { l2: 1e-3, epochs: 300, learningRate: 0.05, minDocs: 3 });
    expect(predictFitted(model, new Map([["w:pruning", 1], ["w:weights", 1]]))).toBeGreaterThan(0.8);
    expect(predictFitted(model, new Map([["w:pruning", 1], ["w:tree", 1]]))).toBeLessThan(0.2);
  });

  it("ignores words seen in fewer than minDocs examples, and weighs examples by their weight", () => {
    const examples = [example(["w:rare", "w:common"], true), example(["w:common"], true), example(["w:common"], false, 10), example(["w:common"], true)];
    const model = fitLogistic(examples, { l2: 1e-3, epochs: 300, learningRate: 0.05, minDocs: 2 });
    expect(model.weights.has("w:rare")).toBe(false);
    expect(predictFitted(model, new Map([["w:common", 1]]))).toBeLessThan(0.5); // 3 positives against a negative worth 10
  });
});

describe("fitCalibration", () => {
  it("shrinks overconfident logits so scores match how often they were right", () => {
    // Logit 4 claims 98%, but only 3 of 4 such predictions were right; logit -4 was right 1 in 4.
    const points = [4, 4, 4, 4, -4, -4, -4, -4].map((logit, i) => ({ logit, positive: logit > 0 ? i !== 3 : i === 4, weight: 1 }));
    const { scale, shift } = fitCalibration(points, 5_000, 0.5);
    expect(sigmoid(scale * 4 + shift)).toBeCloseTo(0.75, 1);
    expect(sigmoid(scale * -4 + shift)).toBeCloseTo(0.25, 1);
  });
});

describe("npm run train:tagger", () => {
  it("reproduces the committed weights from the labelled sets", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/train-tagger.ts", "--check"], { cwd: process.cwd() });
    expect(stdout).toMatch(/matches the labelled sets/);
  }, 60_000);
});
