import { renderDigestPreview } from "@/lib/digest/preview";
import { z } from "zod";
import { CadenceSchema, TechniquesSchema } from "@/lib/subscriptions/schemas";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";

export const dynamic = "force-dynamic";

// `at`: the digest as it would have been sent at that moment (a past week of ingested listings).
const AtSchema = z.iso.date().transform((day) => new Date(`${day}T12:00:00Z`)).optional();

/** GET /digest/preview?topics=moe,kv-cache&cadence=weekly[&at=2025-10-20]: the digest email as a browser page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const techniques = TechniquesSchema.safeParse((params.get("topics") ?? "").split(",").filter(Boolean));
  const cadence = CadenceSchema.safeParse(params.get("cadence") ?? "weekly");
  const at = AtSchema.safeParse(params.get("at") ?? undefined);
  if (!techniques.success || !cadence.success || !at.success) {
    const error = !techniques.success
      ? `topics: choose among ${TECHNIQUE_SLUGS.join(", ")}`
      : !cadence.success ? "cadence: must be daily or weekly" : "at: must be a date YYYY-MM-DD";
    return Response.json({ error }, { status: 400 });
  }
  const html = await renderDigestPreview(techniques.data.length ? techniques.data : [...TECHNIQUE_SLUGS], cadence.data, at.data);
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'" } });
}
