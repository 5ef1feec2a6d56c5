export function DemoBadge() {
  return (
    <span
      title="Demo entry bundled with the app: a real paper's title and abstract, without arXiv id, authors or date. Remove all with npm run demo:remove."
      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800 dark:bg-amber-900/40 dark:text-amber-300"
    >
      Demo
    </span>
  );
}
