"use client";

// This browser's reading list and read marks, in localStorage (lib/reading-list/list.ts has the
// rules). Pages are shared and cached for everyone (docs/browse.md), so they render every star
// and read mark off; components apply the browser's own state after load, as the vote buttons do.
// Other tabs' changes arrive through the `storage` event.
import { useSyncExternalStore } from "react";
import { EMPTY_LIST, parseStoredList, type ReadingList, serializeList, STORAGE_KEY } from "@/lib/reading-list/list";

let current: ReadingList | null = null;
let readIds: { of: ReadingList; ids: Set<string> } | null = null;
const listeners = new Set<() => void>();
let listening = false;

const emit = () => listeners.forEach((listener) => listener());

function load(): ReadingList {
  if (current) return current;
  try {
    current = parseStoredList(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    current = EMPTY_LIST; // storage disabled: the list lives as long as the page
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!listening) {
    listening = true;
    window.addEventListener("storage", (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      current = null;
      emit();
    });
  }
  return () => void listeners.delete(listener);
}

/** This browser's list: null on the server and while hydrating (the page is everyone's). */
export function useReadingList(): ReadingList | null {
  return useSyncExternalStore(subscribe, load, () => null);
}

/** Whether this browser marked the paper read (false until known). One Set per list version, shared by every card. */
export function useIsRead(arxivId: string): boolean {
  const list = useReadingList();
  if (!list) return false;
  if (readIds?.of !== list) readIds = { of: list, ids: new Set(list.read) };
  return readIds.ids.has(arxivId);
}

/** Applies a change and stores it; false when the browser refused to store it (private mode, quota). */
export function changeReadingList(change: (list: ReadingList) => ReadingList): boolean {
  current = change(load());
  emit();
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeList(current));
    return true;
  } catch {
    return false;
  }
}
