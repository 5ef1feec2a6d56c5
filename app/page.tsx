import { PaperCard } from "@/components/paper-card";
import { getLatestPapers } from "@/lib/papers/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const papers = await getLatestPapers();
  const demoOnly = papers.length > 0 && papers.every((p) => p.isDemo);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Latest papers</h1>
      {demoOnly ? (
        <p className="mt-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200">
          These are demo entries: real papers of the field, bundled so the app is never empty. Run{" "}
          <code className="font-mono">npm run ingest</code> to fetch today&apos;s papers from arXiv.
        </p>
      ) : null}
      <ol className="mt-6 space-y-4">
        {papers.map((paper) => (
          <li key={paper.arxivId}>
            <PaperCard paper={paper} />
          </li>
        ))}
      </ol>
    </>
  );
}
