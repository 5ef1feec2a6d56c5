import { Heading, Link, Section, Text } from "@react-email/components";
import { styles } from "./email-layout";
import { PaperLinks } from "./paper-links";

export type WatchedPaperItem = { title: string; url: string; arxivUrl: string | null; lines: string[] };

/** "Papers you watch": what changed on each, in a digest or an alert. */
export function WatchedPapers({ items, manageUrl, heading = true }: { items: WatchedPaperItem[]; manageUrl: string; heading?: boolean }) {
  if (!items.length) return null;
  return (
    <Section style={{ marginBottom: "12px" }}>
      {heading ? (
        <Heading as="h2" className="sd-text" style={{ fontSize: "17px", margin: "0 0 4px", color: "#18181b" }}>
          Papers you watch
        </Heading>
      ) : null}
      {items.map((item, i) => (
        <Section key={item.url} style={{ borderTop: i ? "1px solid #e4e4e7" : "none", padding: "10px 0" }}>
          <Text style={{ margin: "0 0 4px", fontSize: "15px", fontWeight: 600, lineHeight: "21px" }}>
            <Link className="sd-link" href={item.url} style={{ color: "#18181b", textDecoration: "none" }}>
              <span className="sd-text">{item.title}</span>
            </Link>
          </Text>
          {item.lines.map((line) => (
            <Text key={line} className="sd-text" style={{ ...styles.text, fontSize: "14px", lineHeight: "21px", margin: "0", padding: "1px 0 1px 12px", borderLeft: "3px solid #c7d2fe" }}>
              {line}
            </Text>
          ))}
          <PaperLinks url={item.url} arxivUrl={item.arxivUrl} marginTop="4px" />
        </Section>
      ))}
      <Text className="sd-muted" style={{ ...styles.muted, fontSize: "12px" }}>
        <Link className="sd-link" href={manageUrl} style={styles.link}>
          Stop watching a paper
        </Link>{" "}
        on your manage page.
      </Text>
    </Section>
  );
}
