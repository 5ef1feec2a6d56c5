import { describe, expect, it } from "vitest";
import { arxivIdInQuery } from "@/lib/papers/arxiv-id-in-query";

describe("arxivIdInQuery", () => {
  it.each([
    ["2401.04088", "2401.04088"],
    [" 2401.04088v3 ", "2401.04088"],
    ["arXiv:2401.04088", "2401.04088"],
    ["https://arxiv.org/abs/2401.04088v1", "2401.04088"],
    ["https://arxiv.org/pdf/2401.04088.pdf", "2401.04088"],
    ["arxiv.org/pdf/2401.04088v2", "2401.04088"],
    ["https://huggingface.co/papers/2401.04088", "2401.04088"],
    ["hep-th/9901001", "hep-th/9901001"],
    ["https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"],
    ["demo/0001", "demo/0001"],
    ["mixture of experts", null],
    ["2401", null],
    ["https://example.com/abs/2401.04088", null],
  ])("%s → %s", (query, expected) => {
    expect(arxivIdInQuery(query)).toBe(expected);
  });
});
