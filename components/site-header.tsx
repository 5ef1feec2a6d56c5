import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent-600 text-sm font-bold text-white">
            SD
          </span>
          <span>Sparse Digest</span>
        </Link>
        <p className="hidden text-sm text-zinc-500 sm:block dark:text-zinc-400">
          Trending research on Mixture-of-Experts and model compression
        </p>
      </div>
    </header>
  );
}
