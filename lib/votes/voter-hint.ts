// A readable cookie beside the httpOnly voter cookie, saying only "this browser has voted": the
// vote buttons ask the server for this browser's votes when it is present, and never otherwise.
export const VOTER_HINT_COOKIE = "sd_has_voted";

/** Whether a request comes from a browser that has voted (the page cache then renders it fresh). */
export const hasVoted = (req: { headers: { cookie?: string } }) => (req.headers.cookie ?? "").includes(`${VOTER_HINT_COOKIE}=`);
