// The request line, checked before anything else sees it. Next.js answers 500 to a path it cannot
// decode (`/papers/%ZZ`) and to `*` targets, and a decoded NUL byte reaches PostgreSQL (which
// refuses it in text, error 22021): each of those is the client's mistake, so it gets 400 here.

/** `parameter`: the query parameter at fault, so the JSON API can name it as it names its own errors. */
export type TargetCheck = { ok: true; url: string } | { ok: false; problem: string; parameter?: string };

// RFC 9112 §3.2.2: a server must accept the absolute form (`GET http://host/path`); we serve one
// site, so only its path and query matter.
const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** The origin-form target to hand on (`/path?query`), or the reason it cannot be served. */
export function checkRequestTarget(target: string | undefined): TargetCheck {
  if (!target || target === "*") return { ok: false, problem: "this server has no resource `*`; ask for a path such as /" };
  const url = ABSOLUTE_FORM.test(target) ? target.replace(ABSOLUTE_FORM, "") || "/" : target;
  if (!url.startsWith("/")) return { ok: false, problem: "the request target must be a path starting with /" };
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt + 1);
  const pathProblem = decodingProblem(path);
  if (pathProblem) return { ok: false, problem: `${pathProblem} in the path` };
  for (const pair of query.split("&")) {
    const problem = decodingProblem(pair.replace(/\+/g, " "));
    if (problem) return { ok: false, problem: `${problem} in the query`, parameter: pair.split("=")[0].slice(0, 40) };
  }
  return { ok: true, url };
}

function decodingProblem(text: string): string | null {
  if (!text.includes("%")) return text.includes("\0") ? "a NUL byte" : null;
  let decoded: string;
  try {
    // Throws on a bad escape (`%ZZ`, a lone `%`) and on bytes that are not UTF-8 (`%FF`, `%ED%A0%80`).
    decoded = decodeURIComponent(text);
  } catch {
    return "malformed percent-encoding";
  }
  return decoded.includes("\0") ? "a NUL byte" : null;
}
