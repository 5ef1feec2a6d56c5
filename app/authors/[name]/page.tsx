import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { FollowByEmail } from "@/components/authors/follow-by-email";
import { HideReadSwitch } from "@/components/reading-list/hide-read-switch";
import { ReadAwareItem } from "@/components/reading-list/read-aware-item";
import { FollowLinks } from "@/components/trending/follow-links";
import { PaperCard } from "@/components/trending/paper-card";
import { requestFollowAction } from "@/lib/authors/actions";
import { AuthorKeySchema, authorKey } from "@/lib/author-key";
import { authorFilters, getAuthorPage } from "@/lib/authors/queries";
import { PAGE_SIZE, viewHref } from "@/lib/trending/filters";

type Props = { params: Promise<{ name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat("en");

// A key never holds "%", so a param with one is still percent-encoded (Next hands this segment as
// sent) and is decoded once. Any spelling of a name redirects to its key ("Geoffrey E. Hinton" →
// geoffrey-hinton); what is no name at all is a 404.
function decoded(raw: string) {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function keyOf(props: Props) {
  const name = decoded((await props.params).name);
  if (name === null) notFound();
  if (AuthorKeySchema.safeParse(name).success) return name;
  const key = name.length <= 300 ? authorKey(name) : null;
  if (key) permanentRedirect(`/authors/${encodeURIComponent(key)}`);
  notFound();
}

const pageOf = (raw: unknown) => {
  const page = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(page) && page >= 1 && page <= 50 ? page : 1;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const name = decoded((await props.params).name);
  const author = name && AuthorKeySchema.safeParse(name).success ? await getAuthorPage(name, 1) : null;
  return author ? { title: `${author.name}: papers`, alternates: { types: { "application/rss+xml": `/feed.xml?author=${encodeURIComponent(name!)}&window=new&field=all` } } } : { title: "Author" };
}

export default async function AuthorPage(props: Props) {
  const key = await keyOf(props);
  const page = pageOf((await props.searchParams).page);
  const author = await getAuthorPage(key, page);
  if (!author) notFound();
  const filters = authorFilters(key, page);
  const path = `/authors/${encodeURIComponent(key)}`;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm font-medium text-zinc-500 dark:text-zinc-400">Author</p>
        <h1 className="text-2xl font-bold tracking-tight">{author.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {number.format(author.total)} {author.total === 1 ? "paper" : "papers"} on Sparse Digest, newest first
          {author.variants.length ? <> · also written {author.variants.slice(0, 4).join(", ")}</> : null}
        </p>
        {author.initialKey ? (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Papers that give only the initials may be theirs too:{" "}
            <Link href={`/authors/${encodeURIComponent(author.initialKey.key)}`} className="underline underline-offset-2">
              {number.format(author.initialKey.total)} papers by any {author.initialKey.key.split("-")[0].toUpperCase()}. {author.name.split(" ").at(-1)}
            </Link>
          </p>
        ) : null}
      </header>
      <FollowByEmail action={requestFollowAction.bind(null, key)} name={author.name} />
      {author.papers.length ? (
        <>
          <div className="flex justify-end">
            <HideReadSwitch ids={author.papers.map((p) => p.arxivId)} />
          </div>
          <ol className="space-y-4">
            {author.papers.map((paper, i) => (
              <ReadAwareItem key={paper.arxivId} arxivId={paper.arxivId}>
                <PaperCard paper={paper} rank={(page - 1) * PAGE_SIZE + i + 1} />
              </ReadAwareItem>
            ))}
          </ol>
        </>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-300">No papers on this page.</p>
      )}
      <nav aria-label="Pages" className="flex items-center justify-between text-sm">
        {page > 1 ? (
          <Link href={page === 2 ? path : `${path}?page=${page - 1}`} className="rounded-lg border border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {author.hasMore ? (
          <Link href={`${path}?page=${page + 1}`} className="rounded-lg border border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
            Older →
          </Link>
        ) : null}
      </nav>
      <FollowLinks filters={filters} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Names are matched without case, accents or middle initials; the same view in the API:{" "}
        <a className="underline" href={viewHref("/api/papers", { ...filters, page: 1 })}>
          /api/papers?author={key}
        </a>
      </p>
    </div>
  );
}
