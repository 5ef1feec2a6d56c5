import { spawn, type StdioOptions } from "node:child_process";

/** Starts the production web server (scripts/serve.ts) as a child, as `npm start` runs it. */
export function spawnWebServer(env: NodeJS.ProcessEnv, port: number | string, stdio: StdioOptions) {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...env, PORT: String(port) }, stdio });
}
