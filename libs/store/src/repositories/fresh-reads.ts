/**
 * Lets callers share one read without ever being given a value from before they asked: a
 * caller gets the read in flight only if none is (it starts one), else the one that starts
 * when the read in flight ends, shared by everyone who asked meanwhile. Alone, every call is
 * its own read; under load, one read serves all who arrived during the previous one, so N
 * concurrent callers cost about two reads instead of N.
 */
export function sharedFreshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const started = read().finally(() => {
      if (inFlight === started) inFlight = undefined;
    });
    inFlight = started;
    return started;
  };
  return () => {
    if (inFlight === undefined) return start();
    next ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}
