import { Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/email-layout";
import { WatchedPapers, type WatchedPaperItem } from "./components/watched-papers";

export type WatchAlertProps = { items: WatchedPaperItem[]; manageUrl: string; unsubscribeUrl: string };

/** What a subscriber without a digest (alerts only) gets when papers they watch change. */
export default function WatchAlertEmail({ items, manageUrl, unsubscribeUrl }: WatchAlertProps) {
  return (
    <EmailLayout preview={items.length ? `${items[0].lines[0]}: ${items[0].title}` : "Papers you watch"} manageUrl={manageUrl} unsubscribeUrl={unsubscribeUrl}>
      <Heading as="h1" className="sd-text" style={{ fontSize: "22px", margin: "0 0 4px", color: "#18181b" }}>
        Papers you watch
      </Heading>
      <Text className="sd-muted" style={{ ...styles.muted, marginBottom: "8px" }}>
        {items.length === 1 ? "A paper you watch has changed." : `${items.length} papers you watch have changed.`}
      </Text>
      <WatchedPapers items={items} manageUrl={manageUrl} heading={false} />
    </EmailLayout>
  );
}

WatchAlertEmail.PreviewProps = {
  items: [
    {
      title: "Sparse Upcycling of Dense Checkpoints into Mixture-of-Experts, with Expert Merging and Distillation",
      url: "http://localhost:3000/papers/2611.01234",
      arxivUrl: "https://arxiv.org/abs/2611.01234v2",
      lines: ["New version: v2 (was v1)", "Code: https://github.com/sparse-lab/upcycle-moe"],
    },
  ],
  manageUrl: "http://localhost:3000/manage/example",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/example",
} satisfies WatchAlertProps;
