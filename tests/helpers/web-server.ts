// The production web server (scripts/serve.ts, as `npm start` runs it: Next.js behind the front
// door and the page cache) on the test run's PostgreSQL, for vitest files that need the real
// thing. Built into its own folder, and only when the sources changed since the last build.
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { findFreePort } from "@/scripts/lib/postgres/embedded";
import { buildIfStale } from "@/scripts/lib/build";
import { waitForHttp } from "@/scripts/lib/wait-for-http";
import { spawnWebServer } from "@/scripts/lib/web-server";

export const TEST_DIST_DIR = ".next-test";
/** beforeAll timeout for a file that starts a server: a build takes 10-60 s on two busy cores. */
export const WEB_SERVER_TIMEOUT_MS = 240_000;

export type WebServer = { url: string; port: number; output: () => string; stop: () => Promise<void> };

export async function startWebServer(settings: Record<string, string> = {}): Promise<WebServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: TEST_DIST_DIR,
    SMTP_URL: "smtp://127.0.0.1:9", // nothing listens: no test mail leaves, none lands in an outbox
    ...settings,
  };
  await buildIfStale({ env, log: () => {} });
  const port = await findFreePort();
  const child: ChildProcess = spawnWebServer(env, port, ["ignore", "pipe", "pipe"]);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  try {
    await Promise.race([
      waitForHttp(`${url}/about/ranking`, 60_000),
      new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`the web server exited (${code}):\n${output}`)))),
    ]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    port,
    output: () => output,
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request exactly as given (any target, even `*`; any header), optionally from another
 * loopback address (127.0.0.2 …): Linux routes all of 127/8 to this machine, so each address is
 * a different client as the server's socket sees it.
 */
export function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; from?: string; host?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: options.host ?? "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: { host: `localhost:${port}`, ...options.headers }, localAddress: options.from, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The status line of a request written byte for byte (for targets http.request refuses). */
export function rawStatusLine(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.on("data", (chunk) => (received += chunk));
    socket.on("end", () => resolve(received.split("\r\n")[0]));
    socket.on("error", reject);
  });
}
