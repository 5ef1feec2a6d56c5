import { mkdtemp, rm } from "node:fs/promises";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailTransport } from "@/lib/mail/transport";
import { request, startWebServer, WEB_SERVER_TIMEOUT_MS, type WebServer } from "@/tests/helpers/web-server";

// Two production servers without SMTP_URL: mails land as .eml files in DATA_DIR/outbox, and
// they hold confirmation links. One server as installed (no DEV_OUTBOX), one with DEV_OUTBOX=on.
let dataDir: string;
let installed: WebServer;
let devOutbox: WebServer;
let file: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "sd-outbox-"));
  const transport = createMailTransport(undefined, path.join(dataDir, "outbox"));
  await transport.sendMail({ from: "digest@localhost", to: "victim@example.org", subject: "Confirm your Sparse Digest subscription", text: "http://localhost/confirm/confirm.secret-token" });
  installed = await startWebServer({ SMTP_URL: "", DATA_DIR: dataDir });
  devOutbox = await startWebServer({ SMTP_URL: "", DATA_DIR: dataDir, DEV_OUTBOX: "on" });
  const listing = await request(devOutbox.port, { path: "/dev/outbox" });
  file = /href="\/dev\/outbox\/([^"]+\.eml)"/.exec(listing.body)?.[1] ?? "missing.eml";
}, WEB_SERVER_TIMEOUT_MS * 2);
afterAll(async () => {
  await installed?.stop();
  await devOutbox?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

// An address of this machine that is not loopback: a request from it is a request from the network.
const networkAddress = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === "IPv4")?.address;

describe("/dev/outbox", () => {
  it("is not served by an installation that did not ask for it", async () => {
    expect((await request(installed.port, { path: "/dev/outbox" })).status).toBe(404);
    const mail = await request(installed.port, { path: `/dev/outbox/${file}` });
    expect(mail.status).toBe(404);
    expect(mail.body).not.toContain("secret-token");
  });

  it("with DEV_OUTBOX=on, shows the mails to this machine only", async () => {
    const local = await request(devOutbox.port, { path: `/dev/outbox/${file}` });
    expect(local.status).toBe(200);
    expect(local.body).toContain("secret-token");
    // Through a proxy (or a client pretending to be one), the request is not this machine's.
    const proxyHeaders: Record<string, string>[] = [{ "x-forwarded-for": "127.0.0.1" }, { forwarded: "for=127.0.0.1" }];
    for (const headers of proxyHeaders) {
      expect((await request(devOutbox.port, { path: "/dev/outbox", headers })).status).toBe(404);
      expect((await request(devOutbox.port, { path: `/dev/outbox/${file}`, headers })).status).toBe(404);
    }
  });

  it.skipIf(!networkAddress)("with DEV_OUTBOX=on, hides the mails from the network", async () => {
    const remote = await request(devOutbox.port, { path: `/dev/outbox/${file}`, host: networkAddress, from: networkAddress });
    expect(remote.status).toBe(404);
    expect(remote.body).not.toContain("secret-token");
  });

  it("says at start where mails go", () => {
    expect(installed.output()).toMatch(/SMTP_URL is unset: mails are written to .*outbox\/ instead of being sent \(set DEV_OUTBOX=on to read them/);
    expect(devOutbox.output()).toMatch(/readable at http:\/\/localhost:\d+\/dev\/outbox from this machine/);
  });
});
