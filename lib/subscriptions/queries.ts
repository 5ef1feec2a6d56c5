import { getDb } from "@/lib/platform/database";
import { subscriberForToken as find } from "@/lib/subscriptions/manage";
import type { TokenPurpose } from "@/lib/subscriptions/token";

/** For pages: the subscriber a link is for (app/ never imports the Prisma client). */
export const getSubscriberForLink = (token: string, purpose: TokenPurpose) => find(getDb(), token, purpose);
