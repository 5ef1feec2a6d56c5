// Everything cached in memory (query results in lib/trending/view-cache, rendered pages in
// lib/web/page-cache) is valid for one data version. A vote in this process and a change
// notification from PostgreSQL (any process: the worker's ingest, a CLI) bump it.
// The counter lives on globalThis under a registered symbol because the web server and Next's
// bundled route code each load their own copy of this module; both must see one counter.
const KEY = Symbol.for("sparse-digest.data-version");

type Holder = { version: number };
const holder: Holder = ((globalThis as Record<symbol, Holder | undefined>)[KEY] ??= { version: 0 });

export function dataVersion(): number {
  return holder.version;
}

export function bumpDataVersion(): void {
  holder.version++;
}
