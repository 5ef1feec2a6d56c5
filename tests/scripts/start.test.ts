import { spawnSync } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, WORKER: "off", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe("npm start refuses bad settings with one clear line", () => {
  it("names DATABASE_URL when it is malformed", () => {
    const { code, stderr } = start({ DATABASE_URL: "mysql://localhost/db", PORT: "3990" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/DATABASE_URL: must be a URL like postgresql:/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names DATABASE_URL and the reason when the server does not answer", () => {
    const { code, stderr } = start({ DATABASE_URL: "postgresql://u:p@127.0.0.1:1/nothing", PORT: "3991" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Error: DATABASE_URL: cannot connect to 127\.0\.0\.1:1\/nothing: .*ECONNREFUSED/);
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it("says the port is in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const { code, stderr } = start({ PORT: String(port), DATABASE_URL: "postgresql://u:p@127.0.0.1:1/x" });
      expect(code).toBe(1);
      expect(stderr).toBe(`Error: port ${port} is already in use: stop what runs there or set PORT=<another port>`);
    } finally {
      blocker.close();
    }
  });
});
