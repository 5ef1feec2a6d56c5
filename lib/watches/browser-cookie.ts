// "Watch in one click from paper pages": a browser can keep its subscriber's manage link in an
// httpOnly cookie (set only by the button on the manage page), beside a readable hint that says
// only "this browser has one", so a paper's watch control asks the server about it, and only then.
export const MANAGE_COOKIE = "sd_manage";
export const WATCH_HINT_COOKIE = "sd_watch_hint";
/** As long as the manage link it holds lives (lib/subscriptions/token.ts). */
export const MANAGE_COOKIE_MAX_AGE = 366 * 86_400;
