import { getPaperForApi } from "@/lib/papers/api";
import { arxivIdFromSegments } from "@/lib/arxiv-id-param";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ arxivId: string[] }> }) {
  const { status, body } = await getPaperForApi(arxivIdFromSegments((await context.params).arxivId));
  return Response.json(body, { status });
}
