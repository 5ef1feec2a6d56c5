import type { GlanceItem } from "@/lib/facts/glance";

/**
 * "2.54 bits · 2.4× faster · Mixtral-8x7B" under a card's title. Each item shows the sentence
 * that reports it on hover and on keyboard focus, so a figure is never without its source.
 */
export function GlanceLine({ items }: { items: GlanceItem[] }) {
  if (!items.length) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm font-medium text-zinc-800 dark:text-zinc-200" aria-label="Reported results">
      {items.map((item, i) => (
        <span key={`${item.kind}-${item.label}`} className="flex items-center gap-x-1.5">
          {i ? <span className="text-zinc-400 dark:text-zinc-500" aria-hidden>·</span> : null}
          <span tabIndex={0} className="group relative cursor-help rounded tabular-nums underline decoration-zinc-300 decoration-dotted underline-offset-4 outline-none focus-visible:ring-2 focus-visible:ring-accent-600 dark:decoration-zinc-600">
            {item.label}
            <span role="tooltip" className="pointer-events-none invisible absolute left-0 top-full z-20 mt-1 w-80 max-w-[80vw] rounded-lg border border-zinc-200 bg-white p-2 text-xs font-normal leading-snug text-zinc-700 shadow-lg group-hover:visible group-focus:visible dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200">
              <span className="block text-[0.7rem] font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Reported by the authors</span>
              {item.sentence}
            </span>
          </span>
        </span>
      ))}
    </p>
  );
}
