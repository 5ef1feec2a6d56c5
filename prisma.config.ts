import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db-migrate.ts (Prisma's schema engine as WebAssembly), so
// the CLI is only used for `prisma generate`, which needs no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost/unused" },
});
