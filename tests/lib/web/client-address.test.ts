import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_HEADER, clientOf, groupAddress, normalizeAddress, readClient, stampClient } from "@/lib/web/client-address";

const request = (socket: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress: socket }, headers }) as unknown as IncomingMessage;

describe("client address", () => {
  it("is the socket's peer unless TRUST_PROXY says which forwarded entry to believe", () => {
    const forged = request("203.0.113.7", { "x-forwarded-for": "1.1.1.1, 2.2.2.2" });
    expect(clientOf(forged, 0).address).toBe("203.0.113.7");
    // One proxy: it appended what it saw (2.2.2.2); 1.1.1.1 was written by the client.
    expect(clientOf(forged, 1).address).toBe("2.2.2.2");
    expect(clientOf(forged, 2).address).toBe("1.1.1.1");
    // More hops trusted than entries present: the leftmost entry, never past it.
    expect(clientOf(forged, 5).address).toBe("1.1.1.1");
    expect(clientOf(request("203.0.113.7"), 1).address).toBe("203.0.113.7");
  });

  it("counts IPv6 clients by /64 and unwraps IPv4-mapped addresses", () => {
    expect(groupAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(clientOf(request("::ffff:198.51.100.4"), 0).address).toBe("198.51.100.4");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("198.51.100.4:5555")).toBe("198.51.100.4");
  });

  it("is local only from loopback with no proxy header", () => {
    expect(clientOf(request("127.0.0.1"), 0).local).toBe(true);
    expect(clientOf(request("::1"), 0).local).toBe(true);
    expect(clientOf(request("::ffff:127.0.0.1"), 0).local).toBe(true);
    expect(clientOf(request("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }), 0).local).toBe(false);
    expect(clientOf(request("127.0.0.1", { forwarded: "for=10.0.0.1" }), 0).local).toBe(false);
    expect(clientOf(request("192.0.2.1"), 0).local).toBe(false);
  });

  it("trusts the stamped header only when the front server signed it", () => {
    const req = request("198.51.100.4", { [CLIENT_HEADER]: "local 127.0.0.1|forged" });
    stampClient(req, 0);
    const stamped = new Headers({ [CLIENT_HEADER]: req.headers[CLIENT_HEADER] as string });
    expect(readClient(stamped)).toEqual({ address: "198.51.100.4", local: false });
    expect(readClient(new Headers({ [CLIENT_HEADER]: "local 127.0.0.1|forged" }))).toEqual({ address: "unknown", local: false });
    expect(readClient(new Headers())).toEqual({ address: "unknown", local: false });
  });
});
