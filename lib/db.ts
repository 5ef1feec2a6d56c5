import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

/** A client for an explicit connection string (scripts that start their own database use this). */
export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  // 4 MB (PostgreSQL's default) turns the bitmap of a common search term into lossy pages whose
  // every row is rechecked: counting "routing" in a week of a million papers took 1.4 s, 0.4 s with 32 MB.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: options.max ?? 10, options: "-c work_mem=32MB" }) });
}

function createDefaultDb(): Db {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  }
  return createDb(env.DATABASE_URL);
}

const globalForDb = globalThis as unknown as { db?: Db };

/** For scripts that start their own database after import (benchmarks): the client `db` uses. */
export function setDefaultDb(client: Db) {
  globalForDb.db = client;
}

// Created on first use, not on import: `next build` imports routes without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForDb.db ??= createDefaultDb();
    const value = Reflect.get(globalForDb.db, property);
    return typeof value === "function" ? value.bind(globalForDb.db) : value;
  },
});

export { Prisma } from "@/prisma/generated/client";
export type * from "@/prisma/generated/models";
