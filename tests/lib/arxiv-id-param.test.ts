import { describe, expect, it } from "vitest";
import { arxivIdFromSegments } from "@/lib/arxiv-id-param";

describe("arxivIdFromSegments", () => {
  it("joins segments and decodes an encoded slash once", () => {
    expect(arxivIdFromSegments(["2401.12345"])).toBe("2401.12345");
    expect(arxivIdFromSegments(["hep-th", "9901001"])).toBe("hep-th/9901001");
    expect(arxivIdFromSegments(["hep-th%2F9901001"])).toBe("hep-th/9901001");
  });

  it("never throws and never yields a NUL byte for what Next already decoded", () => {
    expect(arxivIdFromSegments(["%"])).toBe("%"); // from /api/papers/%25
    expect(arxivIdFromSegments(["%00"])).toBe("%00"); // from /api/papers/%2500
    expect(arxivIdFromSegments(["a%ZZb"])).toBe("a%ZZb");
  });
});
