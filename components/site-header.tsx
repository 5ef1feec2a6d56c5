import Link from "next/link";
import { SavedLink } from "@/components/reading-list/saved-link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent-600 text-sm font-bold text-white">
            SD
          </span>
          <span>Sparse Digest</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-3 text-sm text-zinc-600 dark:text-zinc-300">
          <Link href="/" className="hover:text-zinc-900 dark:hover:text-white">Trending</Link>
          <Link href="/topics/moe" className="hover:text-zinc-900 dark:hover:text-white">Topics</Link>
          <SavedLink className="hover:text-zinc-900 dark:hover:text-white" />
          <Link href="/about/ranking" className="hover:text-zinc-900 dark:hover:text-white">About</Link>
          <a href="#subscribe-heading" className="rounded-full bg-accent-600 px-3 py-1 font-medium text-white hover:bg-accent-700">Subscribe</a>
        </nav>
        <form action="/" method="get" role="search" className="order-last w-full sm:order-none sm:ml-auto sm:w-72">
          <label htmlFor="site-search" className="sr-only">
            Search papers
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={300}
            placeholder={'Search: "expert pruning" -survey, or an arXiv id'}
            className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </form>
      </div>
    </header>
  );
}
