// Rendered views are expensive and asked for far more often than data changes, so query results
// are kept in memory keyed by the normalised view, for a few seconds at most. A vote in this
// process drops everything at once (bumpDataVersion); the worker's ingest lands within TTL_MS.
const TTL_MS = 10_000;
const MAX_ENTRIES = 500;

let dataVersion = 0;
const entries = new Map<string, { version: number; at: number; value: Promise<unknown> }>();

export function bumpDataVersion() {
  dataVersion++;
  entries.clear();
}

export async function cached<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.version === dataVersion && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { version: dataVersion, at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => entries.delete(key)); // a failed query is never served from the cache
  return value;
}
