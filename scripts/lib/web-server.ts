import { spawn, type StdioOptions } from "node:child_process";
import { parseSettings } from "@/lib/platform/settings";

// V8 sizes its heap from the machine (about 4 GB here) and collects lazily below that: under
// load the web server kept growing to 750-820 MiB of mostly garbage, and never gave it back. Its
// live heap is ~120 MiB plus the page cache's keys and headers (bodies live outside the heap), so
// a ceiling of 320 MiB plus PAGE_CACHE_MB makes V8 collect in time; measured in docs/browse.md.
const HEAP_BASE_MB = 320;

/** Starts the production web server (scripts/serve.ts) as a child, as `npm start` runs it. */
export function spawnWebServer(env: NodeJS.ProcessEnv, port: number | string, stdio: StdioOptions) {
  const heapMb = HEAP_BASE_MB + parseSettings(env).PAGE_CACHE_MB;
  return spawn(process.execPath, [`--max-old-space-size=${heapMb}`, "--import", "tsx", "scripts/serve.ts"], { env: { ...env, PORT: String(port) }, stdio });
}
