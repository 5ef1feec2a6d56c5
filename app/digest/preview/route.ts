import { renderDigestPreview } from "@/lib/digest/preview";
import { CadenceSchema, TopicsSchema } from "@/lib/subscriptions/schemas";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";

export const dynamic = "force-dynamic";

/** GET /digest/preview?topics=moe,kv-cache&cadence=weekly: the digest email as a browser page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const topics = TopicsSchema.safeParse((params.get("topics") ?? "").split(",").filter(Boolean));
  const cadence = CadenceSchema.safeParse(params.get("cadence") ?? "weekly");
  if (!topics.success || !cadence.success) {
    return Response.json({ error: topics.success ? "cadence: must be daily or weekly" : `topics: choose among ${TECHNIQUE_SLUGS.join(", ")}` }, { status: 400 });
  }
  const html = await renderDigestPreview(topics.data.length ? topics.data : [...TECHNIQUE_SLUGS], cadence.data);
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'" } });
}
