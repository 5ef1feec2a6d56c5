// Text from feeds is stored as text: XML entities are decoded once by the parser and nothing
// else is interpreted, so "<b>" or "$\alpha < \beta$" in an abstract stays exactly that.

/** Collapses line wrapping and indentation (the arXiv API wraps at ~80 columns) into single spaces. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return "";
  // Control characters other than whitespace cannot be stored in PostgreSQL text (NUL) or are noise.
  // Whitespace runs become one space; a lone space is left alone (matching every space of a
  // 1,000-character abstract made this the costliest line of the ingest's parsing).
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/ \s+|[^\S ]\s*/g, " ").trim();
}

export function cleanOptional(value: string | null | undefined): string | null {
  const text = cleanText(value);
  return text === "" ? null : text;
}

/** arXiv RSS puts all authors in one dc:creator string: "A. One, B. Two, and C. Three". */
export function splitAuthors(value: string | null | undefined): string[] {
  return cleanText(value)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

const CODE_HOSTS = "github\\.com|gitlab\\.com|huggingface\\.co";
const CODE_URL = new RegExp(`(?:https?://)?(?:www\\.)?(?:${CODE_HOSTS})/[^\\s"'<>()\\[\\]{}]+`, "gi");

/** Repository links in the abstract and comments; trailing punctuation belongs to the sentence. */
export function extractCodeUrls(...texts: (string | null | undefined)[]): string[] {
  const urls = new Set<string>();
  for (const text of texts) {
    for (const match of text?.match(CODE_URL) ?? []) {
      let url = match.replace(/[.,;:!?'"`]+$/, "").replace(/\/+$/, "");
      if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
      url = url.replace(/^http:\/\//i, "https://").replace(/^https:\/\/www\./i, "https://");
      // A bare host with no owner ("github.com/") is not a repository.
      if (url.split("/").length < 4) continue;
      urls.add(url);
    }
  }
  return [...urls];
}

export function isGithubUrl(url: string | null | undefined): boolean {
  return !!url && /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+/i.test(url);
}

/** A timestamp as UTC, or null when the feed gave an unparseable one. */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}
