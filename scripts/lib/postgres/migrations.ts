import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma 7's CLI needs a native schema engine it cannot download here; the same engine is
// published as WebAssembly. Driving it ourselves gives exactly `prisma migrate deploy`'s
// bookkeeping (_prisma_migrations rows named after the migration folders).

/**
 * The packages the engine shims below patch or depend on, at the versions they were written and
 * checked against (three shims: "char" columns, whole scripts, the panic registry; docs/notes.md).
 * tests/scripts/lib/postgres/engine-shims.test.ts fails when an installed version differs: re-check
 * each shim against the new code (and run tests/scripts/lib/postgres), then update this list.
 */
export const SHIMMED_VERSIONS = {
  prisma: "7.10.1",
  "@prisma/adapter-pg": "7.10.1",
  "@prisma/driver-adapter-utils": "7.10.1",
  "@prisma/schema-engine-wasm": "8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323",
} as const;

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

/**
 * Runs one engine operation and releases everything it opened. The engine holds Prisma's
 * migration advisory lock on its connection, so a connection left open would block every other
 * process that migrates (e.g. `npm run ingest` beside `npm start`).
 */
async function withEngine<T>(connectionString: string, schemaText: string, use: (engine: Engine) => Promise<T>): Promise<T> {
  const factory = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  for (const method of ["connect", "connectToShadowDb"] as const) {
    const original = factory[method].bind(factory);
    factory[method] = async () => {
      const adapter = await original();
      opened.push(adapter);
      return adapter;
    };
  }
  const engine = await loadEngine(factory, schemaText);
  try {
    return await use(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

async function loadEngine(factory: PrismaPg, schemaText: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  // The engine reports a Rust panic through this global before it aborts; keep the message.
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => console.error(`Prisma schema engine panicked: ${message}`),
  };
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  await readCharColumnsAsCharacter(factory);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, () => {}, adapter);
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const CHAR_COLUMNS = Symbol("charColumns");
let charPatched = false;

type QueryResult = { fields: { dataTypeID: number }[]; rows: unknown[] & { [CHAR_COLUMNS]?: number[] } };
type RawResult = { columnTypes: number[]; rows: QueryResult["rows"] };

/**
 * The engine reads catalog columns of Postgres' one-byte "char" type (pg_constraint.contype…),
 * which adapter-pg 7.10 refuses to map (the native CLI maps them to Character). We report them
 * as Character ourselves. Patched on the shared classes, once, in migration processes only.
 */
async function readCharColumnsAsCharacter(factory: PrismaPg) {
  if (charPatched) return;
  const adapter = await factory.connect();
  const owner = (method: string) => {
    let proto = Object.getPrototypeOf(adapter);
    while (proto && !Object.hasOwn(proto, method)) proto = Object.getPrototypeOf(proto);
    if (!proto) throw new Error(`@prisma/adapter-pg changed shape: ${method} not found`);
    return proto;
  };
  const proto = owner("performIO");
  // adapter-pg splits scripts on every ";", which breaks function bodies ($$ … ; … $$). Postgres
  // takes the whole script in one simple query, run as one implicit transaction, as the CLI does.
  const scriptOwner = owner("executeScript");
  scriptOwner.executeScript = async function (this: { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never }, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  await adapter.dispose();
  const performIO = proto.performIO as (query: unknown) => Promise<QueryResult>;
  const queryRaw = proto.queryRaw as (query: unknown) => Promise<RawResult>;
  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    const charColumns: number[] = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      charColumns.push(i);
    });
    if (charColumns.length) Object.defineProperty(result.rows, CHAR_COLUMNS, { value: charColumns });
    return result;
  };
  proto.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const i of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
  charPatched = true;
}

async function readMigrationsList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations, as `prisma migrate deploy` does. Returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  const result = await withEngine(connectionString, await readFile(SCHEMA_PATH, "utf8"), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return result.appliedMigrationNames;
}

/** SQL that takes the database described by the existing migrations to the current schema. */
export async function diffSchemaAgainstMigrations(connectionString: string): Promise<string> {
  const schemaText = await readFile(SCHEMA_PATH, "utf8");
  const migrations = await readMigrationsList();
  const from = migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" };
  const result = await withEngine(connectionString, schemaText, (engine) =>
    engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout ?? "";
}
