// arXiv issues two id styles: "2401.12345" (YYMM.NNNNN since 2015, YYMM.NNNN 2007-2014) and the
// pre-2007 "archive(.SUBJ)/YYMMNNN" ("hep-th/9901001", "math.GT/0309136"). Feeds wrap them in
// URLs, "arXiv:" prefixes and OAI identifiers, and append the version ("v2").
const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;
const PREFIXES = [/^https?:\/\/(?:export\.|www\.)?arxiv\.org\/(?:abs|pdf)\//i, /^oai:arxiv\.org:/i, /^arxiv:/i];

/** arXiv has never gone past a few dozen versions; a huge number is a corrupt feed, not a paper. */
export const MAX_VERSION = 999;

export type ArxivId = { id: string; version: number | null };

/** Splits any arXiv reference into its bare id and version; null when it is not an arXiv id. */
export function parseArxivId(raw: string | null | undefined): ArxivId | null {
  if (!raw) return null;
  let text = raw.trim();
  for (const prefix of PREFIXES) text = text.replace(prefix, "");
  text = text.replace(/\.pdf$/i, "");
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  if (!match) return null;
  if (match[2] === undefined) return { id: match[1], version: null };
  const version = Number(match[2]);
  // v0 does not exist on arXiv: versions start at 1.
  if (!Number.isSafeInteger(version) || version < 1 || version > MAX_VERSION) return null;
  return { id: match[1], version };
}
