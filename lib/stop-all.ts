/** Removes every listener, even when the first removal throws (an invalidated extension context); then rethrows. */
export function stopAll(stops: readonly (() => void)[]): void {
  let failure: unknown;
  for (const stop of stops) {
    try {
      stop();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
}
