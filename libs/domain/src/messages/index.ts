import { common } from './common';

/**
 * Every user-facing string, by area. To add an area: write `messages/<area>.ts` exporting
 * `{ pl, en }` with the same keys in both, and list it here. `messages.test.ts` checks that
 * both languages have every key and every Polish plural form.
 */
export const messageAreas = { common } as const;

export type MessageArea = keyof typeof messageAreas;
