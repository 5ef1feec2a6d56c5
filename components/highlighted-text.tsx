import { MARK_END, MARK_START } from "@/lib/trending/marks";

/** Text with search matches wrapped in <mark>; the markers come from ts_headline, the text stays text. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [match, rest = ""] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark className="rounded bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">{match}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
