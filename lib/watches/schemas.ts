import { z } from "zod";
import { arxivIdInQuery } from "@/lib/papers/arxiv-id-in-query";
import { EmailSchema } from "@/lib/subscriptions/schemas";

// A paper named the way people paste it: "2401.04088", "arXiv:2401.04088v2", an arXiv or
// Hugging Face link, an old-style "hep-th/9901001", a demo id. Resolves to the bare arXiv id.
export const PaperRefSchema = z
  .string({ error: "Name a paper: an arXiv id or link, like 2401.04088." })
  .max(300, "That is too long for an arXiv id or link.")
  .transform((value, context) => {
    const id = arxivIdInQuery(value);
    if (id) return id;
    context.addIssue({ code: "custom", message: "That is not an arXiv id or link (try 2401.04088 or https://arxiv.org/abs/2401.04088)." });
    return z.NEVER;
  });

/** POST /api/watches/request and the form on a paper's page. */
export const WatchRequestSchema = z.object({ email: EmailSchema, paper: PaperRefSchema });
export type WatchRequest = z.infer<typeof WatchRequestSchema>;

/** POST /api/watches (with a manage link's token as the bearer). */
export const WatchChangeSchema = z.object({ paper: PaperRefSchema, watch: z.boolean({ error: "watch: true or false" }).default(true) });

/** A subscriber watches at most this many papers (a digest section, not a database). */
export const MAX_WATCHES = 300;
