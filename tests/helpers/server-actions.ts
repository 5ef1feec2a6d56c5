// Calling the app's server actions over HTTP as a browser (or a script replaying one) does:
// POST with the action's id in Next-Action and the arguments in React's reply format.
import { readFileSync } from "node:fs";
import path from "node:path";
import { request, type RawResponse } from "@/tests/helpers/web-server";

/** Action ids of a build, by exported name (they change with every build). */
export function actionIds(distDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

export type ActionResponse = RawResponse & { result: unknown };

/** Posts `body` (the arguments as JSON text, or a multipart body) to the action; `result` is its answer, if any. */
export async function postAction(port: number, actionId: string, body: string | Buffer, options: { headers?: Record<string, string>; from?: string; path?: string } = {}): Promise<ActionResponse> {
  const response = await request(port, {
    method: "POST",
    path: options.path ?? "/",
    from: options.from,
    headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: `http://localhost:${port}`, ...options.headers },
    body,
  });
  // The Flight answer: row 1 holds the action's return value ("1:{…}"), or an error ("1:E{…}").
  const row = response.body.split("\n").find((line) => line.startsWith("1:"));
  let result: unknown;
  try {
    result = row ? JSON.parse(row.slice(2)) : undefined;
  } catch {
    result = undefined; // an error row or another kind of row
  }
  return { ...response, result };
}

export const cookiesOf = (response: RawResponse) => [response.headers["set-cookie"] ?? []].flat().map((c) => c.split(";")[0]).join("; ");
