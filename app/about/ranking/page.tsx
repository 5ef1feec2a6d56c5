import type { Metadata } from "next";
import { TechniqueChip } from "@/components/technique-chip";
import { TECHNIQUES } from "@/lib/tagging/technique-labels";
import { RANKING } from "@/lib/trending/score";

export const metadata: Metadata = { title: "About ranking and tags" };

export default function AboutRankingPage() {
  return (
    <article className="prose-zinc max-w-3xl space-y-5 leading-relaxed">
      <h1 className="text-2xl font-bold tracking-tight">How papers are ranked</h1>
      <p>
        Trending works like Hacker News: a paper&apos;s points decay with its age, so a fresh paper with a few votes can pass an older one
        with many.
      </p>
      <pre className="overflow-x-auto rounded-xl bg-zinc-900 p-4 text-sm text-zinc-100">
        {`score  = points / (age_hours + ${RANKING.ageOffsetHours}) ^ ${RANKING.gravity}
points = ${RANKING.basePoints} + ${RANKING.inAppVoteWeight} × votes here + ${RANKING.externalUpvoteWeight} × upvotes on Hugging Face`}
      </pre>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Votes here</strong>: one per browser per paper, no account needed; click again to take it back.
        </li>
        <li>
          <strong>Hugging Face upvotes</strong>: the community count on Hugging Face Daily Papers, refreshed every hour.
        </li>
        <li>
          The extra point ({RANKING.basePoints}) lets a paper nobody has voted on yet rank by freshness. Age is counted from the first
          arXiv version.
        </li>
        <li>
          <strong>Today, This week, This month</strong> rank the papers published in that period; a past period ranks as it stood when
          it ended. <strong>All time</strong> ranks by points alone. <strong>New</strong> is newest first. Ties break by arXiv order, so
          the order never shuffles.
        </li>
        <li>
          <strong>Search</strong> ranks by relevance (title counts more than abstract) among the 2,000 newest matches, then by points.
        </li>
      </ul>
      <h2 className="pt-4 text-xl font-bold tracking-tight">How papers are tagged</h2>
      <p>
        Every paper is read by a rule-based tagger: weighted phrases and acronyms, title counting more than abstract, with traps for
        look-alikes (&ldquo;domain experts&rdquo; is not MoE, &ldquo;dataset distillation&rdquo; is not model distillation). Each paper page
        shows the phrases that fired and a confidence. Several techniques at once in the filters show papers with any of them.
      </p>
      <ul className="space-y-2">
        {TECHNIQUES.map((t) => (
          <li key={t.slug} className="flex flex-wrap items-baseline gap-2">
            <TechniqueChip slug={t.slug} />
            <span className="text-zinc-700 dark:text-zinc-300">{t.description}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
