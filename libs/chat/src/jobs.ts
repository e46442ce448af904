/**
 * The worker, as chat handlers see it. A handler never talks to a queue: it records what the
 * worker must do as outbox messages in the same store transaction as its change, then asks
 * for them to be relayed now. Apps implement this over `@glokal/queue`; when Redis is away the
 * call does nothing and the worker's own relay moves the messages once Redis is back.
 */
export interface ChatJobs {
  /** Moves waiting outbox messages to their queues; never throws, never waits long. */
  relayNow(): Promise<void>;
}

/** For places with no worker behind them (the console on its own, tests of reads). */
export const noJobs: ChatJobs = { relayNow: async () => undefined };
