// Who is asking, as far as the network can tell: what vote limits count (lib/votes) and what the
// development outbox checks (lib/mail/outbox). The address comes from the socket; X-Forwarded-For
// is read only for the TRUST_PROXY hops we were told sit in front of us, counted from the right,
// because everything left of them was written by the client and proves nothing.
//
// The server in front of Next.js (scripts/serve.ts) works this out from the socket, which code
// inside Next cannot see, and hands it on in CLIENT_HEADER, signed: a client sending that header
// itself only replaces it, and code behind any other server (`next dev`) reads "unknown".
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import { hmac, safeEqual } from "@/lib/security/app-secret";

export const CLIENT_HEADER = "x-sparse-digest-client";

/** `address`: one client (an IPv4 address, an IPv6 /64); `local`: this machine, with no proxy between. */
export type Client = { address: string; local: boolean };

export const UNKNOWN_CLIENT: Client = { address: "unknown", local: false };

export function clientOf(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: number): Client {
  const socket = normalizeAddress(req.socket.remoteAddress ?? "");
  const forwarded = forwardedFor(req.headers["x-forwarded-for"]);
  // Hops from the right: the socket's peer, then what each trusted proxy says it saw.
  const hops = [socket, ...[...forwarded].reverse()];
  const address = hops[Math.min(trustProxy, hops.length - 1)] || "unknown";
  const viaProxy = forwarded.length > 0 || req.headers.forwarded !== undefined;
  return { address: groupAddress(address), local: isLoopback(socket) && !viaProxy };
}

function forwardedFor(header: string | string[] | undefined): string[] {
  const list = Array.isArray(header) ? header.join(",") : (header ?? "");
  return list.split(",").map((entry) => normalizeAddress(entry.trim())).filter(Boolean).slice(-20);
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[::1]:80` and `1.2.3.4:80` → no port; anything else is kept, capped. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase().replace(/%.*$/, ""); // zone index
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return address.slice(0, 100);
}

/**
 * One IPv6 subscriber usually holds a whole /64 (2^64 addresses to rotate through), so IPv6
 * clients count by /64; IPv4 clients by address.
 */
export function groupAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1].split(".").map(Number);
    text = text.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => Number.parseInt(group || "0", 16).toString(16));
}

const isLoopback = (address: string) => address === "::1" || /^127\./.test(address);

/** Replaces whatever the client sent in CLIENT_HEADER with what we know, signed. */
export function stampClient(req: IncomingMessage, trustProxy: number): Client {
  const client = clientOf(req, trustProxy);
  const value = `${client.local ? "local" : "remote"} ${client.address}`;
  req.headers[CLIENT_HEADER] = `${value}|${hmac(value, "client-header")}`;
  return client;
}

/**
 * Stamps every request that reaches Next.js. Pages served from the page cache never get there,
 * so they skip the HMAC (~5 µs, a tenth of a cached answer's time).
 */
export function withClientStamp(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void, { trustProxy }: { trustProxy: number }) {
  return (req: IncomingMessage, res: ServerResponse) => {
    stampClient(req, trustProxy);
    return handle(req, res);
  };
}

/** The client the front server vouched for, or UNKNOWN_CLIENT when the header is missing or forged. */
export function readClient(headers: Pick<Headers, "get">): Client {
  const header = headers.get(CLIENT_HEADER) ?? "";
  const bar = header.lastIndexOf("|");
  const value = header.slice(0, bar);
  if (bar < 0 || !safeEqual(header.slice(bar + 1), hmac(value, "client-header"))) return UNKNOWN_CLIENT;
  const [where, address] = value.split(" ");
  return address ? { address, local: where === "local" } : UNKNOWN_CLIENT;
}
