"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Nothing you did. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
        Try again
      </button>
    </div>
  );
}
