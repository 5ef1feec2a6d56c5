import Link from "next/link";
import { techniqueLabel } from "@/lib/tagging/technique-labels";

const COLORS: Record<string, string> = {
  moe: "bg-violet-100 text-violet-800 dark:bg-violet-900/40 dark:text-violet-200",
  quantization: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
  pruning: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  "kv-cache": "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  distillation: "bg-rose-100 text-rose-800 dark:bg-rose-900/40 dark:text-rose-200",
  "low-rank": "bg-teal-100 text-teal-800 dark:bg-teal-900/40 dark:text-teal-200",
};

export function techniqueColor(slug: string) {
  return COLORS[slug] ?? "bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200";
}

/** `muted`: a tentative tag, drawn as an outline so it reads as weaker than a listed one. */
export function TechniqueChip({ slug, title, muted = false }: { slug: string; title?: string; muted?: boolean }) {
  const look = muted
    ? "border border-dashed border-zinc-400 text-zinc-700 dark:border-zinc-500 dark:text-zinc-300"
    : techniqueColor(slug);
  return (
    <Link href={`/topics/${slug}`} title={title} className={`rounded-full px-2 py-0.5 text-xs font-medium hover:underline ${look}`}>
      {techniqueLabel(slug)}
    </Link>
  );
}
