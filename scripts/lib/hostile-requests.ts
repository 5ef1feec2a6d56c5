// Requests a prober sends: malformed paths, queries, headers, server action bodies, odd methods
// and targets, aimed at every route. Generated from a seed, so two runs send the same requests.
// scripts/bench-hostile.ts sends them and counts the answers; none may be a 5xx.
import { seededRandom } from "@/scripts/lib/seeded-random";

export type HostileRequest = { kind: string; method: string; target: string; headers: Record<string, string>; body?: string };

const ROUTES = ["/papers/", "/topics/", "/confirm/", "/manage/", "/unsubscribe/", "/api/papers/", "/api/unsubscribe/", "/dev/outbox/", "/digest/preview/", "/about/", "/status/", "/feed.xml/", "/_next/static/", "/_next/image/", "/api/cron/ingest/", "/"];
const SEGMENTS = ["%ZZ", "%", "%E0%A4%A", "%00", "a%00b", "%C0%AF", "%ED%A0%80", "%FF%FE", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/", "x".repeat(3000), "%F0%9F%98", "%25", "%2F", "demo%2F0001", "2401.00001v2", "hep-th/9901001", "..", ".", "%20", "%0A%0D", "<script>", "'%20OR%201=1--", "%u0041", "%%30%30", "demo/0001", "moe", "index.php", "wp-login.php", "%2525", "%252F", "%25ZZ", "%2500"];
const PAGES = ["/", "/topics/moe", "/topics/kv-cache", "/feed.xml", "/feed.atom", "/feed.json", "/api/papers", "/digest/preview", "/status", "/about/ranking", "/papers/demo/0001"];
const PARAMS = ["topics", "window", "q", "category", "hasCode", "limit", "cursor", "date", "sort", "cadence", "field", "at", "page", "_rsc", "__proto__", "constructor[prototype]"];
const VALUES = ["%ZZ", "%00", "", "-1", "0", "1e309", "99999999999999999999", "NaN", "x".repeat(2000), "%FF", "' OR 1=1--", "<script>alert(1)</script>", "$where", "%E2%80%AE", "9999-99-99", "0000-00-00", "275760-09-14", "-271821-04-19", "2026-02-30", "1970-01-01", "moe,moe,moe", ",,,", "week", "all", "daily", "weekly", "true", "[]", "{}", "%2C", "+", "%20%20", "\u00e9".normalize(), "%C3%A9"];
const HEADER_CASES: Record<string, string>[] = [
  { rsc: "1", "next-router-state-tree": "garbage" },
  { rsc: "1", "next-router-state-tree": "%7B" },
  { rsc: "1", "next-router-state-tree": encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]') },
  { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "garbage" },
  { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
  { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/%ZZ" },
  { rsc: "1", "next-url": "%ZZ" },
  { rsc: "1", "next-url": "/papers/%00" },
  { "next-action": "abc" },
  { "next-action": "" },
  { cookie: "sd_voter=%ZZ; sd_has_voted=1" },
  { cookie: "sd_voter=" + "a".repeat(4000) },
  { cookie: "sd_voter=a.b.c; sd_voter=x" },
  { "accept-encoding": "br;q=nan, gzip;q=-1, *;q=2" },
  { "if-none-match": '"' },
  { "if-none-match": "*" },
  { "if-modified-since": "not a date" },
  { range: "bytes=99999999-" },
  { range: "bytes=-0" },
  { host: "[" },
  { host: "a b" },
  { host: "localhost:99999" },
  { "x-forwarded-host": "[" },
  { "x-forwarded-host": "evil.example, other" },
  { "x-forwarded-proto": "gopher" },
  { "x-forwarded-for": "not an ip, ::ffff:999.1.1.1, [::1]:80" },
  { forwarded: "for=\"[::1]\";proto=https;host=evil" },
  { accept: "text/x-component" },
  { "content-type": "multipart/form-data" },
  { "x-sparse-digest-client": "local 127.0.0.1|forged" },
  { "accept-language": "x".repeat(4000) },
];

/** Bodies for a server action, as React encodes them and as a prober garbles them. */
const ACTION_BODIES = [
  "[{}]", "[null]", '["x"]', "[]", "[[1,2]]", '[{"ok":false},"x"]', '["demo/0001"]', '["a\\u0000b"]', '["' + "x".repeat(500) + '"]',
  "not json", "{", '{"a":1}', "1", "null", '"$Fabc"', '["$F1"]', '["$Q1"]', '["$W1"]', '["$5"]', '["$@0"]', '["$h1"]', '["$T"]', '["$B1"]', '["$R1"]', '["$i1"]', '["$K1"]', '["$0"]', '["$0:0"]', '["$n1e5"]', '["$nabc"]', '["$Dnot-a-date"]', '["$undefined"]', "$",
  JSON.stringify(Array.from({ length: 1200 }, () => 1)),
  "[".repeat(5000) + "]".repeat(5000),
  JSON.stringify([{ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }]),
];

export function hostileRequests(count: number, { actionIds, seed = 11 }: { actionIds: string[]; seed?: number }): HostileRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const ids = [...actionIds, "deadbeef", "0".repeat(42), "zz", "%ZZ", "40" + "f".repeat(40)];
  const kinds: (() => HostileRequest)[] = [
    () => ({ kind: "path", method: pick(["GET", "GET", "HEAD", "POST"]), target: pick(ROUTES) + pick(SEGMENTS) + (random() < 0.3 ? "/" + pick(SEGMENTS) : ""), headers: {} }),
    () => {
      const pairs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(PARAMS)}=${pick(VALUES)}`);
      return { kind: "query", method: "GET", target: `${pick(PAGES)}?${pairs.join("&")}`, headers: {} };
    },
    () => ({ kind: "header", method: "GET", target: pick(PAGES), headers: { ...pick(HEADER_CASES), ...(random() < 0.3 ? pick(HEADER_CASES) : {}) } }),
    () => {
      const origin = pick(["same", "same", "same", "none", "https://evil.example", "null", "garbage", "http://localhost"]);
      const contentType = pick(["text/plain;charset=UTF-8", "text/plain;charset=UTF-8", "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "text/x-component"]);
      const multipart = contentType.startsWith("multipart");
      const args = pick(ACTION_BODIES);
      const body = multipart ? pick([`--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n${args}\r\n--x--\r\n`, "--x\r\nbroken", `--x\r\nContent-Disposition: form-data; name="_1_email"\r\n\r\na@b.c\r\n--x--\r\n`, `--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--x\r\nContent-Disposition: form-data; name="_1_email"\r\n\r\nnot-an-email\r\n--x--\r\n`]) : args;
      const headers: Record<string, string> = { "next-action": pick(ids), accept: "text/x-component" };
      if (contentType) headers["content-type"] = contentType;
      if (origin !== "none") headers.origin = origin;
      return { kind: "action", method: "POST", target: pick(["/", "/", "/papers/demo/0001", "/confirm/x", "/manage/x", "/topics/moe", "/nonexistent"]), headers, body };
    },
    () => {
      const ref = pick(["1", "0", "x", ""]);
      const body = pick([
        `--x\r\nContent-Disposition: form-data; name="$ACTION_REF_${ref}"\r\n\r\n\r\n--x\r\nContent-Disposition: form-data; name="$ACTION_${ref}:0"\r\n\r\n${pick(['{"id":"x","bound":"$@1"}', "{not json", '{"id":1}', '{"id":"' + pick(ids) + '","bound":null}', "[]"])}\r\n--x--\r\n`,
        `--x\r\nContent-Disposition: form-data; name="$ACTION_ID_${pick(ids)}"\r\n\r\n\r\n--x--\r\n`,
        `--x\r\nContent-Disposition: form-data; name="$ACTION_KEY"\r\n\r\nk1\r\n--x--\r\n`,
        "--x\r\nbroken",
        "--y\r\n\r\n",
      ]);
      return { kind: "form", method: "POST", target: pick(["/", "/confirm/x", "/manage/x", "/unsubscribe/x", "/papers/demo/0001"]), headers: { "content-type": "multipart/form-data; boundary=x" }, body };
    },
    () => ({ kind: "method", method: pick(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "HEAD", "CONNECT"]), target: pick([...PAGES, "/api/subscribe", "/api/unsubscribe/x", "/api/cron/ingest", "*", "http://evil.example/", "http://localhost/papers/%ZZ"]), headers: {} }),
    () => {
      const target = pick(["/api/subscribe", "/api/subscribe", "/api/unsubscribe/" + pick(["x", "manage.x.1.0.y", "%ZZ", "a".repeat(400)]), "/api/cron/ingest", "/api/cron/digest?cadence=" + pick(VALUES)]);
      const body = pick(["{bad", "[]", "null", '{"email":"a@b.c"}', '{"email":"x","topics":"moe","cadence":1}', '{"email":"' + "a".repeat(300) + '@b.c"}', '{"email":"a@b.c","topics":["nope"]}', "", "x".repeat(2_000_000)]);
      const headers = { "content-type": pick(["application/json", "text/plain", "application/json; charset=utf-16", ""]), authorization: pick(["", "Bearer x", "Bearer " + "x".repeat(64), "Basic Og=="]) };
      return { kind: "api", method: target.startsWith("/api/cron") ? pick(["GET", "POST"]) : "POST", target, headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v)), body };
    },
    () => ({ kind: "upgrade", method: "GET", target: pick(PAGES), headers: pick([{ connection: "Upgrade", upgrade: "websocket", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==", "sec-websocket-version": "13" }, { connection: "Upgrade, HTTP2-Settings", upgrade: "h2c", "http2-settings": "AAMAAABkAARAAAAAAAIAAAAA" }]) }),
    () => ({ kind: "good", method: "GET", target: pick(PAGES), headers: { "accept-encoding": "gzip, br" } }),
  ];
  return Array.from({ length: count }, () => pick(kinds)());
}
