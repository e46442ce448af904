import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeSlack, type FakeSlack } from './fake-slack';

const SlackJson = z.record(z.string(), z.unknown());

let slack: FakeSlack;

beforeAll(async () => {
  slack = await startFakeSlack({
    users: [
      {
        id: 'U0ANNA',
        name: 'anna',
        locale: 'pl-PL',
        tz: 'Europe/Warsaw',
        isAdmin: true,
        email: 'anna@sp12.example.pl',
      },
    ],
  });
});
afterEach(() => slack.reset());
afterAll(() => slack.close());

async function form(method: string, fields: Record<string, string>, token = 'xoxb-test-token') {
  const response = await fetch(`${slack.apiUrl}${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Bearer ${token}`,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: SlackJson.parse(await response.json()),
  };
}

async function json(method: string, body: Record<string, unknown>) {
  const response = await fetch(`${slack.apiUrl}${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      authorization: 'Bearer xoxb-test-token',
    },
    body: JSON.stringify(body),
  });
  return SlackJson.parse(await response.json());
}

describe('the fake Slack Web API', () => {
  it('answers auth.test for a known bot token, and invalid_auth or not_authed otherwise', async () => {
    expect((await form('auth.test', {})).body).toMatchObject({
      ok: true,
      team_id: slack.world.team.id,
      bot_id: 'B0GLOKAL1',
    });
    expect((await form('auth.test', {}, 'xoxb-wrong')).body).toEqual({
      ok: false,
      error: 'invalid_auth',
    });
    const unauthenticated = await fetch(`${slack.apiUrl}auth.test`, { method: 'POST' });
    expect(await unauthenticated.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('accepts the token as a form field as Slack does', async () => {
    const response = await fetch(`${slack.apiUrl}auth.test`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=xoxb-test-token',
    });
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('gives the locale in users.info only when include_locale is asked for', async () => {
    const without = await form('users.info', { user: 'U0ANNA' });
    expect(without.body['user']).toMatchObject({
      id: 'U0ANNA',
      tz: 'Europe/Warsaw',
      is_admin: true,
    });
    expect(without.body['user']).not.toHaveProperty('locale');
    const withLocale = await form('users.info', { user: 'U0ANNA', include_locale: 'true' });
    expect(withLocale.body['user']).toMatchObject({ locale: 'pl-PL' });
    expect((await form('users.info', { user: 'U0NOBODY' })).body).toEqual({
      ok: false,
      error: 'user_not_found',
    });
  });

  it('gives the profile e-mail in users.info only to a token with users:read.email', async () => {
    const granted = await form('users.info', { user: 'U0ANNA' });
    expect(granted.body['user']).toMatchObject({ profile: { email: 'anna@sp12.example.pl' } });
    slack.world.scopes.delete('users:read.email');
    try {
      const withheld = await form('users.info', { user: 'U0ANNA' });
      expect(withheld.body['user']).toMatchObject({
        id: 'U0ANNA',
        profile: { display_name: 'anna' },
      });
      expect(withheld.body['user']).not.toHaveProperty('profile.email');
    } finally {
      slack.world.scopes.add('users:read.email');
    }
  });

  it('posts messages from form fields (blocks as a JSON string) and from JSON bodies', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'Cześć' } }];
    const posted = await form('chat.postMessage', {
      channel: 'C0NEWS',
      text: 'Cześć',
      blocks: JSON.stringify(blocks),
    });
    expect(posted.body).toMatchObject({ ok: true, channel: 'C0NEWS' });
    const viaJson = await json('chat.postMessage', { channel: 'C0NEWS', blocks });
    expect(viaJson).toMatchObject({ ok: true });
    expect(slack.world.messages.filter((message) => message.channel === 'C0NEWS')).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage')[1]?.contentType).toMatch(/^application\/json/);
  });

  it('refuses messages to missing channels, without text, or past Block Kit limits', async () => {
    slack.removeChannel('C0GONE');
    expect(await json('chat.postMessage', { channel: 'C0GONE', text: 'x' })).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    expect(await json('chat.postMessage', { channel: 'C0NEWS' })).toEqual({
      ok: false,
      error: 'no_text',
    });
    const tooMany = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    const refused = await json('chat.postMessage', { channel: 'C0NEWS', blocks: tooMany });
    expect(refused).toMatchObject({ ok: false, error: 'invalid_blocks' });
    expect(JSON.stringify(refused)).toContain('must be less than 51 items');
    const longHeader = [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }];
    expect(await json('chat.postMessage', { channel: 'C0NEWS', blocks: longHeader })).toMatchObject(
      { error: 'invalid_blocks' },
    );
  });

  it('updates a posted message and says message_not_found for an unknown one', async () => {
    const posted = await json('chat.postMessage', { channel: 'C0NEWS', text: 'first' });
    const updated = await json('chat.update', {
      channel: 'C0NEWS',
      ts: posted['ts'],
      text: 'second',
    });
    expect(updated).toMatchObject({ ok: true, ts: posted['ts'] });
    expect(slack.world.messages.find((message) => message.ts === posted['ts'])).toMatchObject({
      text: 'second',
      edited: true,
    });
    expect(await json('chat.update', { channel: 'C0NEWS', ts: '1.000', text: 'x' })).toEqual({
      ok: false,
      error: 'message_not_found',
    });
  });

  it('publishes a Home tab per user and opens modals only with a trigger id', async () => {
    const home = {
      type: 'home',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Witaj' } }],
    };
    expect(await json('views.publish', { user_id: 'U0ANNA', view: home })).toMatchObject({
      ok: true,
      view: { type: 'home' },
    });
    expect(slack.world.homes.get('U0ANNA')?.view).toMatchObject(home);
    expect(await json('views.publish', { user_id: 'U0NOBODY', view: home })).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
    const modal = {
      type: 'modal',
      title: { type: 'plain_text', text: 'Nowe spotkanie' },
      blocks: [],
    };
    expect(await json('views.open', { view: modal })).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
    expect(await json('views.open', { trigger_id: '1.2.3', view: modal })).toMatchObject({
      ok: true,
      view: { type: 'modal' },
    });
  });

  it('refuses modals past the limits of views and inputs, naming each problem', async () => {
    const status = {
      type: 'static_select',
      action_id: 'value',
      options: [{ text: { type: 'plain_text', text: 'Otwarty' }, value: 'open' }],
    };
    const input = (block_id: string, element: Record<string, unknown>) => ({
      type: 'input',
      block_id,
      label: { type: 'plain_text', text: 'Pole' },
      element,
    });
    const good = {
      type: 'modal',
      title: { type: 'plain_text', text: 'Nowy nabór' },
      submit: { type: 'plain_text', text: 'Dodaj' },
      private_metadata: '{"f":"grant-add"}',
      blocks: [
        input('f:title', { type: 'plain_text_input', action_id: 'value', max_length: 500 }),
        input('f:deadline:date', {
          type: 'datepicker',
          action_id: 'value',
          initial_date: '2027-03-15',
        }),
        input('f:deadline:time', { type: 'timepicker', action_id: 'value', initial_time: '12:00' }),
        input('f:status', { ...status, initial_option: status.options[0] }),
      ],
    };
    expect(await json('views.open', { trigger_id: '1.2.3', view: good })).toMatchObject({
      ok: true,
    });
    const bad = {
      ...good,
      title: { type: 'plain_text', text: 'Rozszerzony termin naboru' },
      submit: undefined,
      private_metadata: 'x'.repeat(3001),
      blocks: [
        input('f:title', { type: 'plain_text_input', action_id: 'value', max_length: 4000 }),
        input('f:title', { type: 'datepicker', action_id: 'value', initial_date: '15.03.2027' }),
        input('f:status', {
          ...status,
          initial_option: { text: { type: 'plain_text', text: 'Zamknięty' }, value: 'closed' },
        }),
      ],
    };
    const refused = await json('views.open', { trigger_id: '1.2.3', view: bad });
    expect(refused).toMatchObject({ ok: false, error: 'invalid_arguments' });
    const messages = z
      .object({ response_metadata: z.object({ messages: z.array(z.string()) }) })
      .parse(refused).response_metadata.messages;
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('json-pointer:/view/title/text'),
        expect.stringContaining('json-pointer:/view/submit'),
        expect.stringContaining('json-pointer:/view/private_metadata'),
        expect.stringContaining('json-pointer:/view/blocks/0/element/max_length'),
        expect.stringContaining('json-pointer:/view/blocks/1/element/initial_date'),
        expect.stringContaining('duplicate block_id: f:title'),
        expect.stringContaining('json-pointer:/view/blocks/2/element/initial_option'),
      ]),
    );
    expect(messages).toHaveLength(7);
  });

  it('opens the app’s direct message with a member, once', async () => {
    const first = await form('conversations.open', { users: 'U0ANNA' });
    expect(first.body).toMatchObject({ ok: true, channel: { id: 'D0ANNA' } });
    expect(first.body).not.toHaveProperty('already_open');
    const again = await form('conversations.open', { users: 'U0ANNA' });
    expect(again.body).toMatchObject({ ok: true, already_open: true, channel: { id: 'D0ANNA' } });
    expect((await form('conversations.open', { users: 'U0NOBODY' })).body).toEqual({
      ok: false,
      error: 'user_not_found',
    });
  });

  it('describes uploaded files and serves their text to a bot token only', async () => {
    const file = slack.addFile({
      name: 'partnerzy.csv',
      text: 'nazwa;miasto\nSP 12;Łódź',
      user: 'U0ANNA',
      mimetype: 'text/csv',
    });
    expect((await form('files.info', { file: file.id })).body).toMatchObject({
      ok: true,
      file: { id: file.id, name: 'partnerzy.csv', mimetype: 'text/csv', user: 'U0ANNA', size: 26 },
    });
    expect((await form('files.info', { file: 'F0NOTHERE' })).body).toEqual({
      ok: false,
      error: 'file_not_found',
    });
    const withToken = await fetch(file.url_private_download, {
      headers: { authorization: 'Bearer xoxb-test-token' },
    });
    expect(withToken.headers.get('content-type')).toBe('text/csv');
    expect(await withToken.text()).toBe('nazwa;miasto\nSP 12;Łódź');
    const without = await fetch(file.url_private);
    expect(without.status).toBe(200);
    expect(without.headers.get('content-type')).toContain('text/html');
    expect(await without.text()).not.toContain('SP 12');
  });

  it('answers 429 with Retry-After, then errors, for the next calls it was told to fail', async () => {
    slack.failNext(
      1,
      { kind: 'rate-limited', retryAfterSeconds: 7 },
      { method: 'chat.postMessage' },
    );
    slack.failNext(1, { kind: 'error', error: 'channel_not_found' });
    slack.failNext(1, { kind: 'http', status: 500 });
    const limited = await form('chat.postMessage', { channel: 'C0NEWS', text: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await form('auth.test', {})).body).toEqual({ ok: false, error: 'channel_not_found' });
    expect((await form('auth.test', {})).status).toBe(500);
    expect((await form('auth.test', {})).body).toMatchObject({ ok: true });
  });

  it('accepts posts to the response URLs it issued and records them', async () => {
    const url = slack.responseUrl('actions');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replace_original: true, text: 'Zapisano' }),
    });
    expect(response.status).toBe(200);
    const call = await slack.waitForCall('response_url');
    expect(call.params).toMatchObject({ replace_original: true, text: 'Zapisano' });
    const unknown = await fetch(`${slack.url}/actions/T1/1/nope`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
  });

  it('opens Socket Mode connections for app tokens only', async () => {
    expect((await form('apps.connections.open', {})).body).toEqual({
      ok: false,
      error: 'not_allowed_token_type',
    });
    const opened = await form('apps.connections.open', {}, 'xapp-test-token');
    expect(opened.body['url']).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/socket-mode\/link\?ticket=/);
  });

  it('keeps the metadata of a posted message and lists it in conversations.history only when asked', async () => {
    const metadata = { event_type: 'glokal_delivery', event_payload: { key: 'k-1' } };
    const posted = await form('chat.postMessage', {
      channel: 'C0META',
      text: 'x',
      metadata: JSON.stringify(metadata),
    });
    expect(posted.body).toMatchObject({ ok: true, message: { metadata } });
    expect(slack.world.messages.find((message) => message.ts === posted.body['ts'])).toMatchObject({
      metadata,
    });
    const plain = await form('conversations.history', { channel: 'C0META' });
    expect(plain.body).toMatchObject({
      ok: true,
      has_more: false,
      messages: [{ ts: posted.body['ts'] }],
    });
    expect(JSON.stringify(plain.body)).not.toContain('glokal_delivery');
    const asked = await form('conversations.history', {
      channel: 'C0META',
      include_all_metadata: 'true',
    });
    expect(asked.body).toMatchObject({
      messages: [{ ts: posted.body['ts'], user: 'U0GLOKALBOT', bot_id: 'B0GLOKAL1', metadata }],
    });
    expect(
      await json('chat.postMessage', { channel: 'C0META', text: 'x', metadata: { event_type: 7 } }),
    ).toEqual({ ok: false, error: 'invalid_metadata_schema' });
    expect(
      (await form('chat.postMessage', { channel: 'C0META', text: 'x', metadata: '{' })).body,
    ).toEqual({ ok: false, error: 'invalid_metadata_format' });
  });

  it('pages conversations.history newest first with a cursor, between oldest and latest', async () => {
    const before = await json('chat.postMessage', { channel: 'C0PAGES', text: 'before' });
    const written = Array.from({ length: 5 }, (_, index) =>
      slack.addMessage({ channel: 'C0PAGES', user: 'U0ANNA', text: `m${index}` }),
    );
    const after = await json('chat.postMessage', { channel: 'C0PAGES', text: 'after' });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await form('conversations.history', {
        channel: 'C0PAGES',
        oldest: String(before['ts']),
        latest: String(after['ts']),
        limit: '2',
        ...(cursor ? { cursor } : {}),
      });
      const parsed = z
        .object({
          messages: z.array(z.object({ text: z.string(), user: z.string() })),
          has_more: z.boolean(),
          response_metadata: z.object({ next_cursor: z.string() }).optional(),
        })
        .parse(page.body);
      seen.push(...parsed.messages.map((message) => message.text));
      cursor = parsed.response_metadata?.next_cursor;
      expect(parsed.has_more).toBe(cursor !== undefined);
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
    expect(pages).toBe(3);
    const inclusive = await form('conversations.history', {
      channel: 'C0PAGES',
      oldest: String(before['ts']),
      inclusive: 'true',
    });
    expect(z.array(z.unknown()).parse(inclusive.body['messages'])).toHaveLength(7);
    expect(written.every((message) => message.user === 'U0ANNA')).toBe(true);
    expect(
      (await form('conversations.history', { channel: 'C0PAGES', cursor: 'nope' })).body,
    ).toEqual({ ok: false, error: 'invalid_cursor' });
    expect(
      (await form('conversations.history', { channel: 'C0PAGES', oldest: 'soon' })).body,
    ).toEqual({ ok: false, error: 'invalid_ts_oldest' });
  });

  it('stamps messages with the workspace clock it was given, each ts distinct and later', async () => {
    const frozen = await startFakeSlack({ now: () => new Date('2026-06-12T08:00:00Z') });
    try {
      const first = frozen.addMessage({ channel: 'C0CLOCK', user: 'U0ANNA', text: 'a' });
      const second = frozen.addMessage({ channel: 'C0CLOCK', user: 'U0ANNA', text: 'b' });
      expect(first.ts).toBe('1781251200.000000');
      expect(second.ts).toBe('1781251200.000001');
    } finally {
      await frozen.close();
    }
  });

  it('answers posts to a channel past the posting limit with 429 and Retry-After, when switched on', async () => {
    slack.limitPosts(60_000);
    try {
      const first = await form('chat.postMessage', { channel: 'C0BUSY', text: 'a' });
      const other = await form('chat.postMessage', { channel: 'C0CALM', text: 'a' });
      const second = await form('chat.postMessage', { channel: 'C0BUSY', text: 'b' });
      expect([first.status, other.status, second.status]).toEqual([200, 200, 429]);
      expect(second.body).toEqual({ ok: false, error: 'ratelimited' });
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(50);
      expect(slack.world.messages.filter((message) => message.channel === 'C0BUSY')).toHaveLength(
        1,
      );
    } finally {
      slack.limitPosts(undefined);
    }
    expect((await form('chat.postMessage', { channel: 'C0BUSY', text: 'c' })).status).toBe(200);
  });

  it('gives up waiting for a call after the deadline, naming what it saw', async () => {
    await expect(slack.waitForCall('views.publish', { timeoutMs: 50 })).rejects.toThrow(
      /views.publish/,
    );
  });
});
