import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/platform/settings";

describe("parseSettings", () => {
  it("uses defaults when nothing is set, and treats empty strings as unset", () => {
    const parsed = parseSettings({ PORT: "", DATABASE_URL: "" });
    expect(parsed.PORT).toBe(3000);
    expect(parsed.DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the problem for a malformed DATABASE_URL", () => {
    expect(() => parseSettings({ DATABASE_URL: "mysql://nope" })).toThrow(/DATABASE_URL: must be a URL like postgresql:/);
    expect(() => parseSettings({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("rejects a port out of range", () => {
    expect(() => parseSettings({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("trusts no proxy unless TRUST_PROXY names the hops, and refuses anything but a small count", () => {
    expect(parseSettings({}).TRUST_PROXY).toBe(0);
    expect(parseSettings({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseSettings({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: must be a number of proxy hops/);
    expect(() => parseSettings({ TRUST_PROXY: "1.5" })).toThrow(/TRUST_PROXY: must be a whole number/);
    expect(() => parseSettings({ DEV_OUTBOX: "yes" })).toThrow(/DEV_OUTBOX/);
  });
});
