import { beforeEach, describe, expect, it } from "vitest";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { db } from "@/tests/helpers/db";
import { seedDigestWorld } from "@/tests/helpers/digest-world";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";

const NOW = new Date("2026-11-30T07:00:00Z"); // Monday: the weekly digest covers 23-29 Nov
const IN_PERIOD = new Date("2026-11-25T10:00:00Z");
const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();
const mailTo = (email: string) => suite.smtp.inbox.filter((m) => (m.to as { text: string }).text === email);

async function subscriberOf(email: string) {
  return db.subscriber.findUniqueOrThrow({ where: { email } });
}
async function follow(email: string, authorKey: string, name: string) {
  const subscriber = await subscriberOf(email);
  await db.authorFollow.create({ data: { subscriberId: subscriber.id, authorKey, name, confirmedAt: NOW } });
}
const paper = (arxivId: string, title: string, techniques: string[], authors: string[], votes = 0) =>
  db.paper.create({ data: { arxivId, title, publishedAt: IN_PERIOD, techniques, taggerVersion: TAGGER_VERSION, authors, votes, categories: [],
    codeUrls: [] } });

beforeEach(async () => {
  suite.smtp.inbox.length = 0;
  suite.smtp.refuse(null);
  // reader0 and reader3: moe; reader1 and reader4: quantization; reader2 and reader5: kv-cache.
  await seedDigestWorld({ subscribers: 6, cadence: "weekly", publishedAt: [IN_PERIOD] });
  const pruning = await paper("2611.90001", "Hinton on pruning experts", ["pruning"], ["Geoffrey E. Hinton", "A. Author"], 3);
  await db.paperTechnique.create({ data: { paperId: pruning.id, technique: "pruning", score: 0.9, evidence: ["expert pruning", "sparsity"],
    taggerVersion: TAGGER_VERSION } });
  await paper("2611.90002", "Hinton on routing", ["moe"], ["Geoffrey Hinton"], 1);
  await paper("2611.90003", "Another G. Hinton", ["moe"], ["G. Hinton"]);
  await paper("2611.90004", "Hinton outside the field", [], ["GEOFFREY HINTON"]);
  const { id } = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.00004" } });
  await db.paper.update({ where: { id }, data: { title: "Paper 4 on quantization of diffusion models" } });
});

describe("From authors you follow", () => {
  it("gathers a followed author's papers of the period in their own section, each once, with why", async () => {
    await follow("reader0@example.org", "geoffrey-hinton", "Geoffrey Hinton");
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    const [mail] = mailTo("reader0@example.org");
    expect(mail.subject).toBe("4 trending papers in MoE, 3 from authors you follow: Week of 23 Nov 2026");
    const [trending, section] = (mail.text ?? "").split(/FROM AUTHORS YOU FOLLOW|From authors you follow/i);
    expect(section).toContain("Hinton on pruning experts");
    expect(section).toContain("Hinton on routing");
    expect(section).toContain("Hinton outside the field");
    expect(section).toContain("Pruning & sparsity · 'expert pruning' · by Geoffrey E. Hinton, whom you follow · 3 upvotes this week");
    expect(trending).not.toContain("Hinton on");
    // Initials only: maybe someone else, so it stays a trending MoE paper.
    expect(trending).toContain("Another G. Hinton");
    expect(section).not.toContain("Another G. Hinton");
    const delivery = await db.digestDelivery.findFirstOrThrow({ where: { subscriber: { email: "reader0@example.org" } } });
    const ids = (await db.paper.findMany({ where: { arxivId: { in: ["2611.90001", "2611.90002", "2611.90004"] } } })).map((p) => p.id).sort();
    expect([...delivery.authorPaperIds].sort()).toEqual(ids);
    expect(ids.every((id) => delivery.paperIds.includes(id))).toBe(true);
    // Subscribers who follow nobody get the digest as before.
    expect(mailTo("reader3@example.org")[0].text).not.toMatch(/authors you follow/i);
  });

  it("keeps to the subscriber's techniques when they chose so", async () => {
    await follow("reader3@example.org", "geoffrey-hinton", "Geoffrey Hinton");
    await db.subscriber.update({ where: { email: "reader3@example.org" }, data: { authorsAnyTechnique: false } });
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    const [mail] = mailTo("reader3@example.org");
    expect(mail.text).toContain("Hinton on routing");
    expect(mail.text).not.toContain("Hinton on pruning experts");
    expect(mail.text).not.toContain("Hinton outside the field");
  });

  it("leaves out the subscriber's excluded techniques and words from both sections", async () => {
    await follow("reader1@example.org", "geoffrey-hinton", "Geoffrey Hinton");
    await db.subscriber.update({ where: { email: "reader1@example.org" }, data: { excludes: ["pruning", "diffusion"] } });
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    const [mail] = mailTo("reader1@example.org");
    expect(mail.text).not.toContain("diffusion");
    expect(mail.text).not.toContain("Hinton on pruning experts");
    expect(mail.text).toContain("Hinton on routing");
    expect(mail.text).toContain("Paper 7 on quantization");
    // Another quantization reader without exclusions still gets the diffusion paper.
    expect(mailTo("reader4@example.org")[0].text).toContain("diffusion");
  });

  it("a deferred delivery is resent with the same sections, once", async () => {
    await follow("reader0@example.org", "geoffrey-hinton", "Geoffrey Hinton");
    suite.smtp.refuse((to) => (to === "reader0@example.org" ? { code: 421, message: "Try again later" } : null));
    const first = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW, attemptsPerRun: 1, retryBaseMs: 60_000 });
    expect(first).toMatchObject({ deferred: 1 });
    suite.smtp.refuse(null);
    // Meanwhile they unfollow: the resend is the message first claimed.
    await db.authorFollow.deleteMany();
    const retried = await retryDeliveries({ db, databaseUrl, transport: suite.transport, now: new Date(NOW.getTime() + 3_600_000), retryBaseMs: 60_000 });
    expect(retried).toMatchObject({ sent: 1 });
    const mails = mailTo("reader0@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toMatch(/From authors you follow/i);
    expect(mails[0].text).toContain("Hinton on routing");
  });
});
