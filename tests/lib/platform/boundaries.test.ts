import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The shape docs/notes.md promises ("Plumbing has one door"), checked on the source itself.
const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes("generated"))
    .map((entry) => path.join(entry.parentPath, entry.name));

const libFolder = (file: string) => file.split(path.sep)[1].replace(/\.tsx?$/, "");
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/(?:from |import\()"@\/lib\/([\w-]+)/g)].map((m) => m[1]);

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources("lib")) {
    const from = libFolder(file);
    for (const to of importsOf(file)) if (to !== from) (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
  }
  return graph;
}

describe("the dependency picture of lib/", () => {
  it("has no loop between folders", () => {
    const graph = folderGraph();
    const loops: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) return void loops.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(loops).toEqual([]);
  });

  it("keeps the platform layer free of product folders, and the web front free of any but the platform and security", () => {
    const graph = folderGraph();
    expect([...(graph.get("platform") ?? [])]).toEqual([]);
    expect([...(graph.get("web") ?? [])].filter((to) => !["platform", "security"].includes(to))).toEqual([]);
  });
});

describe("one door", () => {
  const everything = ["lib", "app", "components", "emails", "scripts", "tests"].flatMap(sources);

  it("opens raw PostgreSQL connections only in lib/platform", () => {
    const raw = everything.filter((file) => /^import .* from "pg";|await import\("pg"\)/m.test(readFileSync(file, "utf8")));
    expect(raw).toEqual([path.join("lib", "platform", "connection.ts")]);
  });

  it("has one writer of PaperTechnique: lib/tagging/save-paper-techniques.ts", () => {
    const writes = /(?:INSERT INTO|DELETE FROM|UPDATE)\s+"PaperTechnique"|paperTechnique\.(?:create|update|upsert|delete)/;
    const writers = ["lib", "app"].flatMap(sources).filter((file) => writes.test(readFileSync(file, "utf8")));
    expect(writers).toEqual([path.join("lib", "tagging", "save-paper-techniques.ts")]);
  });
});
