import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";

export type DigestPaper = { title: string; url: string; arxivUrl: string | null; codeUrl: string | null; techniques: string[]; reason: string; authors: string; glance: string };
export type DigestEmailProps = { periodLabel: string; cadence: "daily" | "weekly"; papers: DigestPaper[]; techniques: string[]; manageUrl: string; unsubscribeUrl: string; siteUrl: string };

export default function DigestEmail({ periodLabel, cadence, papers, techniques, manageUrl, unsubscribeUrl, siteUrl }: DigestEmailProps) {
  const preview = papers.length ? `${papers.length} trending papers: ${papers[0].title}` : `Nothing new in ${techniques.join(", ")} ${periodLabel}`;
  return (
    <EmailLayout preview={preview} manageUrl={manageUrl} unsubscribeUrl={unsubscribeUrl}>
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 4px", color: "#18181b" }}>
        Your {cadence} digest
      </Heading>
      <Text className="sd-muted" style={{ ...styles.muted, marginBottom: "16px" }}>
        {periodLabel} · {techniques.join(", ")}
      </Text>
      {papers.length === 0 ? (
        <Text className="sd-text" style={styles.text}>
          No new trending papers in your techniques this time (weekends and holidays are quiet on arXiv). We will write again next{" "}
          {cadence === "daily" ? "day" : "week"}.
        </Text>
      ) : (
        papers.map((paper, i) => (
          <Section key={paper.url} style={{ borderTop: i ? "1px solid #e4e4e7" : "none", padding: "14px 0" }}>
            <Text style={{ margin: "0 0 4px", fontSize: "16px", fontWeight: 600, lineHeight: "22px" }}>
              <Link className="sd-link" href={paper.url} style={{ color: "#18181b", textDecoration: "none" }}>
                <span className="sd-text">
                  {i + 1}. {paper.title}
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
            <Text style={{ margin: "6px 0 2px" }}>
              {paper.techniques.map((technique) => (
                <span key={technique} style={{ display: "inline-block", backgroundColor: "#eef2ff", color: "#3730a3", borderRadius: "999px", fontSize: "12px", fontWeight: 600, padding: "2px 8px", marginRight: "6px" }}>
                  {technique}
                </span>
              ))}
            </Text>
            <Text className="sd-text" style={{ ...styles.text, fontSize: "14px", margin: "4px 0 6px" }}>
              {paper.reason}
            </Text>
            <Text style={{ ...styles.muted, fontSize: "13px" }}>
              <Link className="sd-link" href={paper.url} style={styles.link}>
                Details
              </Link>
              {paper.arxivUrl ? (
                <>
                  {" · "}
                  <Link className="sd-link" href={paper.arxivUrl} style={styles.link}>
                    arXiv
                  </Link>
                </>
              ) : null}
              {paper.codeUrl ? (
                <>
                  {" · "}
                  <Link className="sd-link" href={paper.codeUrl} style={styles.link}>
                    Code
                  </Link>
                </>
              ) : null}
            </Text>
          </Section>
        ))
      )}
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
    { title: "Mixtral of Experts", url: "http://localhost:3000/papers/2401.04088", arxivUrl: "https://arxiv.org/abs/2401.04088", codeUrl: null, techniques: ["MoE"], reason: "MoE; 42 upvotes this week", authors: "Albert Q. Jiang, Alexandre Sablayrolles et al.", glance: "Mixtral-8x7B" },
  ],
  manageUrl: "http://localhost:3000/manage/example",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/example",
  siteUrl: "http://localhost:3000",
} satisfies DigestEmailProps;
