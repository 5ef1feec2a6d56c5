import { z } from "zod";
import { isListableId, MAX_IDS } from "@/lib/reading-list/ids";

// The reading list and read marks of one browser, as kept in localStorage. Pure: the browser
// adapter (components/reading-list/use-reading-list.ts) reads, applies one of these, and writes.

/** The saved list shares the URL bound; read marks only live here, so they may be many more. */
export const MAX_SAVED = MAX_IDS;
export const MAX_READ = 5_000;
export const STORAGE_KEY = "sparse-digest:reading-list";

export type ReadingList = {
  /** Saved papers, most recently saved first. */
  saved: string[];
  /** Papers marked read, most recent first. */
  read: string[];
  /** The "Hide read" switch, one for every list. */
  hideRead: boolean;
};

export const EMPTY_LIST: ReadingList = { saved: [], read: [], hideRead: false };

// Anything else in storage (an old format, a hand edit, another site's bug) reads as empty
// rather than breaking every page: ids that are not ids are dropped, lists are cut to size.
const idList = (max: number) =>
  z.array(z.unknown()).catch([]).transform((list) => [...new Set(list.filter((id): id is string => typeof id === "string" && isListableId(id)))].slice(0, max));
const StoredSchema = z.object({ v: z.literal(1), saved: idList(MAX_SAVED), read: idList(MAX_READ), hideRead: z.boolean().catch(false) });

export function parseStoredList(raw: string | null): ReadingList {
  if (!raw) return EMPTY_LIST;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { saved: parsed.data.saved, read: parsed.data.read, hideRead: parsed.data.hideRead } : EMPTY_LIST;
  } catch {
    return EMPTY_LIST;
  }
}

export const serializeList = (list: ReadingList) => JSON.stringify({ v: 1, ...list });

export type ListChange = { ok: true; list: ReadingList } | { ok: false; problem: string };

const FULL = `Your reading list is full (${MAX_SAVED} papers): remove some first.`;

export function toggleSaved(list: ReadingList, id: string): ListChange {
  if (list.saved.includes(id)) return { ok: true, list: { ...list, saved: list.saved.filter((s) => s !== id) } };
  if (list.saved.length >= MAX_SAVED) return { ok: false, problem: FULL };
  return { ok: true, list: { ...list, saved: [id, ...list.saved] } };
}

/** Read marks past MAX_READ drop the oldest: hiding what was read long ago matters least. */
export function toggleRead(list: ReadingList, id: string): ReadingList {
  if (list.read.includes(id)) return { ...list, read: list.read.filter((r) => r !== id) };
  return { ...list, read: [id, ...list.read].slice(0, MAX_READ) };
}

export const setHideRead = (list: ReadingList, hideRead: boolean): ReadingList => ({ ...list, hideRead });

/**
 * A restored list (a link from another browser) joins this one: its papers first, in their
 * order, then the ones saved here that it lacks. All or nothing: past MAX_SAVED, nothing changes.
 */
export function addSaved(list: ReadingList, ids: readonly string[]): ListChange & { added?: number } {
  const fresh = ids.filter((id) => !list.saved.includes(id));
  if (list.saved.length + fresh.length > MAX_SAVED) {
    return { ok: false, problem: `These ${fresh.length} papers would make your reading list longer than ${MAX_SAVED}: remove some first.` };
  }
  const merged = [...new Set([...ids, ...list.saved])];
  return { ok: true, list: { ...list, saved: merged }, added: fresh.length };
}

export const removeSaved = (list: ReadingList, ids: readonly string[]): ReadingList => ({ ...list, saved: list.saved.filter((id) => !ids.includes(id)) });
