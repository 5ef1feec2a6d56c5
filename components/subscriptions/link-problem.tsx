import Link from "next/link";

export function LinkProblem({ problem }: { problem: "invalid" | "expired" }) {
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <h1 className="text-2xl font-bold">{problem === "expired" ? "This link has expired" : "This link does not work"}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {problem === "expired" ? "Links in our emails expire. Subscribe again below to get a fresh one." : "It may have been cut short or replaced by a newer email. Use the newest link we sent you."}
      </p>
      <Link href="/" className="mt-6 inline-block text-accent-600 underline dark:text-accent-100">Back to trending papers</Link>
    </div>
  );
}
