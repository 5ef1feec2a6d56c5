import { subscribeFromApi } from "@/lib/subscriptions/api";

export async function POST(request: Request) {
  const { status, body } = await subscribeFromApi(request);
  return Response.json(body, { status });
}
