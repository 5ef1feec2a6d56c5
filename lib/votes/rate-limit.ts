// Votes per client address: a token bucket in this process (the web server is one process;
// behind several, move it to PostgreSQL). Ten votes at once, then one every two seconds.
const CAPACITY = 10;
const REFILL_PER_MS = 1 / 2000;
const MAX_CLIENTS = 50_000;
const buckets = new Map<string, { tokens: number; at: number }>();

export function takeVoteToken(client: string, now = Date.now()): boolean {
  const bucket = buckets.get(client) ?? { tokens: CAPACITY, at: now };
  bucket.tokens = Math.min(CAPACITY, bucket.tokens + (now - bucket.at) * REFILL_PER_MS);
  bucket.at = now;
  buckets.delete(client);
  if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
  buckets.set(client, bucket);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}
