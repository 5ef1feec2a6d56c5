import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBody } from "@/lib/ingest/decode-body";
import { cleanText, extractCodeUrls, splitAuthors } from "@/lib/ingest/normalize";

describe("normalize", () => {
  it("collapses line wrapping but keeps TeX and angle brackets as text", () => {
    expect(cleanText("  top-$k$ routing where\n   $k < E$ and <b>bold</b>\u0000 ")).toBe("top-$k$ routing where $k < E$ and <b>bold</b>");
  });

  it("turns every whitespace run into one space, whatever the mix of spaces, tabs, breaks and NBSP", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "a", "é", "$k$", "<", "-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(cleanText(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
    );
  });

  it("splits the one-string author list of arXiv RSS in order", () => {
    expect(splitAuthors("Ada Lovelace, Alan Turing,\n  and Grace Hopper")).toEqual(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
    expect(splitAuthors("Richard Feynman and Murray Gell-Mann")).toEqual(["Richard Feynman", "Murray Gell-Mann"]);
    expect(splitAuthors("")).toEqual([]);
  });

  it("extracts code links from GitHub, GitLab and Hugging Face without sentence punctuation", () => {
    expect(
      extractCodeUrls(
        "Code: https://github.com/sparse-lab/upcycle-moe. See (gitlab.com/lowrank/qlora-study), https://www.github.com/a/b/.",
        "Models at https://huggingface.co/sparse-lab/upcycle-moe-8x1b; github.com/ alone is not a repo; https://example.com/x.",
      ),
    ).toEqual([
      "https://github.com/sparse-lab/upcycle-moe",
      "https://gitlab.com/lowrank/qlora-study",
      "https://github.com/a/b",
      "https://huggingface.co/sparse-lab/upcycle-moe-8x1b",
    ]);
  });

  it("decodes UTF-8, and Latin-1 bytes mislabelled as UTF-8, without losing characters", () => {
    expect(decodeBody(Buffer.from("Schrödinger", "utf8"), "application/xml; charset=iso-8859-1")).toBe("Schrödinger");
    expect(decodeBody(Buffer.from("Schrödinger", "latin1"), "application/xml; charset=utf-8")).toBe("Schrödinger");
    expect(decodeBody(Buffer.from("\uFEFF<rss/>", "utf8"), null)).toBe("<rss/>");
  });
});
