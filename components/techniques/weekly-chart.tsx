const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** Papers per week as a server-rendered SVG bar chart; colours follow the text colour (dark mode). */
export function WeeklyChart({ weeks, label }: { weeks: { week: Date; count: number }[]; label: string }) {
  const width = 720;
  const height = 160;
  const pad = { top: 12, bottom: 22, left: 32 };
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const barWidth = (width - pad.left) / Math.max(1, weeks.length);
  const y = (count: number) => pad.top + (height - pad.top - pad.bottom) * (1 - count / max);
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  return (
    <figure className="rounded-xl border border-zinc-200 bg-white p-4 text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${total} papers over the last ${weeks.length} weeks`} className="h-auto w-full">
        <line x1={pad.left} x2={width} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.25} />
        <text x={pad.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="currentColor">{max}</text>
        <text x={pad.left - 6} y={y(0) + 4} textAnchor="end" fontSize="11" fill="currentColor">0</text>
        {weeks.map((w, i) => (
          <g key={w.week.toISOString()}>
            <rect x={pad.left + i * barWidth + 1} y={y(w.count)} width={Math.max(1, barWidth - 2)} height={y(0) - y(w.count)} className="fill-accent-500">
              <title>{`Week of ${w.week.toISOString().slice(0, 10)}: ${w.count} papers`}</title>
            </rect>
            {w.week.getUTCDate() <= 7 ? (
              <text x={pad.left + i * barWidth} y={height - 6} fontSize="11" fill="currentColor">
                {monthFormat.format(w.week)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm">Papers per week over the last year: {total} in all.</figcaption>
    </figure>
  );
}
