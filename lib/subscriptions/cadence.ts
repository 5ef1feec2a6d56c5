/** How often a digest goes out: the one list (Prisma's Cadence enum holds the same two). */
export const CADENCES = ["daily", "weekly"] as const;
export type Cadence = (typeof CADENCES)[number];
