// Query results of a view are asked for far more often than data changes, so they are kept in
// memory keyed by the normalised view for a few seconds at most, and only for the current data
// version (lib/platform/data-version: a vote here or a change notification from PostgreSQL ends it).
import { dataVersion } from "@/lib/platform/data-version";

const TTL_MS = 10_000;
const MAX_ENTRIES = 500;

const entries = new Map<string, { version: number; at: number; value: Promise<unknown> }>();

export async function cached<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const version = dataVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { version, at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => entries.delete(key)); // a failed query is never served from the cache
  return value;
}
