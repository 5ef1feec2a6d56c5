"use client";

import { useState } from "react";

export function CopyButton({ text, label, size = "md" }: { text: string; label: string; size?: "md" | "sm" }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text).catch(() => {});
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      className={`rounded-lg border border-zinc-300 text-sm font-medium hover:border-zinc-500 dark:border-zinc-700 ${size === "sm" ? "px-2 py-0.5" : "px-3 py-1.5"}`}
    >
      <span aria-live="polite">{copied ? "Copied!" : label}</span>
    </button>
  );
}
