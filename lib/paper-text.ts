/** What tagging and facts read of a paper: its title and, when there is one, its abstract. */
export type PaperText = { title: string; abstract?: string | null };
