import sax from "sax";
import { FeedError } from "@/lib/ingest/source";

// The arXiv API's Atom, read by namespace and local name, never by element order or prefix:
// the 2026 layout declares every prefix on <feed> and reorders entry children.
export const ATOM = "http://www.w3.org/2005/Atom";
export const ARXIV = "http://arxiv.org/schemas/atom";
export const OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

export type AtomEntry = {
  id: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  authors: string[];
  categories: string[];
  primaryCategory: string | null;
  comment: string | null;
  journalRef: string | null;
  doi: string | null;
  links: { href: string; rel: string | null; title: string | null }[];
};

export type AtomMeta = { totalResults: number | null; startIndex: number | null; itemsPerPage: number | null };

const emptyEntry = (): AtomEntry => ({
  id: "", title: "", summary: "", published: "", updated: "", authors: [], categories: [],
  primaryCategory: null, comment: null, journalRef: null, doi: null, links: [],
});

// Module-level, not a closure per element: the parser calls this for every tag of a large file.
const attribute = (node: sax.QualifiedTag, name: string) => node.attributes[name]?.value ?? null;

/**
 * A push parser: write() text chunks, take() the entries completed so far, end() at the end.
 * Memory holds one entry at a time, so a 100,000-entry file streams in constant space. Errors
 * (truncation, undefined entities such as an entity bomb's) throw from write/end with the line.
 */
export function createAtomParser() {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const meta: AtomMeta = { totalResults: null, startIndex: null, itemsPerPage: null };
  let ready: AtomEntry[] = [];
  let entry: AtomEntry | null = null;
  let text = "";
  let inAuthor = false;
  let sawRoot = false;
  let failure: Error | null = null;

  parser.onerror = (error) => {
    failure ??= new FeedError(`arxiv-api: malformed XML: ${error.message.split("\n")[0]} at line ${parser.line + 1}`);
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    text = "";
    if (!sawRoot) {
      sawRoot = true;
      if (node.uri !== ATOM || node.local !== "feed") failure ??= new FeedError(`arxiv-api: not an Atom feed (root <${node.name}>)`);
    }
    if (node.uri === ATOM && node.local === "entry") entry = emptyEntry();
    if (!entry) return;
    if (node.uri === ATOM && node.local === "author") inAuthor = true;
    if (node.uri === ATOM && node.local === "category" && attribute(node, "term")) entry.categories.push(attribute(node, "term")!);
    if (node.uri === ATOM && node.local === "link" && attribute(node, "href")) entry.links.push({ href: attribute(node, "href")!, rel: attribute(node, "rel"), title: attribute(node, "title") });
    if (node.uri === ARXIV && node.local === "primary_category") entry.primaryCategory = attribute(node, "term");
  };
  parser.ontext = (chunk) => {
    text += chunk;
  };
  parser.oncdata = (chunk) => {
    text += chunk;
  };
  parser.onclosetag = () => {
    const node = parser.tag as unknown as sax.QualifiedTag;
    const value = text;
    text = "";
    if (node.uri === OPENSEARCH) {
      const n = Number(value.trim());
      if (node.local === "totalResults") meta.totalResults = Number.isFinite(n) ? n : null;
      if (node.local === "startIndex") meta.startIndex = Number.isFinite(n) ? n : null;
      if (node.local === "itemsPerPage") meta.itemsPerPage = Number.isFinite(n) ? n : null;
      return;
    }
    if (!entry) return;
    if (node.uri === ATOM) {
      if (node.local === "entry") {
        ready.push(entry);
        entry = null;
      } else if (node.local === "author") inAuthor = false;
      else if (node.local === "name" && inAuthor) entry.authors.push(value);
      else if (node.local === "id") entry.id = value;
      else if (node.local === "title") entry.title = value;
      else if (node.local === "summary") entry.summary = value;
      else if (node.local === "published") entry.published = value;
      else if (node.local === "updated") entry.updated = value;
    } else if (node.uri === ARXIV) {
      if (node.local === "comment") entry.comment = value;
      else if (node.local === "journal_ref") entry.journalRef = value;
      else if (node.local === "doi") entry.doi = value;
    }
  };

  const check = () => {
    if (failure) throw failure;
  };
  return {
    meta,
    write(chunk: string) {
      if (!failure) parser.write(chunk);
      check();
    },
    end() {
      if (!failure) parser.close();
      if (!failure && !sawRoot) failure = new FeedError("arxiv-api: empty document");
      check();
    },
    /** Entries completed since the last call. */
    take(): AtomEntry[] {
      const out = ready;
      ready = [];
      return out;
    },
  };
}
