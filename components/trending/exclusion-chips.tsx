import Link from "next/link";
import { exclusionTerms, type TrendingFilters, viewHref } from "@/lib/trending/filters";
import { TECHNIQUES, techniqueLabel } from "@/lib/tagging/technique-labels";

/**
 * What the view leaves out, as removable chips, and a field to leave out more. The field is a
 * plain GET form: it sends the current view's parameters plus one more `exclude`, which the
 * parser joins to the list (a technique's slug or name leaves out the technique, anything else a word).
 */
export function ExclusionChips({ path, filters }: { path: string; filters: TrendingFilters }) {
  const base = { ...filters, page: 1 };
  const { techniques, words } = filters.exclude;
  const chips = [
    ...techniques.map((t) => ({ label: techniqueLabel(t), kind: "technique", without: { ...filters.exclude, techniques: techniques.filter((x) => x !== t) } })),
    ...words.map((w) => ({ label: `“${w}”`, kind: "word", without: { ...filters.exclude, words: words.filter((x) => x !== w) } })),
  ];
  const hidden = [...new URLSearchParams(viewHref("", { ...base, exclude: { techniques: [], words: [] } }).split("?")[1] ?? "")];
  const current = exclusionTerms(filters.exclude).join(",");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {chips.length ? (
        <ul aria-label="Left out" className="flex flex-wrap items-center gap-2">
          <li className="text-zinc-600 dark:text-zinc-400">Leaving out:</li>
          {chips.map((chip) => (
            <li key={`${chip.kind}:${chip.label}`}>
              <Link
                href={viewHref(path, { ...base, exclude: chip.without })}
                className="flex items-center gap-1.5 rounded-full border border-zinc-300 bg-zinc-50 px-3 py-0.5 text-zinc-700 hover:border-zinc-500 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200"
                aria-label={`Stop leaving out ${chip.label}`}
              >
                <span className="line-through decoration-zinc-400">{chip.label}</span>
                <span aria-hidden>×</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <form method="get" action={path} className="flex items-center gap-1" role="search" aria-label="Leave out">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {current ? <input type="hidden" name="exclude" value={current} /> : null}
        <label htmlFor="exclude-term" className="sr-only">
          Leave out a technique or word
        </label>
        <input
          id="exclude-term"
          name="exclude"
          list="exclude-techniques"
          maxLength={60}
          placeholder={chips.length ? "Leave out more…" : "Leave out a technique or word…"}
          className="w-52 rounded-full border border-zinc-300 bg-white px-3 py-0.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
        <datalist id="exclude-techniques">
          {TECHNIQUES.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.label}
            </option>
          ))}
        </datalist>
        <button type="submit" className="rounded-full border border-zinc-300 px-3 py-0.5 text-zinc-700 hover:border-zinc-500 dark:border-zinc-700 dark:text-zinc-200">
          Leave out
        </button>
      </form>
    </div>
  );
}
