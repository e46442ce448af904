import { describe, expect, it } from 'vitest';
import { isOperationsToken, offeredToken } from './operations-token';

describe('the operations token', () => {
  const token = 'c2VjcmV0LXRva2VuLWZvci10ZXN0cw';

  it('is read from a bearer header or from HTTP Basic as the password', () => {
    expect(offeredToken(`Bearer ${token}`)).toBe(token);
    expect(offeredToken(`bearer   ${token}`)).toBe(token);
    const basic = Buffer.from(`anyone:${token}`, 'utf8').toString('base64');
    expect(offeredToken(`Basic ${basic}`)).toBe(token);
    expect(offeredToken(undefined)).toBeUndefined();
    expect(offeredToken('Bearer')).toBeUndefined();
    expect(offeredToken(`Token ${token}`)).toBeUndefined();
    expect(offeredToken(`Basic ${Buffer.from(token).toString('base64')}`)).toBeUndefined();
  });

  it('matches only the very token, whatever the length offered', () => {
    expect(isOperationsToken(token, token)).toBe(true);
    expect(isOperationsToken(`${token}x`, token)).toBe(false);
    expect(isOperationsToken(token.slice(1), token)).toBe(false);
    expect(isOperationsToken('', token)).toBe(false);
    expect(isOperationsToken(undefined, token)).toBe(false);
  });
});
