import { z } from "zod";

// A reading list travels as arXiv ids in a URL (`/saved?ids=…`, `/feed.xml?ids=…`, `/api/papers?ids=…`)
// and sits in localStorage: one grammar and one bound for all of them, on the server and in the browser.

/** At most this many papers in a list: a link of 200 old-style ids is still under 5 KB. */
export const MAX_IDS = 200;
// Long enough for MAX_IDS of the longest id ("math-ph.XX/0309136" is 18 characters) and commas.
const MAX_CHARS = MAX_IDS * 20;

// Bare ids as stored: new-style 2510.12345, old-style hep-th/9901001 or math.GT/0309136, and the
// bundled demo papers' demo/0001. No version: a list holds papers, not versions.
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}|demo\/\d{4})$/;

export const isListableId = (id: string) => ARXIV_ID.test(id);
/** The grammar of a whole list, for the OpenAPI document (parseIdList also forgives spaces and empty terms). */
export const ID_LIST_PATTERN = `^${ARXIV_ID.source.slice(1, -1)}(,${ARXIV_ID.source.slice(1, -1)}){0,${MAX_IDS - 1}}$`;
export const ArxivIdSchema = z.string().regex(ARXIV_ID, "not an arXiv id");

// What of a bad id is shown back: printable, and short.
const shown = (id: string) => {
  const clean = id.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 30 ? `${clean.slice(0, 30)}…` : clean;
};

export type IdList = { ok: true; ids: string[] } | { ok: false; error: string };

/**
 * `ids=2510.12345,hep-th/9901001`: up to MAX_IDS bare arXiv ids, comma-separated, duplicates
 * dropped (the first place wins). The first problem is reported as `ids: <reason>`; a 10 KB
 * list is refused before it is split.
 */
export function parseIdList(raw: string | null | undefined): IdList {
  if (raw === null || raw === undefined) return { ok: false, error: "ids: give at least one arXiv id, like ids=2510.12345" };
  if (raw.length > MAX_CHARS) return { ok: false, error: `ids: at most ${MAX_IDS} arXiv ids` };
  const terms = raw.split(",").map((t) => t.trim()).filter(Boolean);
  if (!terms.length) return { ok: false, error: "ids: give at least one arXiv id, like ids=2510.12345" };
  if (terms.length > MAX_IDS) return { ok: false, error: `ids: at most ${MAX_IDS} arXiv ids (${terms.length} given)` };
  const bad = terms.find((t) => !ARXIV_ID.test(t));
  if (bad !== undefined) {
    const hint = /v\d+$/.test(bad) && ARXIV_ID.test(bad.replace(/v\d+$/, "")) ? ` (leave out the version: ${bad.replace(/v\d+$/, "")})` : "";
    return { ok: false, error: `ids: “${shown(bad)}” is not an arXiv id${hint}` };
  }
  return { ok: true, ids: [...new Set(terms)] };
}

/** The query value of a list: ids hold only [A-Za-z0-9./-], so they need no escaping. */
export const idsParam = (ids: readonly string[]) => ids.join(",");

/** The page that shows a list, and restores it in another browser. */
export const savedHref = (ids: readonly string[]) => (ids.length ? `/saved?ids=${idsParam(ids)}` : "/saved");
