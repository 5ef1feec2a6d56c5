import { listPapers } from "@/lib/papers/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { status, body } = await listPapers(new URL(request.url).searchParams);
  return Response.json(body, { status });
}
