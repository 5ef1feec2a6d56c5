import { expect } from "vitest";
import { newTokenSecret } from "@/lib/subscriptions/subscribe";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { db, resetDatabase } from "@/tests/helpers/db";
import type { ReceivedMail } from "@/tests/helpers/smtp";
import type { Cadence } from "@/lib/subscriptions/cadence";

export const TECHNIQUES = ["moe", "quantization", "kv-cache"];

/**
 * An empty database with papers published at `publishedAt` (three per technique, tagged by the
 * current tagger so a worker's re-tag leaves them alone) and `subscribers` active subscribers.
 */
export async function seedDigestWorld({ subscribers, cadence, publishedAt }: { subscribers: number; cadence: Cadence; publishedAt: Date[] }) {
  await resetDatabase();
  let n = 0;
  for (const at of publishedAt) {
    for (let i = 0; i < 9; i++, n++) {
      const technique = TECHNIQUES[i % 3];
      await db.paper.create({
        data: { arxivId: `2611.${String(n).padStart(5, "0")}`, title: `Paper ${n} on ${technique}`, publishedAt: at, votes: i, techniques: [technique],
          taggerVersion: TAGGER_VERSION, authors: ["A. Author"], categories: [], codeUrls: [] },
      });
    }
  }
  for (let i = 0; i < subscribers; i++) {
    await db.subscriber.create({ data: { email: `reader${i}@example.org`, status: "active", cadence, techniques: [TECHNIQUES[i % 3]],
      tokenSecret: newTokenSecret() } });
  }
}

/** Every subscriber got exactly one digest for the period: one distinct Message-ID each, all marked sent. */
export async function expectExactlyOnce(inbox: ReceivedMail[], subscribers: number) {
  const ids = new Map<string, Set<string>>();
  for (const mail of inbox) {
    const to = (mail.to as { text: string }).text;
    ids.set(to, (ids.get(to) ?? new Set()).add(mail.messageId!));
  }
  expect(ids.size).toBe(subscribers);
  for (const [, set] of ids) expect(set.size).toBe(1);
  expect(await db.digestDelivery.count({ where: { status: "sent" } })).toBe(subscribers);
}
