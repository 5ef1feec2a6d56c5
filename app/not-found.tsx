import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">We don&apos;t have that page</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">The paper may not be in our database yet, or the address is mistyped.</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
        Back to trending papers
      </Link>
    </div>
  );
}
