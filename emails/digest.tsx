import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";
import type { Cadence } from "@/lib/subscriptions/cadence";
import { PaperLinks } from "./components/paper-links";
import { WatchedPapers, type WatchedPaperItem } from "./components/watched-papers";

export type DigestPaper = { title: string; url: string; arxivUrl: string | null; codeUrl: string | null; techniques: string[]; reason: string; authors: string; glance: string };
export type DigestEmailProps = {
  periodLabel: string;
  cadence: Cadence;
  papers: DigestPaper[];
  /** "From authors you follow": none of them also in `papers`. */
  fromAuthors?: DigestPaper[];
  techniques: string[];
  manageUrl: string;
  unsubscribeUrl: string;
  siteUrl: string;
  /** "Papers you watch": what changed on them since the last digest (lib/watches/). */
  watched?: WatchedPaperItem[];
};

function PaperItem({ paper, number, first }: { paper: DigestPaper; number: number; first: boolean }) {
  return (
    <Section style={{ borderTop: first ? "none" : "1px solid #e4e4e7", padding: "14px 0" }}>
      <Text style={{ margin: "0 0 4px", fontSize: "16px", fontWeight: 600, lineHeight: "22px" }}>
        <Link className="sd-link" href={paper.url} style={{ color: "#18181b", textDecoration: "none" }}>
          <span className="sd-text">
            {number}. {paper.title}
          </span>
        </Link>
      </Text>
      {paper.authors ? (
        <Text className="sd-muted" style={styles.muted}>
          {paper.authors}
        </Text>
      ) : null}
      {paper.glance ? (
        <Text className="sd-text" style={{ ...styles.text, fontSize: "14px", fontWeight: 600, margin: "4px 0 2px" }}>
          {paper.glance}
        </Text>
      ) : null}
      {/* Why this paper, in one line: its techniques first, so no chip row repeats them. */}
      <Text className="sd-text" style={{ ...styles.text, fontSize: "14px", margin: "4px 0 6px" }}>
        {paper.reason}
      </Text>
      <PaperLinks url={paper.url} arxivUrl={paper.arxivUrl} codeUrl={paper.codeUrl} />
    </Section>
  );
}

export default function DigestEmail({ periodLabel, cadence, papers, fromAuthors = [], techniques, manageUrl, unsubscribeUrl, siteUrl, watched = [] }: DigestEmailProps) {
  const first = papers[0] ?? fromAuthors[0];
  const preview = watched.length
    ? `Papers you watch: ${watched[0].lines[0]}: ${watched[0].title}`
    : first
      ? `${papers.length + fromAuthors.length} papers: ${first.title}`
      : `Nothing new in ${techniques.join(", ")} ${periodLabel}`;
  return (
    <EmailLayout preview={preview} manageUrl={manageUrl} unsubscribeUrl={unsubscribeUrl}>
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 4px", color: "#18181b" }}>
        Your {cadence} digest
      </Heading>
      <Text className="sd-muted" style={{ ...styles.muted, marginBottom: "16px" }}>
        {periodLabel} · {techniques.join(", ")}
      </Text>
      {/* What the subscriber asked for by name comes first. */}
      <WatchedPapers items={watched} manageUrl={manageUrl} />
      {watched.length ? (
        <Heading as="h2" className="sd-text" style={{ fontSize: "17px", margin: "8px 0 0", paddingTop: "14px", borderTop: "2px solid #e4e4e7", color: "#18181b" }}>
          Trending in your techniques
        </Heading>
      ) : null}
      {papers.length === 0 && watched.length ? (
        <Text className="sd-muted" style={{ ...styles.muted, margin: "6px 0 12px" }}>
          Nothing new this time.
        </Text>
      ) : papers.length === 0 && fromAuthors.length === 0 ? (
        <Text className="sd-text" style={styles.text}>
          No new trending papers in your techniques this time (weekends and holidays are quiet on arXiv). We will write again next{" "}
          {cadence === "daily" ? "day" : "week"}.
        </Text>
      ) : (
        papers.map((paper, i) => <PaperItem key={paper.url} paper={paper} number={i + 1} first={i === 0} />)
      )}
      {fromAuthors.length ? (
        <>
          <Heading as="h2" className="sd-text" style={{ fontSize: "17px", margin: "20px 0 0", paddingTop: "14px", borderTop: "2px solid #e4e4e7", color: "#18181b" }}>
            From authors you follow
          </Heading>
          {fromAuthors.map((paper, i) => (
            <PaperItem key={paper.url} paper={paper} number={papers.length + i + 1} first={i === 0} />
          ))}
        </>
      ) : null}
      <Text className="sd-muted" style={{ ...styles.muted, marginTop: "8px" }}>
        <Link className="sd-link" href={siteUrl} style={styles.link}>
          See everything trending on Sparse Digest
        </Link>
      </Text>
    </EmailLayout>
  );
}

DigestEmail.PreviewProps = {
  periodLabel: "Week of 23 Nov 2026",
  cadence: "weekly",
  techniques: ["MoE", "KV cache"],
  papers: [
    { title: "Mixtral of Experts", url: "http://localhost:3000/papers/2401.04088", arxivUrl: "https://arxiv.org/abs/2401.04088", codeUrl: null, techniques: ["MoE"], reason: "MoE · 'mixture of experts' · 42 upvotes this week", authors: "Albert Q. Jiang, Alexandre Sablayrolles et al.", glance: "Mixtral-8x7B" },
  ],
  manageUrl: "http://localhost:3000/manage/example",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/example",
  siteUrl: "http://localhost:3000",
} satisfies DigestEmailProps;
