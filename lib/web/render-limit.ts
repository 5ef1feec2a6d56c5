// How many requests Next.js renders at once. Two cores finish eight renders no later than two
// hundred interleaved ones, but two hundred at once each hold their half-built page, queries and
// buffers: under 200 connections of uncached pages the process grew from ~220 to 760 MiB (and V8
// keeps a heap it has grown). The others wait here in order, costing only their sockets; pages
// in the page cache are answered before this and never wait.
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export const RENDER_CONCURRENCY = 8;
const MAX_WAITING = 2_000;
// A response still streaming to a slow reader after this long no longer holds its slot: its
// render is done, and eight slow readers must not stop everyone else's pages.
const SLOT_LIMIT_MS = 10_000;

export function withRenderLimit(handle: Handler, { concurrency = RENDER_CONCURRENCY, maxWaiting = MAX_WAITING } = {}): Handler {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished render hands its slot straight to the first in line, so none is ever taken twice.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return async (req, res) => {
    if (running < concurrency) running++;
    else {
      if (waiting.length >= maxWaiting) {
        res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" });
        return void res.end("The server is busy: try again in a few seconds.\n");
      }
      let giveTurn!: () => void;
      const turn = new Promise<"turn">((resolve) => (giveTurn = () => resolve("turn")));
      waiting.push(giveTurn);
      const gone = new Promise<"gone">((resolve) => res.once("close", () => resolve("gone")));
      if ((await Promise.race([turn, gone])) === "gone") {
        // Left before its turn: out of the line, or, if handed a slot meanwhile, pass it on.
        const index = waiting.indexOf(giveTurn);
        if (index === -1) release();
        else waiting.splice(index, 1);
        return;
      }
    }
    let released = false;
    const releaseOnce = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      release();
    };
    const timer = setTimeout(releaseOnce, SLOT_LIMIT_MS);
    res.once("close", releaseOnce);
    try {
      await handle(req, res);
    } finally {
      releaseOnce();
    }
  };
}
