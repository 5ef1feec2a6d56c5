import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHIMMED_VERSIONS } from "@/scripts/lib/postgres/migrations";

// Read from node_modules directly: some of these packages do not export their package.json.
const installed = (name: string) => (JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("the schema engine's shims", () => {
  it("are pinned to the Prisma packages installed: an upgrade must re-check them first", () => {
    const versions = Object.fromEntries(Object.keys(SHIMMED_VERSIONS).map((name) => [name, installed(name)]));
    expect(versions).toEqual(SHIMMED_VERSIONS);
  });

  it("match what package.json asks for, so `npm install` cannot move under them", () => {
    const { dependencies } = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(SHIMMED_VERSIONS)) expect(dependencies[name], name).toBe(version);
  });
});
