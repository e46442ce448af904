import { describe, expect, it } from 'vitest';
import { DRAFT_LIFETIME_MS, FormDrafts } from './form-drafts';

describe('form drafts', () => {
  it('gives what was typed back to the person who typed it, for a quarter of an hour', () => {
    let now = 1_000;
    const drafts = new FormDrafts(() => now);
    const token = drafts.keep('U1', { deadline: '2027-03-28 02:30' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(drafts.find('U1', token)).toEqual({ deadline: '2027-03-28 02:30' });
    expect(drafts.find('U2', token)).toBeUndefined();
    now += DRAFT_LIFETIME_MS - 1;
    expect(drafts.find('U1', token)).toBeDefined();
    now += 1;
    expect(drafts.find('U1', token)).toBeUndefined();
    expect(drafts.size).toBe(0);
  });

  it('keeps each draft under its own token and forgets expired ones as new ones come', () => {
    let now = 0;
    const drafts = new FormDrafts(() => now);
    const first = drafts.keep('U1', { title: 'a' });
    const second = drafts.keep('U1', { title: 'b' });
    expect(first).not.toBe(second);
    expect(drafts.find('U1', first)).toEqual({ title: 'a' });
    now = DRAFT_LIFETIME_MS;
    drafts.keep('U1', { title: 'c' });
    expect(drafts.size).toBe(1);
  });
});
