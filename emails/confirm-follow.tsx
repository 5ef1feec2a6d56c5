import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";

export type ConfirmFollowProps = { name: string; manageUrl: string };

export default function ConfirmFollowEmail({ name, manageUrl }: ConfirmFollowProps) {
  return (
    <EmailLayout preview={`Confirm: follow ${name}`}>
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 12px", color: "#18181b" }}>
        Follow {name}?
      </Heading>
      <Text className="sd-text" style={styles.text}>
        Someone, hopefully you, asked on {name}&apos;s author page to add their new papers to your digest, in a section &ldquo;From
        authors you follow&rdquo;. Nothing changes until you confirm on your digest&apos;s page.
      </Text>
      <Button href={manageUrl} style={styles.button}>
        Review and confirm
      </Button>
      <Text className="sd-muted" style={{ ...styles.muted, marginTop: "16px" }}>
        If you did not ask for this, ignore this email: the request is never applied.
      </Text>
    </EmailLayout>
  );
}

ConfirmFollowEmail.PreviewProps = { name: "Geoffrey Hinton", manageUrl: "http://localhost:3000/manage/example" } satisfies ConfirmFollowProps;
