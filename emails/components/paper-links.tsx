import { Link, Text } from "@react-email/components";
import { styles } from "./email-layout";

/** "Details · arXiv · Code" under a paper, in a digest or an alert. */
export function PaperLinks({ url, arxivUrl, codeUrl = null, marginTop = "0" }: { url: string; arxivUrl: string | null; codeUrl?: string | null; marginTop?: string }) {
  const extra = [arxivUrl && { href: arxivUrl, label: "arXiv" }, codeUrl && { href: codeUrl, label: "Code" }].filter((l): l is { href: string; label: string } => Boolean(l));
  return (
    <Text style={{ ...styles.muted, fontSize: "13px", marginTop }}>
      <Link className="sd-link" href={url} style={styles.link}>
        Details
      </Link>
      {extra.map((link) => (
        <span key={link.label}>
          {" · "}
          <Link className="sd-link" href={link.href} style={styles.link}>
            {link.label}
          </Link>
        </span>
      ))}
    </Text>
  );
}
