import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { createAtomParser } from "@/lib/ingest/atom-parser";
import { decodeBody } from "@/lib/ingest/decode-body";
import type { SourceId } from "@/lib/ingest/schemas";
import type { IngestAdapter } from "@/lib/ingest/source";
import { toPaperResult } from "@/lib/ingest/sources/arxiv-api";
import { parseArxivRss } from "@/lib/ingest/sources/arxiv-rss";
import { parseHfDaily } from "@/lib/ingest/sources/hf-daily";

/** Which adapter wrote this file: an Atom feed (arXiv API), an RSS listing, or HF JSON. */
export async function detectFileSource(path: string): Promise<SourceId> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = decodeBody(buffer.subarray(0, bytesRead)).replace(/^\uFEFF/, "").trimStart();
    if (head.startsWith("[") || head.startsWith("{")) return "hf-daily";
    if (/<feed[\s>]/.test(head)) return "arxiv-api";
    return "arxiv-rss";
  } finally {
    await handle.close();
  }
}

/**
 * A saved feed, no network. Atom files stream (constant memory whatever their size, and what was
 * read before a truncation is kept); RSS listings and HF JSON are small and parsed whole.
 */
export async function feedFileSource(path: string): Promise<IngestAdapter> {
  const id = await detectFileSource(path);
  return {
    id,
    expectedEveryHours: 26,
    async *read(context) {
      if (id === "hf-daily") return yield* parseHfDaily(decodeBody(await readFile(path)), context.now);
      if (id === "arxiv-rss") return yield* (await parseArxivRss(decodeBody(await readFile(path)), context.now)).items;
      const { size } = await stat(path);
      const parser = createAtomParser();
      let index = 0;
      let bytes = 0;
      for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
        bytes += Buffer.byteLength(chunk);
        parser.write(chunk as string);
        for (const entry of parser.take()) yield toPaperResult(entry, index++, context.now);
        context.onProgress?.(bytes, size);
      }
      parser.end();
      for (const entry of parser.take()) yield toPaperResult(entry, index++, context.now);
    },
  };
}
