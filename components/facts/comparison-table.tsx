import Link from "next/link";
import { COMPARISON_COLUMNS, type ComparisonRow, type ComparisonSort } from "@/lib/facts/comparison";
import { KIND_LABELS } from "@/lib/facts/glance";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

type Props = { rows: ComparisonRow[]; sort: ComparisonSort; sortHref: (sort: ComparisonSort) => string; filterHref: (kind: "model" | "baseline", name: string) => string };

/** Papers of the period side by side, sortable by each figure (links, so a sort is a URL). */
export function ComparisonTable({ rows, sort, sortHref, filterHref }: Props) {
  if (!rows.length) return null;
  const header = (column: ComparisonSort, label: string) => (
    <th scope="col" aria-sort={sort === column ? (column === "bits" ? "ascending" : "descending") : undefined} className="px-2 py-2 text-left font-semibold whitespace-nowrap">
      <Link href={sortHref(column)} className={sort === column ? "text-accent-700 underline dark:text-accent-100" : "hover:underline"}>
        {label}
        {sort === column ? <span aria-hidden> {column === "bits" ? "↑" : "↓"}</span> : null}
      </Link>
    </th>
  );
  const names = (list: string[], kind: "model" | "baseline") =>
    list.slice(0, 3).map((name, i) => (
      <span key={name}>
        {i ? ", " : ""}
        <Link href={filterHref(kind, name)} className="hover:underline">{name}</Link>
      </span>
    ));
  return (
    <section aria-labelledby="compare" className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="compare" className="px-4 pt-4 text-lg font-semibold">Reported results, side by side</h2>
      <p className="px-4 pt-1 text-sm text-zinc-600 dark:text-zinc-400">The figures each abstract states about its own method (hover a figure for its phrase); blank where a paper does not say.</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700 dark:border-zinc-800 dark:bg-zinc-800/50 dark:text-zinc-200">
            <tr>
              <th scope="col" className="px-2 py-2 pl-4 text-left font-semibold">Paper</th>
              <th scope="col" className="px-2 py-2 text-left font-semibold">Models</th>
              {COMPARISON_COLUMNS.map((column) => header(column, KIND_LABELS[column]))}
              <th scope="col" className="px-2 py-2 text-left font-semibold">Baselines</th>
              {header("date", "Date")}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.arxivId} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <td className="max-w-xs px-2 py-2 pl-4">
                  <Link href={`/papers/${row.arxivId}`} className="font-medium hover:underline">{row.title}</Link>
                </td>
                <td className="px-2 py-2 text-zinc-700 dark:text-zinc-300">{names(row.models, "model")}</td>
                {COMPARISON_COLUMNS.map((column) => (
                  <td key={column} className="px-2 py-2 whitespace-nowrap tabular-nums">
                    {row.cells[column] ? <span title={`Reported: “${row.cells[column]!.evidence}”`}>{row.cells[column]!.text}</span> : <span className="text-zinc-400 dark:text-zinc-500" aria-label="not reported">–</span>}
                  </td>
                ))}
                <td className="px-2 py-2 text-zinc-700 dark:text-zinc-300">{names(row.baselines, "baseline")}</td>
                <td className="px-2 py-2 whitespace-nowrap text-zinc-600 dark:text-zinc-400">{dateFormat.format(row.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
