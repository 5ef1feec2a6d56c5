// Server action requests, checked before Next.js decodes them. Next answers 500 to a body it
// cannot decode, to an Origin that does not match the host and to a malformed Origin: all
// client mistakes (or probes), which deserve a 4xx. Our actions take plain values and FormData,
// so a body is accepted only in the subset of React's reply format those need; what an action
// then makes of its arguments is its own zod schema's business (lib/*/actions.ts).
//
// The reply format (react-server-dom's encodeReply): the argument list as JSON, either the whole
// text/plain body or the part named "0" of a multipart body. Strings starting with "$" are
// references: "$$…" an escaped "$", "$K<id>" a FormData whose entries are the parts
// "_<id>_<name>", "$<id>" another JSON part, plus a few spelled-out values ("$undefined", "$D<date>",
// "$n<digits>"). Promises, streams, Maps, server references and the like are refused: we never send
// them, and a dangling one leaves React waiting on a part that never comes.
import type { IncomingHttpHeaders } from "node:http";

/** Next's own limit on a server action body (serverActions.bodySizeLimit, default 1 MB). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
const MAX_ARGUMENTS = 1000; // Next refuses more, with a 500
const MAX_DEPTH = 64;

export type ActionCheck = { ok: true } | { ok: false; status: 400 | 403 | 413; problem: string };

export const isServerActionRequest = (method: string | undefined, headers: IncomingHttpHeaders) =>
  method === "POST" && headers["next-action"] !== undefined;

/**
 * Next's CSRF rule (action-handler.js), answered with 403 instead of 500: a browser's Origin must
 * name the host it sent the request to (X-Forwarded-Host when a proxy set one). A request
 * without Origin is not a browser's cross-site request, so Next lets it through and so do we.
 */
export function checkActionOrigin(headers: IncomingHttpHeaders): ActionCheck {
  const origin = headers.origin;
  if (origin === undefined) return { ok: true };
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { ok: false, status: 400, problem: "the Origin header is not a URL" };
  }
  const forwardedHost = [headers["x-forwarded-host"]].flat()[0]?.split(",")[0]?.trim();
  const host = forwardedHost || headers.host;
  if (originHost !== host) return { ok: false, status: 403, problem: "a server action must come from a page of this site (Origin does not match Host)" };
  return { ok: true };
}

/** Whether Next could decode this body into an argument list without failing or waiting forever. */
export async function checkActionBody(contentType: string | undefined, body: Buffer): Promise<ActionCheck> {
  if (body.length > MAX_ACTION_BODY_BYTES) return { ok: false, status: 413, problem: "the server action body is larger than 1 MB" };
  if (/^multipart\/form-data/i.test(contentType ?? "")) return checkMultipartReply(contentType!, body);
  // application/x-www-form-urlencoded is answered by Next itself (404); anything else is read as text.
  if (/^application\/x-www-form-urlencoded/i.test(contentType ?? "")) return { ok: true };
  const problem = checkRoot(body.toString("utf8"), new Set(["0"]));
  return problem ? { ok: false, status: 400, problem } : { ok: true };
}

async function checkMultipartReply(contentType: string, body: Buffer): Promise<ActionCheck> {
  const form = await parseMultipart(contentType, body);
  if (!form) return bad("the server action body is not valid multipart/form-data");
  const parts = new Map<string, string>();
  for (const [name, value] of form) {
    if (/^_[0-9a-f]+_/.test(name)) continue; // an entry of a FormData argument: anything goes
    // Parts are named in decimal, references to them are hexadecimal ("$a" is part "10").
    if (!/^\d{1,8}$/.test(name) || typeof value !== "string") return bad(`unexpected part "${name.slice(0, 40)}" in the server action body`);
    parts.set(String(Number(name)), value);
  }
  const root = parts.get("0");
  if (root === undefined) return bad('the server action body has no part "0" (the arguments)');
  const problem = checkParts(parts, checkRoot);
  return problem ? bad(problem) : { ok: true };
}

/**
 * A form posted before the page hydrated (no Next-Action header): React finds the action in
 * fields named $ACTION_ID_<id>, or $ACTION_REF_<n> with its descriptor `{"id", "bound"}` in
 * "$ACTION_<n>:0" and the bound arguments in another "$ACTION_<n>:<part>". Next answers 500 when
 * the body is not multipart it can read or the descriptor is not what React wrote.
 */
export async function checkFormPost(contentType: string, body: Buffer): Promise<ActionCheck> {
  if (body.length > MAX_ACTION_BODY_BYTES) return { ok: false, status: 413, problem: "the form is larger than 1 MB" };
  const form = await parseMultipart(contentType, body);
  if (!form) return bad("the body is not valid multipart/form-data");
  for (const name of form.keys()) {
    const ref = /^\$ACTION_REF_(.*)$/.exec(name);
    if (!ref) continue;
    const prefix = `$ACTION_${ref[1]}:`;
    const parts = new Map<string, string>();
    for (const [key, value] of form) {
      if (key.startsWith(prefix) && typeof value === "string" && /^\d{1,8}$/.test(key.slice(prefix.length))) parts.set(String(Number(key.slice(prefix.length))), value);
    }
    const problem = checkParts(parts, checkDescriptor);
    if (problem) return bad(`${prefix}: ${problem}`);
  }
  return { ok: true };
}

async function parseMultipart(contentType: string, body: Buffer): Promise<FormData | null> {
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** Checks part "0" with `checkFirst` and every other part as a value its references may reach. */
function checkParts(parts: Map<string, string>, checkFirst: (text: string, parts: Set<string>) => string | null): string | null {
  const ids = new Set(parts.keys());
  if (!ids.has("0")) return 'part "0" is missing';
  for (const [id, text] of parts) {
    const problem = id === "0" ? checkFirst(text, ids) : checkJson(text, ids);
    if (problem) return problem;
  }
  return null;
}

function checkDescriptor(text: string, parts: Set<string>): string | null {
  const descriptor = parseJson(text) as { id?: unknown; bound?: unknown } | undefined;
  if (!descriptor || typeof descriptor !== "object" || typeof descriptor.id !== "string") return "the action descriptor is not {\"id\", \"bound\"}";
  if (descriptor.bound === null || descriptor.bound === undefined) return null;
  const promised = typeof descriptor.bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(descriptor.bound) : null;
  if (!promised || !parts.has(String(Number.parseInt(promised[1], 16)))) return "the bound arguments are missing";
  return null;
}

const bad = (problem: string): ActionCheck => ({ ok: false, status: 400, problem });

function checkRoot(text: string, parts: Set<string>): string | null {
  const parsed = parseJson(text);
  if (parsed === undefined) return "the server action arguments are not JSON";
  if (!Array.isArray(parsed)) return "the server action arguments must be a list";
  if (parsed.length > MAX_ARGUMENTS) return `a server action takes at most ${MAX_ARGUMENTS} arguments`;
  return checkValue(parsed, parts);
}

function checkJson(text: string, parts: Set<string>): string | null {
  const parsed = parseJson(text);
  return parsed === undefined ? "a part of the body is not JSON" : checkValue(parsed, parts);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Iterative, so a deeply nested body cannot exhaust the stack here.
function checkValue(root: unknown, parts: Set<string>): string | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      const problem = value.startsWith("$") ? checkReference(value, parts) : null;
      if (problem) return problem;
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_DEPTH) return `the server action arguments are nested deeper than ${MAX_DEPTH} levels`;
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

const SPELLED_OUT = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

function checkReference(value: string, parts: Set<string>): string | null {
  if (value.startsWith("$$") || SPELLED_OUT.has(value) || value.startsWith("$D")) return null;
  if (/^\$n-?\d{1,300}$/.test(value) || /^\$K[0-9a-f]{1,8}$/.test(value)) return null;
  const part = /^\$([0-9a-f]{1,8})(?::|$)/.exec(value);
  if (part && parts.has(String(Number.parseInt(part[1], 16)))) return null;
  return `unsupported value ${JSON.stringify(value.slice(0, 24))} in the server action arguments`;
}
