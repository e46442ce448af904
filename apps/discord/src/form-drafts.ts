import { randomBytes } from 'node:crypto';
import type { FormValues } from '@glokal/chat';

interface Draft {
  userId: string;
  values: FormValues;
  until: number;
}

/** How long what someone typed into a form is kept for "Try again". */
export const DRAFT_LIFETIME_MS = 15 * 60_000;
const MAX_DRAFTS = 2_000;

/**
 * What people typed into forms that came back with errors (or a form that could not be shown
 * in time), kept in this process for a quarter of an hour under a short random token that a
 * button carries. Only the person who typed it gets it back; a lost draft (restart, expiry)
 * just means the form reopens from what is stored.
 */
export class FormDrafts {
  readonly #drafts = new Map<string, Draft>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  keep(userId: string, values: FormValues): string {
    this.#forgetExpired();
    while (this.#drafts.size >= MAX_DRAFTS) {
      const oldest = this.#drafts.keys().next().value;
      if (oldest === undefined) break;
      this.#drafts.delete(oldest);
    }
    const token = randomBytes(9).toString('base64url');
    this.#drafts.set(token, { userId, values, until: this.now() + DRAFT_LIFETIME_MS });
    return token;
  }

  /** The values kept under `token` for this person, if they are still there. */
  find(userId: string, token: string): FormValues | undefined {
    const draft = this.#drafts.get(token);
    if (!draft || draft.userId !== userId) return undefined;
    if (draft.until <= this.now()) {
      this.#drafts.delete(token);
      return undefined;
    }
    return draft.values;
  }

  get size(): number {
    return this.#drafts.size;
  }

  #forgetExpired(): void {
    const now = this.now();
    for (const [token, draft] of this.#drafts) if (draft.until <= now) this.#drafts.delete(token);
  }
}
