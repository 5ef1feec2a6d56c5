// npm run bench:hostile [-- --requests 10000 --concurrency 16 --url http://host:port --dist .next]
// Sends hostile requests (scripts/lib/hostile-requests.ts) to the production server and counts
// the answers by status. Exit 1 on any 5xx, each listed with the request that caused it.
// Without --url it starts its own server, as `npm start` runs it, on a throwaway PostgreSQL
// with the demo papers; --dist names the build whose server action ids to use.
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchServer } from "@/scripts/lib/bench-server";
import { hostileRequests, type HostileRequest } from "@/scripts/lib/hostile-requests";
import { runCli } from "@/scripts/run-cli";

const { values } = parseArgs({ options: { requests: { type: "string", default: "10000" }, concurrency: { type: "string", default: "16" }, url: { type: "string" }, dist: { type: "string" } } });

type Answer = { status: number; body: string };

/** One request written byte for byte on its own connection: any target, any header, any body. */
function send(port: number, host: string, request: HostileRequest): Promise<Answer> {
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = { host: `${host}:${port}`, connection: "close", ...request.headers };
  if (body) headers["content-length"] = String(body.length);
  const head = `${request.method} ${request.target} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`;
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => (socket.destroy(), resolve({ status: -1, body: "timeout (30 s)" })), 30_000);
    socket.on("connect", () => {
      socket.write(head);
      if (body) socket.write(body);
    });
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => {}); // a server closing on an oversized body: the answer came first
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("latin1");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf("\r\n\r\n") + 4, 300) });
    });
  });
}

function actionIdsOf(dir: string): string[] {
  try {
    return Object.keys(JSON.parse(readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8")).node);
  } catch {
    return [];
  }
}

await runCli(async () => {
  const count = Number(values.requests);
  let base = values.url;
  let dist = values.dist ?? ".next";
  let stop = async () => {};
  let serverLog = "";
  if (!base) {
    // Its log (Next warns about every refused action) is shown only if something failed.
    const bench = await startBenchServer("hostile", ["ignore", "ignore", "pipe"]);
    bench.server.stderr!.on("data", (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-20_000)));
    ({ base, dist, stop } = bench);
  }
  try {
    const url = new URL(base);
    const requests = hostileRequests(count, { actionIds: actionIdsOf(dist) });
    const byStatus = new Map<number, number>();
    const byKind = new Map<string, { sent: number; failed: number }>();
    const failures: { request: HostileRequest; answer: Answer }[] = [];
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: Number(values.concurrency) }, async () => {
        while (next < requests.length) {
          const request = requests[next++];
          const answer = await send(Number(url.port || 80), url.hostname, request);
          byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
          const kind = byKind.get(request.kind) ?? { sent: 0, failed: 0 };
          kind.sent++;
          if (answer.status >= 500 || answer.status <= 0) {
            kind.failed++;
            failures.push({ request, answer });
          }
          byKind.set(request.kind, kind);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`${count} hostile requests in ${seconds.toFixed(1)} s to ${base}`);
    console.log(`by status: ${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s <= 0 ? "no answer" : s} ×${n}`).join(", ")}`);
    console.log(`by kind:   ${[...byKind].map(([k, v]) => `${k} ${v.sent}${v.failed ? ` (${v.failed} 5xx)` : ""}`).join(", ")}`);
    const distinct = new Map<string, { request: HostileRequest; answer: Answer; times: number }>();
    for (const f of failures) {
      const key = `${f.answer.status} ${f.request.method} ${f.request.target.slice(0, 80)} ${JSON.stringify(f.request.headers).slice(0, 120)}`;
      const seen = distinct.get(key);
      if (seen) seen.times++;
      else distinct.set(key, { ...f, times: 1 });
    }
    for (const [key, f] of [...distinct].slice(0, 40)) console.log(`  ${key}${f.request.body ? ` body ${JSON.stringify(f.request.body.slice(0, 80))}` : ""} ×${f.times} → ${JSON.stringify(f.answer.body.slice(0, 120))}`);
    if (failures.length) {
      if (serverLog) console.log(`\nthe server's last log lines:\n${serverLog.split("\n").slice(-40).join("\n")}`);
      throw new Error(`${failures.length} of ${count} answers were 5xx or none`);
    }
    console.log("0 responses 5xx.");
  } finally {
    await stop();
  }
});
