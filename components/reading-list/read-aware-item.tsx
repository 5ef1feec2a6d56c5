"use client";

import { useIsRead, useReadingList } from "@/components/reading-list/use-reading-list";

/** A list item that knows this browser's read mark: `data-read` styles it, "Hide read" hides it. */
export function ReadAwareItem({ arxivId, children }: { arxivId: string; children: React.ReactNode }) {
  const read = useIsRead(arxivId);
  const hideRead = useReadingList()?.hideRead ?? false;
  return (
    <li className="group/paper" data-read={read || undefined} hidden={read && hideRead}>
      {children}
    </li>
  );
}
