import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";
import type { Cadence } from "@/lib/subscriptions/cadence";

export type ConfirmSubscriptionProps = { confirmUrl: string; techniques: string[]; cadence: Cadence; follows?: string[] };

export default function ConfirmSubscriptionEmail({ confirmUrl, techniques, cadence, follows = [] }: ConfirmSubscriptionProps) {
  return (
    <EmailLayout preview="Confirm your Sparse Digest subscription">
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 12px", color: "#18181b" }}>
        Confirm your subscription
      </Heading>
      <Text className="sd-text" style={styles.text}>
        Someone, hopefully you, asked for a {cadence} digest of trending papers on {techniques.join(", ")}. Nothing will be sent until you
        confirm.
      </Text>
      {follows.length ? (
        <Text className="sd-text" style={styles.text}>
          It will also bring new papers by {follows.join(", ")}, in a section &ldquo;From authors you follow&rdquo;.
        </Text>
      ) : null}
      <Button href={confirmUrl} style={styles.button}>
        Confirm subscription
      </Button>
      <Text className="sd-muted" style={{ ...styles.muted, marginTop: "16px" }}>
        The link works for three days. If you did not ask for this, ignore this email: you will hear nothing more.
      </Text>
    </EmailLayout>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  confirmUrl: "http://localhost:3000/confirm/example",
  techniques: ["MoE", "KV cache"],
  cadence: "weekly",
} satisfies ConfirmSubscriptionProps;
