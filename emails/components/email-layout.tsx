import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Inline styles for every client; the <style> block only adds a dark palette where supported.
const DARK_MODE = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    body, .sd-body, .sd-body > table > tbody > tr > td { background: #09090b !important; }
    .sd-card { background: #18181b !important; border-color: #3f3f46 !important; }
    .sd-text { color: #e4e4e7 !important; }
    .sd-muted { color: #a1a1aa !important; }
    .sd-link { color: #a5b4fc !important; }
  }`;

export const styles = {
  text: { color: "#27272a", fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" },
  muted: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: "0" },
  link: { color: "#4338ca", textDecoration: "underline" },
  button: { backgroundColor: "#4f46e5", borderRadius: "8px", color: "#ffffff", fontSize: "15px", fontWeight: 600, padding: "12px 20px", textDecoration: "none", display: "inline-block" },
};

export function EmailLayout({ preview, children, manageUrl, unsubscribeUrl }: { preview: string; children: ReactNode; manageUrl?: string; unsubscribeUrl?: string }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_MODE}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="sd-body" style={{ backgroundColor: "#f4f4f5", fontFamily: "-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "0 12px" }}>
          <Text style={{ fontSize: "16px", fontWeight: 700, color: "#4f46e5", margin: "0 0 12px" }}>Sparse Digest</Text>
          <Section className="sd-card" style={{ backgroundColor: "#ffffff", border: "1px solid #e4e4e7", borderRadius: "12px", padding: "24px" }}>
            {children}
          </Section>
          {manageUrl || unsubscribeUrl ? (
            <>
              <Hr style={{ borderColor: "#e4e4e7", margin: "20px 0 12px" }} />
              <Text className="sd-muted" style={styles.muted}>
                You get this because you subscribed to Sparse Digest.{" "}
                {manageUrl ? (
                  <Link className="sd-link" href={manageUrl} style={styles.link}>
                    Change techniques or cadence
                  </Link>
                ) : null}
                {manageUrl && unsubscribeUrl ? " · " : null}
                {unsubscribeUrl ? (
                  <Link className="sd-link" href={unsubscribeUrl} style={styles.link}>
                    Unsubscribe
                  </Link>
                ) : null}
              </Text>
            </>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
