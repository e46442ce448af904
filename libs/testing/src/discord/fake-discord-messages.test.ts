import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { snowflakeTime } from './snowflake';

let fake: FakeDiscord;

beforeEach(async () => {
  fake = await startFakeDiscord({ nonceWindowMs: 60_000 });
});
afterEach(async () => fake.close());

/** One call to the fake's REST API with the bot's token, as Discord would get it. */
async function call(
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${fake.apiUrl}/v10${route}`, {
    method,
    headers: {
      authorization: `Bot ${fake.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    headers: response.headers,
  };
}

const post = (channelId: string, body: Record<string, unknown>) =>
  call('POST', `/channels/${channelId}/messages`, body);

describe('fake Discord messages with nonces', () => {
  it('answers a repeated nonce with enforce_nonce with the message it created, and creates nothing', async () => {
    const first = await post(fake.channelId, { content: 'one', nonce: 'n-1', enforce_nonce: true });
    const again = await post(fake.channelId, { content: 'one', nonce: 'n-1', enforce_nonce: true });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body['id']).toBe(first.body['id']);
    expect(again.body['nonce']).toBe('n-1');
    expect(fake.channelMessages(fake.channelId)).toHaveLength(1);
  });

  it('creates another message for the same nonce without enforce_nonce, or in another channel', async () => {
    await post(fake.channelId, { content: 'one', nonce: 'n-2', enforce_nonce: true });
    await post(fake.channelId, { content: 'one', nonce: 'n-2' });
    await post('1180000000000000003', { content: 'one', nonce: 'n-2', enforce_nonce: true });
    expect(fake.channelMessages(fake.channelId)).toHaveLength(2);
    expect(fake.channelMessages('1180000000000000003')).toHaveLength(1);
  });

  it('creates a new message once the nonce window has passed', async () => {
    const forgetful = await startFakeDiscord({ nonceWindowMs: 0 });
    try {
      const send = () =>
        fetch(`${forgetful.apiUrl}/v10/channels/${forgetful.channelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bot ${forgetful.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'x', nonce: 'n-3', enforce_nonce: true }),
        });
      await send();
      await send();
      expect(forgetful.channelMessages(forgetful.channelId)).toHaveLength(2);
    } finally {
      await forgetful.close();
    }
  });

  it('answers Unknown Message when the message with that nonce was deleted since', async () => {
    const first = await post(fake.channelId, { content: 'one', nonce: 'n-4', enforce_nonce: true });
    fake.deleteMessage(String(first.body['id']));
    const again = await post(fake.channelId, { content: 'one', nonce: 'n-4', enforce_nonce: true });
    expect(again.status).toBe(404);
    expect(again.body['code']).toBe(10008);
    expect(fake.channelMessages(fake.channelId)).toHaveLength(0);
  });

  it('refuses a nonce longer than 25 characters as an invalid form body', async () => {
    const answer = await post(fake.channelId, { content: 'one', nonce: 'x'.repeat(26) });
    expect(answer.status).toBe(400);
    expect(answer.body['code']).toBe(50035);
    expect(JSON.stringify(answer.body['errors'])).toMatch(/nonce.*25 or fewer/);
    expect(fake.channelMessages(fake.channelId)).toHaveLength(0);
    expect(await post(fake.channelId, { content: 'ok', nonce: 'x'.repeat(25) })).toMatchObject({
      status: 200,
    });
  });
});

describe('fake Discord channel history', () => {
  it('lists messages after an id newest first, in pages of `limit`, without their nonces', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const posted = await post(fake.channelId, { content: `m${index}`, nonce: `h-${index}` });
      ids.push(String(posted.body['id']));
    }
    const page = await call('GET', `/channels/${fake.channelId}/messages?after=${ids[0]}&limit=2`);
    const listed = page.body as unknown as { id: string; nonce?: unknown }[];
    expect(listed.map((message) => message.id)).toEqual([ids[2], ids[1]]);
    expect(listed.some((message) => 'nonce' in message)).toBe(false);
    const all = (await call('GET', `/channels/${fake.channelId}/messages`)).body as unknown as {
      id: string;
    }[];
    expect(all.map((message) => message.id)).toEqual([...ids].reverse());
  });

  it('makes ids that carry the time they were made, so `after` can start from a moment', async () => {
    const before = Date.now();
    const posted = await post(fake.channelId, { content: 'now' });
    const made = snowflakeTime(String(posted.body['id']));
    expect(made).toBeGreaterThanOrEqual(before);
    expect(made).toBeLessThanOrEqual(Date.now());
  });
});

describe('fake Discord direct messages', () => {
  it('answers 50007 to a message for someone who does not take direct messages', async () => {
    fake.refuseDirectMessages('4343434343');
    const dm = await call('POST', '/users/@me/channels', { recipient_id: '4343434343' });
    expect(dm.status).toBe(200);
    const answer = await post(String(dm.body['id']), { content: 'hello' });
    expect(answer).toMatchObject({
      status: 403,
      body: { code: 50007, message: 'Cannot send messages to this user' },
    });
    expect(fake.channelMessages(String(dm.body['id']))).toHaveLength(0);
  });
});

describe('fake Discord rate limits', () => {
  it('enforces none unless asked', async () => {
    for (let index = 0; index < 8; index += 1)
      expect((await post(fake.channelId, { content: `m${index}` })).status).toBe(200);
  });

  it('limits messages in a channel per bucket with the headers Discord sends', async () => {
    fake.enforceRateLimits({ channelMessages: { limit: 2, windowMs: 60_000 } });
    const first = await post(fake.channelId, { content: 'a' });
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(Number(first.headers.get('x-ratelimit-reset-after'))).toBeGreaterThan(50);
    expect(first.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]+$/);
    expect(
      (await post(fake.channelId, { content: 'b' })).headers.get('x-ratelimit-remaining'),
    ).toBe('0');
    const limited = await post(fake.channelId, { content: 'c' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ global: false });
    expect(Number(limited.body['retry_after'])).toBeGreaterThan(50);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
    expect(limited.headers.has('x-ratelimit-global')).toBe(false);
    // Another channel has its own bucket.
    expect((await post('1180000000000000003', { content: 'd' })).status).toBe(200);
    expect(fake.channelMessages(fake.channelId)).toHaveLength(2);
    expect(fake.rateLimitsAnswered).toEqual({ global: 0, route: 1 });
  });

  it('limits every request of the bot per second globally, with X-RateLimit-Global', async () => {
    fake.enforceRateLimits({ globalPerSecond: 3 });
    const answers = [];
    for (let index = 0; index < 10; index += 1) answers.push(await call('GET', '/users/@me'));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]?.body).toMatchObject({ global: true });
    expect(limited[0]?.headers.get('x-ratelimit-global')).toBe('true');
    expect(limited[0]?.headers.get('x-ratelimit-scope')).toBe('global');
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(fake.rateLimitsAnswered.global).toBe(limited.length);
  });
});

describe('fake Discord message edits', () => {
  const patch = (channelId: string, messageId: string, body: Record<string, unknown>) =>
    call('PATCH', `/channels/${channelId}/messages/${messageId}`, body);

  it('edits the bot’s message in its channel: only the fields given change, and it is marked edited', async () => {
    const posted = await post(fake.channelId, {
      content: 'Forum',
      embeds: [{ title: 'Going 0' }],
    });
    const id = String(posted.body['id']);
    const edited = await patch(fake.channelId, id, { embeds: [{ title: 'Going 1' }] });
    expect(edited.status).toBe(200);
    expect(edited.body['id']).toBe(id);
    const stored = fake.message(id);
    expect(stored?.embeds).toEqual([{ title: 'Going 1' }]);
    expect(stored?.content).toBe('Forum');
    expect(stored?.edited_timestamp).not.toBeNull();
    expect(fake.channelMessages(fake.channelId)).toHaveLength(1);
  });

  it('refuses a message it does not hold, one in another channel, and another author’s', async () => {
    const posted = await post(fake.channelId, { content: 'Forum' });
    const id = String(posted.body['id']);
    const unknown = await patch(fake.channelId, '1180000000000099999', { content: 'x' });
    expect([unknown.status, unknown.body['code']]).toEqual([404, 10008]);
    const elsewhere = await patch('1180000000000000003', id, { content: 'x' });
    expect([elsewhere.status, elsewhere.body['code']]).toEqual([404, 10008]);
    const theirs = fake.state.createMessage(
      fake.channelId,
      { content: 'mine' },
      { author: { ...fake.state.author(), id: '1180000000000000555', username: 'ola' } },
    );
    const refused = await patch(fake.channelId, theirs.id, { content: 'x' });
    expect([refused.status, refused.body['code']]).toEqual([403, 50005]);
    expect(fake.message(theirs.id)?.content).toBe('mine');
    expect(fake.message(id)?.content).toBe('Forum');
  });
});
