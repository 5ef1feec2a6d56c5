// A process of its own that gets the signing key the way every process does (APP_SECRET, else
// DATA_DIR/app-secret), then signs or verifies what it is given: tests compare what one process
// signs with what another accepts. Input and output are JSON (argv[2], stdout).
import { z } from "zod";
import { createToken, parseToken, verifyToken } from "@/lib/subscriptions/token";
import { newVoterCookie, voterIdFromCookie } from "@/lib/votes/voter-cookie";

const SubjectSchema = z.object({ id: z.uuid(), tokenSecret: z.string(), confirmationsSent: z.number().int(), now: z.iso.datetime() });
const RequestSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("sign"), subject: SubjectSchema }),
  z.object({ mode: z.literal("verify"), subject: SubjectSchema, signed: z.object({ manage: z.string(), confirm: z.string(), cookie: z.string() }) }),
]);

export type Signed = { manage: string; confirm: string; cookie: string; voterId: string };
export type Verified = { manage: string; confirm: string; voterId: string | null };

const request = RequestSchema.parse(JSON.parse(process.argv[2] ?? "{}"));
const now = new Date(request.subject.now);
if (request.mode === "sign") {
  const cookie = newVoterCookie();
  const signed: Signed = {
    manage: createToken("manage", request.subject, now),
    confirm: createToken("confirm", request.subject, now, request.subject.confirmationsSent),
    cookie,
    voterId: voterIdFromCookie(cookie)!,
  };
  process.stdout.write(JSON.stringify(signed));
} else {
  const check = (token: string) => {
    const parsed = parseToken(token);
    return parsed ? verifyToken(parsed, request.subject, now) : "unparsable";
  };
  const verified: Verified = { manage: check(request.signed.manage), confirm: check(request.signed.confirm), voterId: voterIdFromCookie(request.signed.cookie) };
  process.stdout.write(JSON.stringify(verified));
}
