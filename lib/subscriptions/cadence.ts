/** How often a digest goes out: the one list of digest cadences. */
export const CADENCES = ["daily", "weekly"] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * What a subscriber can choose (Prisma's Cadence enum holds the same three): a digest, or
 * `alerts`, no digest but an alert when a paper they watch changes (lib/digest/run-alerts.ts).
 */
export const SUBSCRIBER_CADENCES = [...CADENCES, "alerts"] as const;
export type SubscriberCadence = (typeof SUBSCRIBER_CADENCES)[number];
