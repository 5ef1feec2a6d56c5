// Rendered pages kept in memory, least recently used first out, each valid for the data version
// it was rendered under and for a short time (rankings decay with age even when no data
// changes). What may be stored, and under which key, is decided in lib/web/cached-handler.ts.
import type { OutgoingHttpHeaders } from "node:http";

export type CachedPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer; version: number; storedAt: number };

export type PageCache = ReturnType<typeof createPageCache>;

// What an entry costs in memory, not only its body: the key (the raw URL, up to 16 KB, plus the
// varying headers), the header object and the map slot. Counting bodies alone let 64 MiB of tiny
// answers (`/api/papers?q=…` with no match: 31 bytes) under long, distinct URLs hold gigabytes.
const ENTRY_OVERHEAD_BYTES = 600;

export function entryBytes(key: string, page: CachedPage): number {
  let headerBytes = 0;
  for (const [name, value] of Object.entries(page.headers)) headerBytes += name.length + String(value).length + 48;
  return page.body.length + key.length + headerBytes + ENTRY_OVERHEAD_BYTES;
}

export function createPageCache({ maxBytes = 64 * 2 ** 20, ttlMs = 60_000 }: { maxBytes?: number; ttlMs?: number } = {}) {
  const entries = new Map<string, CachedPage & { bytes: number }>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };

  return {
    /** The page stored under this key for this data version, if still fresh. */
    get(key: string, version: number, now = Date.now()): CachedPage | undefined {
      const entry = entries.get(key);
      if (entry && entry.version === version && now - entry.storedAt < ttlMs) {
        entries.delete(key); // re-inserted last: most recently used
        entries.set(key, entry);
        stats.hits++;
        return entry;
      }
      stats.misses++;
      return undefined;
    },
    /** The page stored under this key, of any data version, if still fresh: the stale copy. */
    peek(key: string, now = Date.now()): CachedPage | undefined {
      const entry = entries.get(key);
      return entry && now - entry.storedAt < ttlMs ? entry : undefined;
    },
    set(key: string, page: CachedPage) {
      const size = entryBytes(key, page);
      // One page may not take more than a sixteenth of the room: a huge feed is rendered each time.
      if (size > maxBytes / 16) return;
      remove(key);
      entries.set(key, { ...page, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    stats: () => ({ ...stats, entries: entries.size, bytes }),
    /** Pages of older data versions are kept (for peek) until they expire or are crowded out. */
  };
}
