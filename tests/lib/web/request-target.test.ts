import { describe, expect, it } from "vitest";
import { checkRequestTarget } from "@/lib/web/request-target";

describe("checkRequestTarget", () => {
  it.each([
    ["/", "/"],
    ["/papers/2401.12345", "/papers/2401.12345"],
    ["/papers/hep-th%2F9901001", "/papers/hep-th%2F9901001"],
    ["/?q=mixture+of+experts&topics=moe,kv-cache", "/?q=mixture+of+experts&topics=moe,kv-cache"],
    ["/?q=%E2%80%9Cquoted%E2%80%9D", "/?q=%E2%80%9Cquoted%E2%80%9D"],
    ["http://example.org/papers/x?y=1", "/papers/x?y=1"],
    ["https://example.org", "/"],
  ])("serves %s as %s", (target, url) => {
    expect(checkRequestTarget(target)).toEqual({ ok: true, url });
  });

  it.each([
    ["*", /`\*`/],
    ["", /`\*`/],
    ["papers/x", /must be a path/],
    ["/papers/%ZZ", /malformed percent-encoding in the path/],
    ["/topics/%", /malformed percent-encoding in the path/],
    ["/papers/%E0%A4%A", /malformed percent-encoding in the path/],
    ["/papers/%FF", /malformed percent-encoding in the path/],
    ["/papers/%ED%A0%80", /malformed percent-encoding in the path/], // a UTF-16 surrogate, not UTF-8
    ["/papers/%00x", /NUL byte in the path/],
    ["/api/papers/a%00b", /NUL byte in the path/],
    ["/?q=%00", /NUL byte in the query/],
    ["/feed.xml?topics=%ZZ", /malformed percent-encoding in the query/],
    ["http://example.org/papers/%ZZ", /malformed percent-encoding in the path/],
  ])("refuses %s", (target, problem) => {
    const check = checkRequestTarget(target);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toMatch(problem);
  });

  it("names the query parameter at fault", () => {
    expect(checkRequestTarget("/api/papers?limit=5&cursor=%%%")).toEqual({ ok: false, problem: "malformed percent-encoding in the query", parameter: "cursor" });
  });
});
