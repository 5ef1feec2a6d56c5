import { describe, expect, it } from "vitest";
import { addSaved, EMPTY_LIST, MAX_READ, MAX_SAVED, parseStoredList, removeSaved, serializeList, setHideRead, toggleRead, toggleSaved, type ReadingList } from "@/lib/reading-list/list";

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `2510.${String(10000 + from + i)}`);
const ok = (change: ReturnType<typeof toggleSaved>) => {
  if (!change.ok) throw new Error(change.problem);
  return change.list;
};

describe("the stored list", () => {
  it("round-trips through localStorage's string", () => {
    const list: ReadingList = { saved: ["2510.12345", "hep-th/9901001"], read: ["2510.12345"], hideRead: true };
    expect(parseStoredList(serializeList(list))).toEqual(list);
  });

  it.each([null, "", "not json", "[]", "null", '{"v":2,"saved":["2510.12345"]}', '{"v":1,"saved":"2510.12345"}'])("reads %j as an empty list", (raw) => {
    expect(parseStoredList(raw)).toEqual(EMPTY_LIST);
  });

  it("drops what is not an id, repeats, and anything past the caps", () => {
    const raw = JSON.stringify({ v: 1, saved: ["2510.12345", 7, "<img src=x>", "2510.12345", ...ids(MAX_SAVED + 5)], read: ids(MAX_READ + 1), hideRead: "yes" });
    const list = parseStoredList(raw);
    expect(list.saved[0]).toBe("2510.12345");
    expect(list.saved).toHaveLength(MAX_SAVED);
    expect(list.read).toHaveLength(MAX_READ);
    expect(list.hideRead).toBe(false);
  });
});

describe("changes", () => {
  it("saves newest first, and a second star removes", () => {
    let list = ok(toggleSaved(EMPTY_LIST, "2510.00001"));
    list = ok(toggleSaved(list, "2510.00002"));
    expect(list.saved).toEqual(["2510.00002", "2510.00001"]);
    expect(ok(toggleSaved(list, "2510.00001")).saved).toEqual(["2510.00002"]);
  });

  it("refuses a save past the cap, and says so", () => {
    const full = { ...EMPTY_LIST, saved: ids(MAX_SAVED) };
    expect(toggleSaved(full, "2511.00001")).toEqual({ ok: false, problem: expect.stringMatching(/full \(200 papers\)/) });
    expect(ok(toggleSaved(full, full.saved[0])).saved).toHaveLength(MAX_SAVED - 1);
  });

  it("marks read and unread, keeping the newest marks past the cap", () => {
    const list = toggleRead({ ...EMPTY_LIST, read: ids(MAX_READ) }, "2511.00001");
    expect(list.read[0]).toBe("2511.00001");
    expect(list.read).toHaveLength(MAX_READ);
    expect(toggleRead(list, "2511.00001").read).not.toContain("2511.00001");
    expect(setHideRead(list, true).hideRead).toBe(true);
  });

  it("adds a restored list in front of this one, all or nothing", () => {
    const here = { ...EMPTY_LIST, saved: ["2510.00001", "2510.00002"] };
    const restored = addSaved(here, ["2510.00003", "2510.00002"]);
    expect(restored).toMatchObject({ ok: true, added: 1, list: { saved: ["2510.00003", "2510.00002", "2510.00001"] } });
    const tooMany = addSaved({ ...EMPTY_LIST, saved: ids(MAX_SAVED - 1) }, ids(2, 500));
    expect(tooMany.ok).toBe(false);
    expect(removeSaved(here, ["2510.00001"]).saved).toEqual(["2510.00002"]);
  });
});
