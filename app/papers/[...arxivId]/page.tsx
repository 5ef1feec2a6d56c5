import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorNames } from "@/components/authors/author-names";
import { DemoBadge } from "@/components/demo-badge";
import { MarkedAbstract } from "@/components/facts/marked-abstract";
import { ResultsTable } from "@/components/facts/results-table";
import { CopyButton } from "@/components/paper/copy-button";
import { ReadButton, SaveButton } from "@/components/reading-list/reading-buttons";
import { TechniqueChip } from "@/components/technique-chip";
import { VoteButton } from "@/components/votes/vote-button";
import { WatchControl } from "@/components/watches/watch-control";
import { getDb } from "@/lib/platform/database";
import { getFlagCounts } from "@/lib/facts/flags";
import { readFacts } from "@/lib/facts/glance";
import { toBibtex } from "@/lib/papers/bibtex";
import { getPaper, getSimilarPapers } from "@/lib/papers/queries";
import { techniqueLabel } from "@/lib/tagging/technique-labels";

type Props = { params: Promise<{ arxivId: string[] }> };

const idFromParams = async (props: Props) => (await props.params).arxivId.map(decodeURIComponent).join("/").slice(0, 64);
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const citationDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, "/");

export async function generateMetadata(props: Props): Promise<Metadata> {
  const paper = await getPaper(await idFromParams(props));
  if (!paper) return { title: "Paper not found" };
  // citation_* tags are what Zotero and Google Scholar read.
  return {
    title: paper.title,
    description: paper.abstract.slice(0, 300),
    openGraph: { title: paper.title, description: paper.abstract.slice(0, 300), type: "article" },
    other: {
      citation_title: paper.title,
      ...(paper.authors.length ? { citation_author: paper.authors } : {}),
      citation_publication_date: citationDate(paper.publishedAt),
      ...(paper.isDemo ? {} : { citation_arxiv_id: paper.arxivId, citation_pdf_url: paper.pdfUrl ?? `https://arxiv.org/pdf/${paper.arxivId}` }),
      ...(paper.doi ? { citation_doi: paper.doi } : {}),
    },
  };
}

export default async function PaperPage(props: Props) {
  const paper = await getPaper(await idFromParams(props));
  if (!paper) notFound();
  const [similar, flags] = await Promise.all([getSimilarPapers(paper), getFlagCounts(getDb(), paper.id)]);
  const hf = paper.signals.find((s) => s.source === "hf-daily");
  const links = [
    paper.absUrl && { href: paper.absUrl, label: "arXiv abstract" },
    paper.pdfUrl && { href: paper.pdfUrl, label: "PDF" },
    ...paper.codeUrls.map((href) => ({ href, label: href.replace(/^https?:\/\/(www\.)?/, "") })),
    paper.projectUrl && { href: paper.projectUrl, label: "Project page" },
    hf && !paper.isDemo && { href: `https://huggingface.co/papers/${paper.arxivId}`, label: "Hugging Face" },
  ].filter((l): l is { href: string; label: string } => Boolean(l));

  return (
    <article className="space-y-6">
      <header className="flex gap-4">
        <VoteButton arxivId={paper.arxivId} votes={paper.votes} externalUpvotes={paper.externalUpvotes} size="lg" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{paper.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
            {paper.isDemo ? <DemoBadge /> : <span className="font-mono">arXiv:{paper.arxivId}v{paper.version}</span>}
            <span>Published {day.format(paper.publishedAt)}</span>
            {paper.revisedAt && paper.version > 1 ? <span>· revised {day.format(paper.revisedAt)} (v{paper.version})</span> : null}
          </p>
          {paper.authors.length ? (
            <p className="mt-2 text-zinc-800 dark:text-zinc-200">
              <AuthorNames authors={paper.authors} />
            </p>
          ) : null}
        </div>
      </header>

      {paper.techniqueTags.length ? (
        <section aria-labelledby="why-tags" className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="why-tags" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Techniques, and why</h2>
          <ul className="mt-3 space-y-2">
            {paper.techniqueTags.map((tag) => (
              <li key={tag.technique} className="flex flex-wrap items-center gap-2 text-sm">
                {tag.tentative ? <span className="text-zinc-600 italic dark:text-zinc-400">possibly</span> : null}
                <TechniqueChip slug={tag.technique} muted={tag.tentative} />
                <span className="tabular-nums text-zinc-600 dark:text-zinc-400" title="How often a tag with this score is right on the arXiv stream">
                  {Math.round(tag.score * 100)}%
                </span>
                <span className="text-zinc-600 dark:text-zinc-300">
                  matched {tag.evidence.map((e) => `“${e}”`).join(", ")}
                </span>
              </li>
            ))}
          </ul>
          {paper.techniqueTags.some((tag) => tag.tentative) ? (
            <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
              “Possibly” tags are below their technique&apos;s bar: kept here with their evidence, but the paper is not listed under them.
            </p>
          ) : null}
        </section>
      ) : null}

      <ResultsTable arxivId={paper.arxivId} facts={readFacts(paper.facts)} title={paper.title} abstract={paper.abstract} flags={flags} />

      <section aria-labelledby="abstract">
        <h2 id="abstract" className="text-lg font-semibold">Abstract</h2>
        <p className="mt-2 whitespace-pre-line leading-relaxed text-zinc-800 dark:text-zinc-200">{paper.abstract ? <MarkedAbstract abstract={paper.abstract} facts={readFacts(paper.facts)} /> : "No abstract."}</p>
        {paper.comments ? <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Comments: {paper.comments}</p> : null}
        {paper.journalRef ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Journal reference: {paper.journalRef}</p> : null}
      </section>

      <section className="flex flex-wrap items-center gap-2">
        {links.map((link) => (
          <a key={link.href} href={link.href} rel="noopener noreferrer" className="rounded-lg bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white">
            {link.label}
          </a>
        ))}
        {paper.isDemo ? null : <CopyButton text={toBibtex(paper)} label="Copy BibTeX" />}
        <span className="flex items-center gap-2 sm:ml-auto">
          <SaveButton arxivId={paper.arxivId} variant="labelled" />
          <ReadButton arxivId={paper.arxivId} variant="labelled" />
          <WatchControl arxivId={paper.arxivId} />
        </span>
      </section>

      {paper.categories.length ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Categories:{" "}
          {paper.categories.map((c, i) => (
            <span key={c}>
              {i ? ", " : ""}
              <Link href={`/?category=${encodeURIComponent(c)}&window=all`} className={c === paper.primaryCategory ? "font-semibold underline" : "underline"}>
                {c}
              </Link>
            </span>
          ))}
          {hf ? ` · ${hf.upvotes} upvotes on Hugging Face` : null}
        </p>
      ) : null}

      {similar.length ? (
        <section aria-labelledby="similar">
          <h2 id="similar" className="text-lg font-semibold">Similar papers</h2>
          <ul className="mt-2 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {similar.map((s) => (
              <li key={s.arxivId} className="flex flex-wrap items-center gap-2 px-4 py-3">
                <Link href={`/papers/${s.arxivId}`} className="font-medium hover:underline">{s.title}</Link>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">{s.techniques.map(techniqueLabel).join(" · ")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
