import { beforeEach, describe, expect, it } from "vitest";
import { unreportedChanges } from "@/lib/digest/watched-changes";
import { watchedPaperItems } from "@/lib/watches/watched-items";
import { db, resetDatabase } from "@/tests/helpers/db";
import { activeSubscriber, UNWATCHED, watch, WATCHED, useWatchFeeds } from "@/tests/helpers/watch-world";

const feeds = useWatchFeeds();
beforeEach(() => resetDatabase());

describe("recording what changed on watched papers, from recorded feeds", () => {
  it("the arXiv API's Atom brings the journal reference and comment (ingest stores both)", async () => {
    await feeds.v1();
    expect(await feeds.journalRef()).toMatchObject({ updated: 1, failed: 0 });
    expect(await db.paper.findUniqueOrThrow({ where: { arxivId: WATCHED } })).toMatchObject({
      version: 2,
      journalRef: "Proceedings of the 31st Asia and South Pacific Design Automation Conference (ASP-DAC 2026)",
      comments: "Accepted to ASP-DAC 2026",
      primaryCategory: "cs.CL",
    });
  });

  it("records v2, the code link and the journal reference of a watched paper, each once, and nothing for unwatched papers", async () => {
    await feeds.v1();
    const reader = await activeSubscriber("reader@example.org", "weekly");
    await watch(reader.id);
    await feeds.v2();
    await feeds.v2(); // the same listing again changes nothing
    await feeds.codeLink();
    await feeds.journalRef();
    await db.paper.update({ where: { arxivId: UNWATCHED }, data: { version: 3, codeUrls: ["https://github.com/FFY0/DefensiveKV"] } });
    const changes = await db.paperChange.findMany({ orderBy: { id: "asc" }, include: { paper: { select: { arxivId: true } } } });
    expect(changes.map((c) => c.paper.arxivId)).toEqual([WATCHED, WATCHED, WATCHED]);
    expect(changes.map((c) => [(c.before as { version: number }).version, (c.after as { version: number }).version])).toEqual([[1, 2], [2, 2], [2, 2]]);
    expect((changes[1].after as { codeUrls: string[] }).codeUrls).toEqual(["https://github.com/mobile-moe/MoBiLE"]);

    const items = watchedPaperItems((await unreportedChanges(db, [reader.id], 0)).get(reader.id)!);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: "MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPUs with Mixture of Big-Little Experts", arxivUrl: `https://arxiv.org/abs/${WATCHED}v2` });
    expect(items[0].lines).toEqual([
      "New version: v2 (was v1)",
      "Speedup: 1.6–1.72× faster → 1.6–1.95× faster",
      "Code: https://github.com/mobile-moe/MoBiLE",
      "Journal reference: Proceedings of the 31st Asia and South Pacific Design Automation Conference (ASP-DAC 2026)",
      "Venue: ASP-DAC 2026 (from the arXiv comment)",
      "Title changed, was “MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPU with Mixture of Big Little Experts”",
      expect.stringMatching(/^Abstract revised; new: “Our results show that MoBiLE achieves a speedup of 1\.60x to 1\.95x .*” “This version adds results on Qwen3-30B-A3B and an ablation of the fallback threshold\.”$/),
    ]);
  });

  it("a change before the watch began is not the watcher's news", async () => {
    await feeds.v1();
    const reader = await activeSubscriber("early@example.org", "weekly");
    await watch(reader.id);
    await feeds.v2();
    const late = await activeSubscriber("late@example.org", "weekly");
    await watch(late.id);
    await feeds.codeLink();
    const news = await unreportedChanges(db, [reader.id, late.id], 0);
    expect(news.get(reader.id)).toHaveLength(2);
    expect(watchedPaperItems(news.get(late.id)!)[0].lines).toEqual(["Code: https://github.com/mobile-moe/MoBiLE"]);
  });
});
