import { cookies } from "next/headers";
import { VOTER_COOKIE, voterIdFromCookie } from "@/lib/votes/voter-cookie";

export async function currentVoterId(): Promise<string | null> {
  return voterIdFromCookie((await cookies()).get(VOTER_COOKIE)?.value);
}
