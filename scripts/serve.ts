// The production web server: Next.js behind the page cache (lib/web/cached-handler.ts), which
// serves public pages from memory until PostgreSQL says their data changed. `npm start`, the
// Playwright suite and `npm run bench:web` all run this, so what is measured is what is served.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { settings } from "@/lib/platform/settings";
import { describeMailDestination } from "@/lib/mail/outbox";
import { listenForDataChanges } from "@/lib/platform/data-changes";
import { requireAppSecret } from "@/lib/security/app-secret";
import { hasVoted } from "@/lib/votes/voter-hint";
import { withPageCache } from "@/lib/web/cached-handler";
import { withClientStamp } from "@/lib/web/client-address";
import { refuseTunnel, withFrontDoor } from "@/lib/web/front-door";
import { createPageCache } from "@/lib/web/page-cache";
import { withRenderLimit } from "@/lib/web/render-limit";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { DATABASE_URL, PORT, PAGE_CACHE_MB, TRUST_PROXY } = settings();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: the web server is started by `npm start`.");
  requireAppSecret();
  const app = next({ dev: false, dir: process.cwd(), port: PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const changes = PAGE_CACHE_MB > 0 ? await listenForDataChanges(DATABASE_URL) : null;
  const cache = createPageCache({ maxBytes: PAGE_CACHE_MB * 2 ** 20 });
  const render = withRenderLimit(withClientStamp((req: IncomingMessage, res: ServerResponse) => handle(req, res), { trustProxy: TRUST_PROXY }));
  // A browser that has voted waits for a fresh render, so its own vote is always in what it sees.
  const pages = changes ? withPageCache(render, { cache, live: changes.live, wantsFresh: hasVoted }) : render;
  const server = createServer(withFrontDoor(pages));
  server.on("connect", refuseTunnel).on("upgrade", refuseTunnel);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(PORT, resolve));
  console.log(`Web server listening on port ${PORT}${changes ? ` (page cache ${PAGE_CACHE_MB} MiB)` : ""}.`);
  console.log(describeMailDestination());

  const stop = async () => {
    server.close();
    await changes?.close();
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
