import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";

export type ConfirmWatchProps = {
  confirmUrl: string;
  paperTitle: string;
  /** "watch": a subscriber adds a paper; "subscribe": the address confirms a subscription too. */
  mode: "watch" | "subscribe";
  /** For "subscribe": what the subscription sends besides the paper's news. */
  digest: string | null;
};

export default function ConfirmWatchEmail({ confirmUrl, paperTitle, mode, digest }: ConfirmWatchProps) {
  return (
    <EmailLayout preview={`Confirm watching “${paperTitle}”`}>
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 12px", color: "#18181b" }}>
        Watch this paper?
      </Heading>
      <Text className="sd-text" style={{ ...styles.text, fontWeight: 600 }}>
        {paperTitle}
      </Text>
      <Text className="sd-text" style={styles.text}>
        Someone, hopefully you, asked to hear when this paper gets a new arXiv version, a code link or a journal reference.{" "}
        {mode === "subscribe"
          ? digest
            ? `Confirming also starts the ${digest} you asked for.`
            : "You will get a short alert only when it changes; no digest, unless you add one later."
          : "It will appear in your digest's “Papers you watch” section (or in an alert, if you chose alerts only)."}
      </Text>
      <Button href={confirmUrl} style={styles.button}>
        Watch this paper
      </Button>
      <Text className="sd-muted" style={{ ...styles.muted, marginTop: "16px" }}>
        The link works for three days. If you did not ask for this, ignore this email: nothing changes.
      </Text>
    </EmailLayout>
  );
}

ConfirmWatchEmail.PreviewProps = {
  confirmUrl: "http://localhost:3000/watch/example",
  paperTitle: "Mixtral of Experts",
  mode: "subscribe",
  digest: null,
} satisfies ConfirmWatchProps;
