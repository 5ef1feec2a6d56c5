import { requestWatchFromApi } from "@/lib/watches/api";

export async function POST(request: Request) {
  const { status, body } = await requestWatchFromApi(request);
  return Response.json(body, { status });
}
