import { z } from "zod";
import { toComponents, toJsonSchema } from "@/lib/api/json-schema";
import { idsParameter, PAGING_PARAMETERS, path, query, techniquesSchema, VIEW_PARAMETERS } from "@/lib/api/parameters";
import { API_SCHEMAS, type ApiSchemaName } from "@/lib/api/schemas";
import { CadenceSchema, EmailSchema, SubscribeSchema, TechniquesSchema } from "@/lib/subscriptions/schemas";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";
import { MAX_PAGE } from "@/lib/trending/filters";
import { PaperRefSchema, WatchChangeSchema, WatchRequestSchema } from "@/lib/watches/schemas";
import { version } from "@/package.json";

// The public API as OpenAPI 3.1, served at /api/openapi.json. Bodies come from lib/api/schemas.ts
// and the zod schemas the handlers parse with; tests/lib/api checks that every route handler under
// app/ is here and that real responses match it.

const ref = (name: ApiSchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, name: ApiSchemaName) => ({ description, content: { "application/json": { schema: ref(name) } } });
const body = (description: string, mediaType: string, schema: object = { type: "string" }) => ({ description, content: { [mediaType]: { schema } } });
const error = (description: string) => json(description, "Error");
const bad = error("A bad parameter: `{\"error\": \"<parameter>: <reason>\"}`.");

// The schema checks the techniques and the address with refines and a pipe, which JSON Schema cannot
// carry: the document names the techniques and the format instead.
const subscribeBody = toJsonSchema(SubscribeSchema, {
  io: "input",
  override: (zodSchema, jsonSchema) => {
    if (zodSchema === TechniquesSchema) jsonSchema.items = toJsonSchema(z.enum(TECHNIQUE_SLUGS));
    if (zodSchema === EmailSchema) jsonSchema.format = "email";
  },
});

// Watch bodies name a paper by id or link (a transform JSON Schema cannot carry) and an address.
const watchBody = (schema: z.ZodType) =>
  toJsonSchema(schema, {
    io: "input",
    override: (zodSchema, jsonSchema) => {
      if (zodSchema === EmailSchema) jsonSchema.format = "email";
      if (zodSchema === PaperRefSchema) jsonSchema.description = "An arXiv id or link: `2401.04088`, `arXiv:2401.04088v2`, `https://arxiv.org/abs/2401.04088`, `hep-th/9901001`.";
    },
  });
const manageTokenErrors = {
  400: error("A bad field, an unknown paper, or a manage link that is not valid (tampered, replaced) or whose subscription is not confirmed or has ended. Nothing is stored."),
  401: error("No `Authorization: Bearer <token>`."),
  410: error("The manage link has expired."),
};

const FEEDS = [
  ["/feed.xml", "RSS 2.0", "application/rss+xml", { type: "string" }],
  ["/feed.atom", "Atom 1.0", "application/atom+xml", { type: "string" }],
  ["/feed.json", "JSON Feed 1.1", "application/feed+json", { type: "object", externalDocs: { url: "https://www.jsonfeed.org/version/1.1/" } }],
  ["/feed.bib", "BibTeX", "application/x-bibtex", { type: "string" }],
] as const;

const cron = (summary: string, parameters: object[], result: ApiSchemaName) => ({
  get: {
    tags: ["cron"],
    summary,
    security: [{ cronSecret: [] }],
    parameters,
    responses: {
      200: json("What the run did.", result),
      ...(parameters.length ? { 400: bad } : {}),
      401: error("Missing or wrong bearer secret."),
      404: error("CRON_SECRET is not set: cron over HTTP is off."),
    },
  },
});

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Sparse Digest API",
      version,
      description: "Research on Mixture-of-Experts and model compression: papers tagged by technique with the evidence, their reported results, feeds of any view, and digest subscriptions.",
    },
    tags: [{ name: "papers" }, { name: "feeds" }, { name: "subscriptions" }, { name: "watches" }, { name: "cron" }, { name: "meta" }],
    paths: {
      "/api/papers": {
        get: {
          tags: ["papers"],
          summary: "A view of papers, ranked as on the front page",
          description: "Lists only papers of the field (carrying a technique) unless `field=all`. The first bad parameter is answered with 400. With `ids`, the papers of a reading list instead (no other parameter; `nextCursor` is null).",
          parameters: [...VIEW_PARAMETERS, ...PAGING_PARAMETERS, idsParameter("Alone: no view or paging parameter beside it.")],
          responses: { 200: json("One page of the view.", "PaperList"), 400: bad },
        },
      },
      "/api/papers/{arxivId}": {
        get: {
          tags: ["papers"],
          summary: "One paper with its categories, version, the evidence of each technique and its tentative techniques",
          parameters: [path("arxivId", "Without version; an old-style id keeps its slash (`/api/papers/hep-th/9901001`).")],
          responses: { 200: json("The paper.", "PaperDetail"), 404: error("No paper with this id.") },
        },
      },
      "/api/subscribe": {
        post: {
          tags: ["subscriptions"],
          summary: "Subscribe an address to the digest (double opt-in)",
          description: "`topics`: the techniques of the digest (the public name of techniques); none means every technique. The answer is the same whether or not the address is known; a confirmation link is mailed.",
          requestBody: { required: true, content: { "application/json": { schema: subscribeBody } } },
          responses: {
            202: json("Pending confirmation.", "SubscribeAccepted"),
            400: bad,
            415: error("The body is not JSON."),
            503: error("The confirmation mail could not be sent."),
          },
        },
      },
      "/api/unsubscribe/{token}": {
        parameters: [path("token", "The signed token of a digest's `List-Unsubscribe` link.")],
        post: {
          tags: ["subscriptions"],
          summary: "One-click unsubscribe (RFC 8058)",
          description: "Mail providers POST `List-Unsubscribe=One-Click` here. Idempotent; no redirect.",
          requestBody: {
            required: false,
            content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: { "List-Unsubscribe": { const: "One-Click" } } } } },
          },
          responses: { 200: json("Unsubscribed (also when already).", "Unsubscribed"), 400: error("Not a valid link."), 410: error("The link has expired.") },
        },
        get: {
          tags: ["subscriptions"],
          summary: "Redirect to the unsubscribe page (a GET never changes anything: mail scanners follow links)",
          responses: { 303: { description: "To `/unsubscribe/{token}`.", headers: { Location: { schema: { type: "string" } } } } },
        },
      },
      "/api/watches/request": {
        post: {
          tags: ["watches"],
          summary: "Ask to watch a paper by address (a confirmation link is mailed)",
          description:
            "The answer is the same whether or not the address is subscribed. A subscriber's link adds the watch; any other address gets a link that confirms a subscription (alerts only, no digest, unless one was pending) and the watch at once. Nothing is watched until the link's button is pressed.",
          requestBody: { required: true, content: { "application/json": { schema: watchBody(WatchRequestSchema) } } },
          responses: {
            202: json("Pending confirmation.", "WatchRequestAccepted"),
            400: error("A bad address or paper reference, or a paper we do not have."),
            415: error("The body is not JSON."),
            503: error("The confirmation mail could not be sent."),
          },
        },
      },
      "/api/watches": {
        get: {
          tags: ["watches"],
          summary: "The papers a subscriber watches",
          security: [{ manageToken: [] }],
          responses: { 200: json("Newest watch first.", "WatchList"), ...manageTokenErrors },
        },
        post: {
          tags: ["watches"],
          summary: "Watch a paper (or stop, with `\"watch\": false`)",
          description: "Its new arXiv versions (what changed: title, abstract, reported figures), code links and journal references go into the subscriber's next digest, or an hourly alert for `alerts` subscribers, each once.",
          security: [{ manageToken: [] }],
          requestBody: { required: true, content: { "application/json": { schema: watchBody(WatchChangeSchema) } } },
          responses: { 200: json("What the subscriber now watches of this paper.", "WatchState"), ...manageTokenErrors, 415: error("The body is not JSON.") },
        },
      },
      "/api/cron/ingest": cron("Ingest every configured source once", [], "IngestResult"),
      "/api/cron/digest": cron("Send the digest of the period that just ended (`alerts`: this hour's alerts about watched papers)", [query("cadence", "Which subscribers.", z.enum(["daily", "weekly", "alerts"]).default("daily"))], "DigestResult"),
      "/api/cron/digest/retry": cron("Send the deliveries an outage deferred whose retry time has come (for HTTP cron without the worker)", [], "RetryResult"),
      ...Object.fromEntries(
        FEEDS.map(([feed, format, mediaType, schema]) => [
          feed,
          {
            get: {
              tags: ["feeds"],
              summary: `${format} of a view, or of a reading list`,
              description:
                feed === "/feed.bib"
                  ? "The same parameters as the front page and `/api/papers`, `page` and `date` included: the papers the page shows, one entry each (arXiv's @misc style, keys made unique), served as a download. A bad view parameter falls back to its default."
                  : "The same parameters as the front page and `/api/papers`, for the view's first page; a bad one falls back to its default.",
              parameters: [...VIEW_PARAMETERS, ...(feed === "/feed.bib" ? [query("page", "Which page of the view.", z.number().int().min(1).max(MAX_PAGE).default(1))] : []), idsParameter("The view parameters are then ignored.")],
              responses: { 200: body(`The view as ${format}.`, mediaType, schema), 400: error("A bad `ids` list: `{\"error\": \"ids: <reason>\"}`.") },
            },
          },
        ]),
      ),
      "/digest/preview": {
        get: {
          tags: ["subscriptions"],
          summary: "The digest email as a browser page",
          parameters: [
            query("topics", "Techniques of the digest (the public name of techniques); all when absent.", techniquesSchema, true),
            query("cadence", "Daily or weekly digest.", CadenceSchema.default("weekly")),
            query("at", "Show the digest as sent at noon UTC of this day (a past period).", z.iso.date()),
          ],
          responses: { 200: body("The email's HTML.", "text/html"), 400: bad },
        },
      },
      "/api/openapi.json": {
        get: { tags: ["meta"], summary: "This document", responses: { 200: { description: "OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: {
      schemas: toComponents(API_SCHEMAS),
      securitySchemes: {
        cronSecret: { type: "http", scheme: "bearer", description: "`Authorization: Bearer $CRON_SECRET`." },
        manageToken: { type: "http", scheme: "bearer", description: "A subscriber's manage link token (the part after `/manage/` in any digest): `Authorization: Bearer <token>`." },
      },
    },
  };
}
