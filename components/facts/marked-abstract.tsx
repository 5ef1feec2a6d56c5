import type { Fact } from "@/lib/facts/fact";

/** The abstract with the phrase of each reported figure marked where it first appears. */
export function MarkedAbstract({ abstract, facts }: { abstract: string; facts: Fact[] }) {
  const spans: { start: number; end: number }[] = [];
  for (const fact of facts) {
    if (typeof fact.value === "string") continue;
    const start = abstract.indexOf(fact.evidence);
    if (start < 0 || spans.some((s) => start < s.end && s.start < start + fact.evidence.length)) continue;
    spans.push({ start, end: start + fact.evidence.length });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const { start, end } of spans) {
    parts.push(abstract.slice(last, start), <mark key={start} className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-800/50">{abstract.slice(start, end)}</mark>);
    last = end;
  }
  parts.push(abstract.slice(last));
  return <>{parts}</>;
}
