/**
 * Runs `work`; if it is not done after `deferAfterMs`, calls `defer` (Discord's "thinking…"
 * acknowledgement, which buys 15 minutes) and then waits for the work. Discord drops an
 * interaction not acknowledged within 3 seconds, so a slow store never loses an answer.
 */
export async function answerInTime<T>(
  work: Promise<T>,
  deferAfterMs: number,
  defer: () => Promise<unknown>,
): Promise<{ value: T; deferred: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deferAfterMs);
  });
  // Settle `work` into a value so a rejection while we defer is not unhandled.
  const settled = work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const first = await Promise.race([settled, late]);
  clearTimeout(timer);
  if (first !== 'late') {
    if (!first.ok) throw first.error;
    return { value: first.value, deferred: false };
  }
  await defer();
  const outcome = await settled;
  if (!outcome.ok) throw outcome.error;
  return { value: outcome.value, deferred: true };
}
