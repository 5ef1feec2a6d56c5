import { oneClickUnsubscribe } from "@/lib/subscriptions/api";

// RFC 8058: mail providers POST "List-Unsubscribe=One-Click" here; answer 200, no redirect.
export async function POST(_request: Request, context: { params: Promise<{ token: string }> }) {
  const { status, body } = await oneClickUnsubscribe((await context.params).token);
  return Response.json(body, { status });
}

// A GET never changes state (scanners fetch every link): show the page with the button.
export async function GET(request: Request, context: { params: Promise<{ token: string }> }) {
  return Response.redirect(new URL(`/unsubscribe/${(await context.params).token}`, request.url), 303);
}
