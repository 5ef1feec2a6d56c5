// The production web server: Next.js behind the page cache (lib/web/cached-handler.ts), which
// serves public pages from memory until PostgreSQL says their data changed. `npm start`, the
// Playwright suite and `npm run bench:web` all run this, so what is measured is what is served.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { describeMailDestination } from "@/lib/mail/outbox";
import { requireAppSecret } from "@/lib/security/app-secret";
import { withPageCache } from "@/lib/web/cached-handler";
import { withClientStamp } from "@/lib/web/client-address";
import { listenForDataChanges } from "@/lib/web/data-changes";
import { refuseTunnel, withFrontDoor } from "@/lib/web/front-door";
import { createPageCache } from "@/lib/web/page-cache";
import { withRenderLimit } from "@/lib/web/render-limit";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the web server is started by `npm start`.");
  requireAppSecret();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const changes = env.PAGE_CACHE_MB > 0 ? await listenForDataChanges(env.DATABASE_URL) : null;
  const cache = createPageCache({ maxBytes: env.PAGE_CACHE_MB * 2 ** 20 });
  const render = withRenderLimit(withClientStamp((req: IncomingMessage, res: ServerResponse) => handle(req, res), { trustProxy: env.TRUST_PROXY }));
  const pages = changes ? withPageCache(render, { cache, live: changes.live }) : render;
  const server = createServer(withFrontDoor(pages));
  server.on("connect", refuseTunnel).on("upgrade", refuseTunnel);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(env.PORT, resolve));
  console.log(`Web server listening on port ${env.PORT}${changes ? ` (page cache ${env.PAGE_CACHE_MB} MiB)` : ""}.`);
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
