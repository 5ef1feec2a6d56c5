import path from "node:path";
import { z } from "zod";

// Empty strings count as unset, so `FOO=` in a .env file means "use the default".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const postgresUrl = z
  .string()
  .refine((v) => {
    try {
      return ["postgres:", "postgresql:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, "must be a URL like postgresql://user:password@host:5432/database");

const SettingsSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any PostgreSQL server. Unset: an embedded one with its data under DATA_DIR/postgres. */
  DATABASE_URL: optional(postgresUrl),
  /** Port of the web server. */
  PORT: optional(z.coerce.number().int().min(1).max(65535)).default(3000),
  /** Public base URL used in emails and feeds. Defaults to http://localhost:PORT. */
  APP_URL: optional(z.url()),
  /** Folder of this installation's own state: embedded PostgreSQL, generated key, outbox. */
  DATA_DIR: optional(z.string()).default(".data"),
  /** Key for signed links and vote cookies. Unset: generated once into DATA_DIR/app-secret. */
  APP_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
  /** Bearer secret for the /api/cron/* routes. Unset: those routes answer 404. */
  CRON_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
  /** SMTP server for outgoing mail. Unset: mails are written as .eml files under DATA_DIR/outbox/. */
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")),
  MAIL_FROM: optional(z.string()).default("Sparse Digest <digest@localhost>"),
  /** Messages per second the mailer may send (shared by the pool). */
  MAIL_RATE_PER_SECOND: optional(z.coerce.number().int().min(1)).default(50),
  /** Contact address named in the User-Agent of our feed requests, as arXiv asks. */
  CONTACT_EMAIL: optional(z.string()).default("maintainers@sparse-digest.invalid"),
  /** Comma-separated arXiv categories to follow. */
  INGEST_CATEGORIES: optional(z.string()).default("cs.LG,cs.CL,cs.AI,cs.CV,stat.ML"),
  /** Cron expression of the recurring ingest (worker). */
  INGEST_CRON: optional(z.string()).default("17 * * * *"),
  ARXIV_RSS_URL: optional(z.url()).default("https://rss.arxiv.org/rss"),
  ARXIV_API_URL: optional(z.url()).default("https://export.arxiv.org/api/query"),
  HF_API_URL: optional(z.url()).default("https://huggingface.co/api/daily_papers"),
  /** Hour (0-23) at which digests go out, in DIGEST_TIMEZONE. */
  DIGEST_HOUR: optional(z.coerce.number().int().min(0).max(23)).default(7),
  DIGEST_TIMEZONE: optional(z.string()).default("UTC"),
  /** Day of the weekly digest, 0 = Sunday … 6 = Saturday. */
  DIGEST_WEEKDAY: optional(z.coerce.number().int().min(0).max(6)).default(1),
  /** First retry of a digest the mail server refused for now, in seconds; doubles per attempt. */
  DIGEST_RETRY_SECONDS: optional(z.coerce.number().int().min(1).max(86_400)).default(300),
  /** Memory for rendered public pages (lib/web/page-cache), in MiB; 0 renders every request. */
  PAGE_CACHE_MB: optional(z.coerce.number().int().min(0).max(4096)).default(64),
  /**
   * Reverse proxies in front of the web server whose X-Forwarded-For entries to believe, counted
   * from the right (lib/web/client-address). 0: the socket's address is the client.
   */
  TRUST_PROXY: optional(z.coerce.number({ error: "must be a number of proxy hops (0-10)" }).int("must be a whole number of proxy hops").min(0).max(10)).default(0),
  /** Show the .eml outbox at /dev/outbox to requests from this machine (always on under `next dev`). */
  DEV_OUTBOX: optional(z.enum(["on", "off"])),
  /** Run the ingest/digest worker beside the web server in `npm start`. */
  WORKER: optional(z.enum(["on", "off"])).default("on"),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** Parses settings; throws one readable line per bad variable. */
export function parseSettings(source: Record<string, string | undefined> = process.env): Settings {
  const parsed = SettingsSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new SettingsError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
}

export class SettingsError extends Error {}

let current: Settings | undefined;

/**
 * This process's settings, parsed from process.env on first use rather than at import: `next
 * build` and the tests import modules long before (or without) a configured environment, and a
 * command that reads them first can report a bad one as a single line.
 */
export function settings(): Settings {
  return (current ??= parseSettings());
}

/** DATA_DIR as an absolute path (relative ones are relative to the checkout, where every command runs). */
export const dataDir = () => path.resolve(settings().DATA_DIR);

export const appUrl = () => (settings().APP_URL ?? `http://localhost:${settings().PORT}`).replace(/\/$/, "");
