/** "just now", "12 min ago", "5 h ago", "3 days ago": ages on /status, computed on the server. */
export function formatAge(date: Date | null, now: Date): string {
  if (!date) return "never";
  const minutes = Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export const timeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export const SOURCE_LABELS: Record<string, string> = {
  "arxiv-rss": "arXiv listings (RSS)",
  "arxiv-api": "arXiv API (metadata)",
  "hf-daily": "Hugging Face daily papers",
};
