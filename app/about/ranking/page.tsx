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
          <strong>Votes here</strong>: one per browser per paper, no account needed; click again to take it back. See{" "}
          <a href="#votes" className="underline">how votes are counted</a> below.
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
      <h2 id="votes" className="pt-4 text-xl font-bold tracking-tight">
        How votes are counted
      </h2>
      <p>Votes need no account, so a few rules keep a script from deciding what trends:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Your browser is the voter.</strong> Your first vote sets a signed cookie; the database keeps only a keyed hash of it.
          Without that cookie a vote cannot be taken back, and repeating it adds nothing.
        </li>
        <li>
          <strong>One vote per paper per network address per day.</strong> Whatever cookies arrive, a paper gets at most one standing
          vote a day from one address (for IPv6, one /64 network). People sharing an address, such as an office or a campus, share
          that vote: the second sees &ldquo;Someone on your network already voted for this paper today&rdquo;. We store a keyed hash of
          the day and the address, never the address, and delete it after a day.
        </li>
        <li>
          <strong>Ten votes at once, then one every two seconds</strong> per address, counted in the database, so every server of this
          site counts the same way and one busy address never slows anyone else down.
        </li>
        <li>
          The address is the one your connection comes from. Headers such as X-Forwarded-For count only when the site runs behind a
          proxy it was told to trust.
        </li>
        <li>The count on each button is the count stored: one row per vote.</li>
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
