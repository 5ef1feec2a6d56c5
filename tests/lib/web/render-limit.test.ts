import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withRenderLimit } from "@/lib/web/render-limit";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(concurrency: number, renderMs: number) {
  let inside = 0;
  let most = 0;
  server = createServer(
    withRenderLimit(
      async (_req, res) => {
        most = Math.max(most, ++inside);
        await new Promise((resolve) => setTimeout(resolve, renderMs));
        inside--;
        res.end("page");
      },
      { concurrency },
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, resolve));
  return { url: `http://localhost:${(server!.address() as AddressInfo).port}/`, most: () => most };
}

describe("render limit", () => {
  it("renders at most `concurrency` requests at once and answers every one", async () => {
    const app = await serve(4, 30);
    const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(app.url).then((r) => r.text())));
    expect(answers.every((a) => a === "page")).toBe(true);
    expect(app.most()).toBe(4);
  });

  it("gives the slot of a client that left while waiting to the next one", async () => {
    const app = await serve(1, 100);
    const first = fetch(app.url);
    const quitter = new AbortController();
    const left = fetch(app.url, { signal: quitter.signal }).catch(() => "left");
    setTimeout(() => quitter.abort(), 20);
    const last = fetch(app.url);
    expect(await left).toBe("left");
    expect(await (await first).text()).toBe("page");
    expect(await (await last).text()).toBe("page");
    // Slots all came back: a further burst is served at full width.
    const burst = await Promise.all(Array.from({ length: 3 }, () => fetch(app.url).then((r) => r.status)));
    expect(burst).toEqual([200, 200, 200]);
  });
});
