import { buildOpenApiDocument } from "@/lib/api/openapi";

// The document depends on code only: rendered once at build, and safe for any cache to keep.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=3600" } });
}
