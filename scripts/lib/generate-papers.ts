import { withConnection } from "@/lib/platform/connection";

/**
 * Bulk-generates realistic papers inside PostgreSQL (generate_series), for benchmarks at a
 * million rows: dates over the last two years (denser recently), 0-3 techniques, votes with a
 * long tail, a third with code, titles and abstracts from a small vocabulary so full-text
 * search has common and rare terms (the search trigger fills the column as for real papers).
 */
export async function generatePapers(url: string, count: number, now: Date, log: (line: string) => void = () => {}) {
  await withConnection(url, async (client) => {
    const batch = 100_000;
    for (let offset = 0; offset < count; offset += batch) {
      const n = Math.min(batch, count - offset);
      await client.query(
        `INSERT INTO "Paper" ("arxivId", "version", "title", "abstract", "authors", "primaryCategory", "categories", "publishedAt",
           "absUrl", "pdfUrl", "codeUrls", "hasCode", "votes", "externalUpvotes", "techniques", "taggerVersion", "updatedAt")
         SELECT
           'g' || lpad((i)::text, 7, '0'),
           1,
           (ARRAY['Sparse','Efficient','Scalable','Adaptive','Dynamic','Structured','Low-bit','Fast'])[1 + i % 8] || ' ' ||
           (ARRAY['Mixture-of-Experts Routing','Post-Training Quantization','Structured Pruning','KV Cache Eviction','Knowledge Distillation','Low-Rank Decomposition','Diffusion Models','Graph Networks'])[1 + (i / 8) % 8] ||
           ' for ' || (ARRAY['Large Language Models','Vision Transformers','Speech Recognition','Long-Context Inference','Edge Devices'])[1 + (i / 64) % 5] || ' ' || i,
           'We study ' || (ARRAY['expert routing and load balancing','4-bit weight quantization with outliers','N:M sparsity of attention heads','token eviction from the key-value cache','distilling a large teacher into a student','SVD of weight matrices'])[1 + i % 6] ||
           ' and show gains of ' || (i % 40) || ' percent on standard benchmarks with ' || (ARRAY['routing','calibration','pruning','caching','teachers','adapters','gating','tokens'])[1 + (i / 3) % 8] || ' ablations.',
           ARRAY['Author ' || (i % 9973), 'Author ' || (i % 7919), 'Author ' || (i % 6007)],
           (ARRAY['cs.LG','cs.CL','cs.AI','cs.CV','stat.ML'])[1 + i % 5],
           ARRAY[(ARRAY['cs.LG','cs.CL','cs.AI','cs.CV','stat.ML'])[1 + i % 5]],
           $2::timestamptz - (power(random(), 2) * interval '730 days'),
           'https://arxiv.org/abs/g' || i, 'https://arxiv.org/pdf/g' || i,
           CASE WHEN i % 3 = 0 THEN ARRAY['https://github.com/lab/repo' || i] ELSE '{}'::text[] END,
           i % 3 = 0,
           floor(power(random(), 6) * 200)::int,
           floor(power(random(), 8) * 300)::int,
           CASE i % 7
             WHEN 0 THEN ARRAY['moe'] WHEN 1 THEN ARRAY['quantization'] WHEN 2 THEN ARRAY['pruning','quantization']
             WHEN 3 THEN ARRAY['kv-cache'] WHEN 4 THEN ARRAY['distillation'] WHEN 5 THEN ARRAY['low-rank','moe'] ELSE '{}'::text[] END,
           'generated',
           now()
         FROM generate_series($1::int + 1, $1::int + $3::int) AS i`,
        [offset, now.toISOString(), n],
      );
      log(`generated ${Math.min(offset + batch, count).toLocaleString("en")} papers`);
    }
    await client.query(`INSERT INTO "PaperTechnique" ("paperId", "technique", "score", "evidence", "taggerVersion")
      SELECT p."id", t, 0.8, ARRAY['generated'], 'generated' FROM "Paper" p, unnest(p."techniques") t ON CONFLICT DO NOTHING`);
    await client.query(`VACUUM ANALYZE`);
    log("tags written, analyzed");
  });
}
