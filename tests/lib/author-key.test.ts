import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuthorKeySchema, authorKey, authorKeyPair, authorKeys } from "@/lib/author-key";
import { db } from "@/tests/helpers/db";

describe("authorKey", () => {
  it.each([
    ["Geoffrey Hinton", "geoffrey-hinton", "g-hinton"],
    ["Geoffrey E. Hinton", "geoffrey-hinton", "g-hinton"],
    ["GEOFFREY  HINTON", "geoffrey-hinton", "g-hinton"],
    ["G. E. Hinton", "g-hinton", "g-hinton"],
    ["G.E. Hinton", "g-hinton", "g-hinton"],
    ["Léon Bottou", "leon-bottou", "l-bottou"],
    ["Leon Bottou", "leon-bottou", "l-bottou"],
    ["Jürgen Schmidhuber", "jurgen-schmidhuber", "j-schmidhuber"],
    ["Łukasz Kaiser", "lukasz-kaiser", "l-kaiser"],
    ["Søren Hauberg", "soren-hauberg", "s-hauberg"],
    ["Jean-Pierre Dupont", "jean-pierre-dupont", "j-dupont"],
    ["J.-P. Dupont", "j-dupont", "j-dupont"],
    ["Martin Luther King Jr.", "martin-luther-king", "m-king"],
    ["Conor O'Brien", "conor-obrien", "c-obrien"],
    ["Conor O’Brien", "conor-obrien", "c-obrien"],
    ["Ge\u0301rard Debreu", "gerard-debreu", "g-debreu"], // combining accent
    ["Yann\u200b LeCun", "yann-lecun", "y-lecun"], // zero-width space
    ["\u202eYann LeCun", "yann-lecun", "y-lecun"], // bidi override
    ["Ｙａｎｎ　ＬｅＣｕｎ", "yann-lecun", "y-lecun"], // full-width letters and space
    ["Дмитрий Ветров", "дмитрии-ветров", "д-ветров"], // й is и with a breve: folded like any accent
    ["王伟", "王伟", "王伟"],
    ["Plato", "plato", "plato"],
  ])("%s → %s (initial key %s)", (name, key, initialKey) => {
    expect(authorKeyPair(name)).toEqual({ key, initialKey });
  });

  it("gives no key to a name without a letter or digit", () => {
    for (const name of ["", "  ", "...", "\u200b\u200d", "\u0000\u0007", "—"]) expect(authorKey(name)).toBeNull();
  });

  it("caps a key's length, and a key is its own normal form", () => {
    expect(Array.from(authorKey(`${"a".repeat(500)} b`)!).length).toBe(120);
    expect(AuthorKeySchema.safeParse("geoffrey-hinton").success).toBe(true);
    for (const bad of ["Geoffrey-Hinton", "geoffrey-e-hinton", "geoffrey hinton", "-hinton", "hinton-", "", "x".repeat(5000)]) {
      expect(AuthorKeySchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

// Real names: 3,000 of the 118,469 distinct authors of the 2025 listings (all 3,464 with a
// non-ASCII letter went into the draw), and the arXiv feeds under tests/fixtures.
function realNames(): string[] {
  const names = readFileSync("tests/fixtures/author-names.txt", "utf8").split("\n").filter(Boolean);
  const dir = "tests/fixtures/feeds";
  for (const file of readdirSync(dir).filter((f) => /\.(xml|atom|rss)$/.test(f))) {
    const xml = readFileSync(path.join(dir, file), "utf8");
    for (const match of xml.matchAll(/<name>([^<]+)<\/name>|<dc:creator>([^<]+)<\/dc:creator>/g)) names.push(...(match[1] ?? match[2]).split(/,\s*/));
  }
  return [...new Set(names)];
}

describe("the SQL twin (Paper.authorKeys, filled by a trigger)", () => {
  it("builds the same keys as lib/author-key.ts for every name", async () => {
    const odd = ["Geoffrey E. Hinton", "G. E. Hinton", "Léon Bottou", "Łukasz Kaiser", "Søren Hauberg", "Jean-Pierre Dupont", "J.-P. Dupont", "Martin Luther King Jr.", "Conor O’Brien",
      "Ge\u0301rard Debreu", "Yann\u200b LeCun", "\u202eYann LeCun", "Ｙａｎｎ　ＬｅＣｕｎ", "Дмитрий Ветров", "Σωκράτης Παπαδόπουλος", "王伟", "Nguyễn Văn Anh", "Ærøskøbing Þór", "İsmail Çağlar",
      "Straße Groß", "अमित शर्मा", "محمد علي", "\u0007\u0001", "...", "Dr. Ann-Marie (Annie) Smith III", `${"a".repeat(500)} b`, "Ǆemal Ǉubić", "Ĳsbrand ﬁnn"];
    const names = [...realNames(), ...odd];
    expect(names.length).toBeGreaterThan(3000);
    const rows = await db.$queryRaw<{ name: string; keys: string[] }[]>`SELECT n AS "name", author_keys(ARRAY[n]) AS "keys" FROM unnest(${names}::text[]) AS n`;
    const disagreements = rows.filter((r) => JSON.stringify(r.keys) !== JSON.stringify(authorKeys([r.name])));
    expect(disagreements.map((r) => ({ name: r.name, sql: r.keys, ts: authorKeys([r.name]) }))).toEqual([]);
  });

  it("fills Paper.authorKeys on insert and when the authors change", async () => {
    const paper = await db.paper.create({ data: { arxivId: "2699.00001", title: "t", publishedAt: new Date(), authors: ["Geoffrey E. Hinton", "Léon Bottou"] } });
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).authorKeys).toEqual(["geoffrey-hinton", "g-hinton", "leon-bottou", "l-bottou"]);
    await db.paper.update({ where: { id: paper.id }, data: { authors: ["G. Hinton"] } });
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).authorKeys).toEqual(["g-hinton"]);
    await db.paper.update({ where: { id: paper.id }, data: { authorKeys: ["forged"] } });
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).authorKeys).toEqual(["g-hinton"]);
    await db.paper.delete({ where: { id: paper.id } });
  });
});
