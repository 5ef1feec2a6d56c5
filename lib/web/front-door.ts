// What every request passes before the page cache and Next.js see it (scripts/serve.ts): a
// request target Next can decode, a method something here serves, and a server action or form
// body React can decode, each refused with a short plain-text 4xx otherwise. Next
// answers these with 500, which tells an operator "bug" and a prober "soft spot".
import { IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { checkActionBody, checkActionOrigin, checkFormPost, isServerActionRequest, MAX_ACTION_BODY_BYTES, type ActionCheck } from "@/lib/web/action-request";
import { checkRequestTarget } from "@/lib/web/request-target";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// Next answers 500 to TRACE on a route handler; nothing here is served by PUT, DELETE or WebDAV.
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const ALLOW = [...METHODS].join(", ");

export function withFrontDoor(handle: Handler): Handler {
  return async (req, res) => {
    const target = checkRequestTarget(req.url);
    if (!target.ok) {
      // The JSON API answers its errors as {"error": "<parameter>: <reason>"}; so does this.
      if (/^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?\/api\//i.test(req.url ?? "")) return refuseJson(res, 400, target.parameter ? `${target.parameter}: ${target.problem}` : target.problem);
      return refuse(res, 400, `Bad request: ${target.problem}.`);
    }
    req.url = target.url;
    if (!METHODS.has(req.method ?? "")) return refuse(res, 405, `Method not allowed: this server answers ${ALLOW}.`, false, { allow: ALLOW });
    const contentType = req.headers["content-type"];
    const action = isServerActionRequest(req.method, req.headers);
    const form = !action && req.method === "POST" && /^multipart\/form-data/i.test(contentType ?? "");
    if (!action && !form) return handle(req, res);

    if (action) {
      const origin = checkActionOrigin(req.headers);
      if (!origin.ok) return refuse(res, origin.status, `${origin.problem}.`);
    }
    const body = await readBody(req, MAX_ACTION_BODY_BYTES);
    if (body === "aborted") return;
    const check: ActionCheck = body === "too-large" ? { ok: false, status: 413, problem: "the body is larger than 1 MB" } : action ? await checkActionBody(contentType, body) : await checkFormPost(contentType!, body);
    if (!check.ok) return refuse(res, check.status, `Bad request: ${check.problem}.`, body === "too-large");
    return handle(withBody(req, body as Buffer), res);
  };
}

function refuse(res: ServerResponse, status: number, message: string, close = false, extra: Record<string, string> = {}) {
  const body = `${message}\n`;
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store", ...(close ? { connection: "close" } : {}), ...extra });
  res.end(body);
}

function refuseJson(res: ServerResponse, status: number, error: string) {
  const body = JSON.stringify({ error });
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
  res.end(body);
}

/**
 * For the server's "connect" and "upgrade" events: Node hands those requests to no handler and,
 * unanswered, drops the connection. We tunnel nothing and speak no WebSocket or h2c: say so.
 */
export function refuseTunnel(req: IncomingMessage, socket: Duplex) {
  const status = req.method === "CONNECT" ? "405 Method Not Allowed" : "400 Bad Request";
  const body = req.method === "CONNECT" ? `Method not allowed: this server answers ${ALLOW}.\n` : "Bad request: this server does not upgrade connections.\n";
  socket.on("error", () => {});
  socket.end(`HTTP/1.1 ${status}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** The whole body, or "too-large" as soon as it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.pause();
        return resolve("too-large");
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", () => resolve("aborted"));
    req.once("aborted", () => resolve("aborted"));
  });
}

/** A request Next can read again: the same head, with the body we already read. */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}
