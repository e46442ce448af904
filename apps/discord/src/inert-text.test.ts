import { describe, expect, it } from 'vitest';
import { cut, inert, inertCut, safeUrl } from './inert-text';

describe('inert text', () => {
  it('keeps @everyone and @here from looking like or acting as mentions', () => {
    const text = inert('Hello @everyone and @here');
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text.replace(/\u200b/g, '')).toBe('Hello @everyone and @here');
  });

  it('breaks role, user and channel mention syntax', () => {
    expect(inert('<@&123> <@456> <#789> </glokal events:1> <t:1700000000:R>')).not.toMatch(
      /<[@#/t]/,
    );
  });

  it('shows markdown as typed', () => {
    expect(inert('**bold** _it_ `code` [link](https://evil.example)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](https://evil.example)',
    );
    expect(inert('[a](https://a.example) and [b](https://b.example)')).not.toMatch(/(^|[^\\])\]\(/);
    expect(inert('# Heading\n- item')).toBe('\\# Heading\n\\- item');
  });

  it('cuts to the limit with an ellipsis and never leaves half an escape', () => {
    for (const max of [10, 11]) {
      const text = inertCut('*'.repeat(100), max);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text).toMatch(/^(\\\*)+…$/);
    }
    expect(cut('short', 10)).toBe('short');
  });

  it('accepts only http and https links', () => {
    expect(safeUrl('https://calendar.google.com/event?eid=1')).toBe(
      'https://calendar.google.com/event?eid=1',
    );
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});
