import { getPaperForApi } from "@/lib/papers/api";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ arxivId: string[] }> }) {
  const { status, body } = await getPaperForApi((await context.params).arxivId.map(decodeURIComponent).join("/"));
  return Response.json(body, { status });
}
