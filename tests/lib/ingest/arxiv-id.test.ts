import { describe, expect, it } from "vitest";
import { parseArxivId } from "@/lib/ingest/arxiv-id";

describe("parseArxivId", () => {
  it.each([
    ["2401.12345", { id: "2401.12345", version: null }],
    ["2401.12345v2", { id: "2401.12345", version: 2 }],
    ["0704.0001v1", { id: "0704.0001", version: 1 }],
    ["oai:arXiv.org:2611.01234v1", { id: "2611.01234", version: 1 }],
    ["arXiv:2611.01234v12", { id: "2611.01234", version: 12 }],
    ["https://arxiv.org/abs/2611.01234v3", { id: "2611.01234", version: 3 }],
    ["http://arxiv.org/abs/hep-th/9901001v3", { id: "hep-th/9901001", version: 3 }],
    ["https://arxiv.org/pdf/2611.01234v2.pdf", { id: "2611.01234", version: 2 }],
    ["hep-th/9901001", { id: "hep-th/9901001", version: null }],
    ["math.GT/0309136v1", { id: "math.GT/0309136", version: 1 }],
    ["cond-mat.stat-mech/0102536", null],
    ["2401.12345v01", { id: "2401.12345", version: 1 }],
  ])("reads %s", (raw, expected) => {
    expect(parseArxivId(raw)).toEqual(expected);
  });

  it.each(["", "demo/0001", "2401.12345v0", "2401.12345v99999999", "2401.123", "not an id", "https://example.com/abs/2401.12345", "2401.12345v"])(
    "rejects %j",
    (raw) => {
      expect(parseArxivId(raw)).toBeNull();
    },
  );
});
