import { type AdvisoryLock, takeAdvisoryLock } from "@/lib/platform/advisory-lock";

const LOCK_NAMESPACE = 7_301;

export type PeriodLock = AdvisoryLock;

/**
 * The lock that makes a run (or retry sweep) the only one alive for a digest: a session lock, so
 * whoever takes it after a killed holder may take over the claims left behind. Waits up to
 * `waitMs` for a holder to finish; null when it did not.
 */
export function takePeriodLock(databaseUrl: string, digestId: number, waitMs: number): Promise<PeriodLock | null> {
  return takeAdvisoryLock(databaseUrl, [LOCK_NAMESPACE, digestId], waitMs);
}
