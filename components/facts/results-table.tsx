import { FlagButton } from "@/components/facts/flag-button";
import { factKey, type Fact } from "@/lib/facts/fact";
import { DISPUTE_FLAGS } from "@/lib/facts/flags";
import { factSentence, formatValue, KIND_LABELS } from "@/lib/facts/glance";

/** The paper page's "Results at a glance": every reported figure and name, with its sentence. */
type Props = { arxivId: string; facts: Fact[]; title: string; abstract: string; flags: Map<string, number> };

export function ResultsTable({ arxivId, facts, title, abstract, flags }: Props) {
  if (!facts.length) return null;
  const figures = facts.filter((f) => typeof f.value !== "string");
  const names = facts.filter((f) => typeof f.value === "string" && f.kind !== "code");
  return (
    <section aria-labelledby="glance" className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="glance" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Results at a glance</h2>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Reported by the authors in the abstract, read by a program: each figure is quoted with the sentence that states it. Nothing is inferred across papers; a figure readers report as wrong is marked disputed.</p>
      {figures.length ? (
        <table className="mt-3 w-full border-collapse text-sm">
          <thead className="sr-only">
            <tr><th scope="col">Kind</th><th scope="col">Reported</th><th scope="col">Sentence</th><th scope="col">Report an error</th></tr>
          </thead>
          <tbody>
            {figures.map((fact) => {
              const sentence = factSentence(fact, title, abstract);
              const at = sentence.indexOf(fact.evidence);
              const key = factKey(fact);
              const disputed = (flags.get(key) ?? 0) >= DISPUTE_FLAGS;
              return (
                <tr key={`${fact.kind}-${JSON.stringify(fact.value)}`} className="border-t border-zinc-100 align-top first:border-t-0 dark:border-zinc-800">
                  <th scope="row" className="py-2 pr-3 text-left font-medium whitespace-nowrap text-zinc-600 dark:text-zinc-400">{KIND_LABELS[fact.kind]}</th>
                  <td className="py-2 pr-3 font-semibold whitespace-nowrap tabular-nums">
                    <span className={disputed ? "line-through decoration-red-500" : undefined}>{formatValue(fact)}</span>
                    {disputed ? <span className="mt-0.5 block text-xs font-normal text-red-700 dark:text-red-300">disputed by {flags.get(key)} readers</span> : null}
                  </td>
                  <td className="py-2 text-zinc-700 dark:text-zinc-300">
                    {at < 0 ? sentence : (
                      <>
                        {sentence.slice(0, at)}
                        <mark className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-800/50">{fact.evidence}</mark>
                        {sentence.slice(at + fact.evidence.length)}
                      </>
                    )}
                  </td>
                  <td className="py-2 pl-3 text-right">
                    <FlagButton arxivId={arxivId} factKey={key} label={formatValue(fact)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {names.length ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {(["model", "baseline", "benchmark"] as const).map((kind) => {
            const list = names.filter((f) => f.kind === kind);
            return list.length ? (
              <div key={kind} className="contents">
                <dt className="font-medium text-zinc-600 dark:text-zinc-400">{KIND_LABELS[kind]}s</dt>
                <dd className="text-zinc-800 dark:text-zinc-200">{list.map((f) => f.value).join(", ")}</dd>
              </div>
            ) : null;
          })}
        </dl>
      ) : null}
    </section>
  );
}
