import { listWatchesFromApi, setWatchFromApi } from "@/lib/watches/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { status, body, headers } = await listWatchesFromApi(request);
  return Response.json(body, { status, headers });
}

export async function POST(request: Request) {
  const { status, body, headers } = await setWatchFromApi(request);
  return Response.json(body, { status, headers });
}
