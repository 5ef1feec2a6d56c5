/**
 * A one-line progress bar for backfills on a terminal (redrawn in place, at most 10 times a
 * second). On a pipe or file it stays silent so logs and `--json` output stay clean.
 */
export function createProgressBar(stream: NodeJS.WriteStream, width = 30) {
  let drawn = false;
  let lastDraw = 0;
  return {
    update: (label: string, done: number, total: number | null) => {
      if (!stream.isTTY || Date.now() - lastDraw < 100) return;
      lastDraw = Date.now();
      const ratio = total ? Math.min(1, done / total) : 0;
      const bar = total ? `[${"#".repeat(Math.round(ratio * width)).padEnd(width, "-")}] ${(ratio * 100).toFixed(0).padStart(3)}% ` : "";
      stream.write(`\r${label} ${bar}${done.toLocaleString("en")}${total ? `/${total.toLocaleString("en")}` : ""}\u001b[K`);
      drawn = true;
    },
    clear: () => {
      if (drawn) stream.write("\r\u001b[K");
      drawn = false;
    },
  };
}
