import { describe, expect, it } from 'vitest';
import { decodeAction, reply, type Reply, type ReplyItem } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { blockKitProblems } from '@glokal/testing/slack';
import { renderReply } from './render-reply';

const pl = createTranslator('pl', 'Europe/Warsaw');
const en = createTranslator('en', 'Europe/Warsaw');

function item(title: string, extra: Partial<ReplyItem> = {}): ReplyItem {
  return { title, fields: [], context: [], actions: [], ...extra };
}

/** The texts Slack reads as mrkdwn (formatting applies there, not in plain_text). */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (typeof value !== 'object' || value === null) return [];
  const own =
    'type' in value && value.type === 'mrkdwn' && 'text' in value && typeof value.text === 'string'
      ? [value.text]
      : [];
  return [...own, ...Object.values(value).flatMap(mrkdwnTexts)];
}

/** Every text Slack would show, wherever it sits in the blocks. */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'text' in value && typeof value.text === 'string' ? [value.text] : [];
  return [...own, ...Object.values(value).flatMap(texts)];
}

function buttons(value: unknown): { action_id: string; value?: string; text: { text: string } }[] {
  const found: { action_id: string; value?: string; text: { text: string } }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    if (
      'type' in node &&
      node.type === 'button' &&
      'action_id' in node &&
      typeof node.action_id === 'string' &&
      'text' in node
    ) {
      const text = node.text;
      const label =
        typeof text === 'object' && text !== null && 'text' in text && typeof text.text === 'string'
          ? text.text
          : '';
      const value = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
      found.push({
        action_id: node.action_id,
        text: { text: label },
        ...(value === undefined ? {} : { value }),
      });
    }
    Object.values(node).forEach(walk);
  };
  walk(value);
  return found;
}

const eventsReply: Reply = reply({
  title: 'Wydarzenia',
  summary: '2 wydarzenia · najbliższe 30 dni',
  items: [
    item('Warsztaty robotyki', {
      url: 'https://calendar.google.com/calendar/event?eid=abc',
      text: 'Arduino na lekcjach techniki.',
      fields: [{ label: 'Miejsce', value: 'CKZiU Łódź', short: true }],
      context: ['Warsztaty · wt., 16 cze 2026, 09:00–13:00'],
      actions: [
        {
          label: 'Więcej',
          action: { type: 'run', command: 'event', options: { name: 'e-robotics' }, page: 1 },
        },
      ],
    }),
    item('Konferencja „Szkoła jutra”', {
      actions: [
        {
          label: 'Idę',
          action: { type: 'attend', eventId: 'e-conference', answer: 'going' },
          style: 'primary',
        },
      ],
    }),
  ],
  actions: [
    {
      label: 'Dalej',
      action: { type: 'run', command: 'events', options: { period: 'month' }, page: 2 },
    },
  ],
  paging: { page: 1, pages: 3 },
});

describe('renderReply', () => {
  it('shows the title as a header, the summary, one section per item with its link, and the paging line', () => {
    const { blocks, text } = renderReply(eventsReply, { t: pl });
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Wydarzenia', emoji: true },
    });
    expect(texts(blocks)).toContain('2 wydarzenia · najbliższe 30 dni');
    expect(texts(blocks)).toContain(
      '*<https://calendar.google.com/calendar/event?eid=abc|Warsztaty robotyki>*\nArduino na lekcjach techniki.',
    );
    expect(texts(blocks)).toContain('*Miejsce*\nCKZiU Łódź');
    expect(texts(blocks)).toContain('Strona 1 z 3');
    expect(text).toBe('Wydarzenia · 2 wydarzenia · najbliższe 30 dni');
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
  });

  it('gives every button a unique id and a value that decodes back to its action', () => {
    const found = buttons(renderReply(eventsReply, { t: pl }).blocks);
    expect(found.map((button) => button.text.text)).toEqual(['Więcej', 'Idę', 'Dalej']);
    expect(new Set(found.map((button) => button.action_id)).size).toBe(found.length);
    expect(found.map((button) => decodeAction(button.value ?? ''))).toEqual([
      { type: 'run', command: 'event', options: { name: 'e-robotics' }, page: 1 },
      { type: 'attend', eventId: 'e-conference', answer: 'going' },
      { type: 'run', command: 'events', options: { period: 'month' }, page: 2 },
    ]);
  });

  it('offers "Share in channel" for a reply it can run again, in the viewer’s language', () => {
    const shareAs = {
      type: 'run' as const,
      command: 'events',
      options: { period: 'month' },
      page: 1,
    };
    const share = buttons(renderReply(eventsReply, { t: en, shareAs }).blocks).find(
      (button) => button.action_id === 'glokal-share',
    );
    expect(share?.text.text).toBe('Share in channel');
    expect(decodeAction(share?.value ?? '')).toEqual(shareAs);
  });

  it('leaves the share button out of notices and of the shared copy, which names who shared it', () => {
    const shareAs = { type: 'run' as const, command: 'events', options: {}, page: 1 };
    const notice = reply({ title: 'Nie rozumiem', tone: 'notice' });
    expect(buttons(renderReply(notice, { t: pl, shareAs }).blocks)).toEqual([]);
    const shared = renderReply(eventsReply, { t: pl, shareAs, sharedBy: 'Anna <@U0ANNA>' });
    expect(buttons(shared.blocks).some((button) => button.action_id === 'glokal-share')).toBe(
      false,
    );
    expect(texts(shared.blocks)).toContain('Udostępnia: Anna &lt;@U0ANNA&gt;');
  });

  it('shows hostile text inertly: no mention, channel ping, link or formatting survives', () => {
    const hostile =
      '<!channel> <@U123> <#C123> <http://x|y> *bold* _it_ ~s~ `code` & done\n> quote';
    const { blocks, text } = renderReply(
      reply({
        title: hostile,
        summary: hostile,
        items: [
          item(hostile, {
            text: hostile,
            context: [hostile],
            fields: [{ label: hostile, value: hostile }],
          }),
        ],
      }),
      { t: pl },
    );
    const all = [...texts(blocks), text].join('\n');
    for (const raw of ['<!channel>', '<@U123>', '<#C123>', '<http://x|y>'])
      expect(all).not.toContain(raw);
    const formatted = [...mrkdwnTexts(blocks), text].join('\n');
    for (const raw of ['*bold*', '_it_', '~s~', '`code`', '\n&gt; quote', '\n> quote'])
      expect(formatted).not.toContain(raw);
    expect(all).toContain('&lt;!channel&gt; &lt;@U123&gt; &lt;#C123&gt; &lt;http://x|y&gt;');
    expect(all).toContain('&amp; done');
    expect(all).not.toMatch(/<(?!https:\/\/)/);
  });

  it('keeps markers that cannot format, inside words and codes such as KA220_VET', () => {
    const { blocks } = renderReply(reply({ title: 'Granty', items: [item('KA220_VET 2*3')] }), {
      t: pl,
    });
    expect(texts(blocks)).toContain('*KA220_VET 2*3*');
  });

  it('drops control characters and bidirectional overrides', () => {
    const { blocks } = renderReply(reply({ title: 'A\u0000B\u0007C\u202Ed\u0085e', items: [] }), {
      t: pl,
    });
    expect(texts(blocks)[0]).toBe('ABCde');
  });

  it('cuts 10 kB of text to Block Kit lengths, ending with an ellipsis', () => {
    const long = 'Ż&'.repeat(5000);
    const { blocks, text } = renderReply(
      reply({
        title: long,
        summary: long,
        items: [item(long, { text: long, fields: [{ label: 'x', value: long }], context: [long] })],
      }),
      { t: pl },
    );
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    expect(texts(blocks)[0]?.length).toBeLessThanOrEqual(150);
    expect(texts(blocks)[0]?.endsWith('…')).toBe(true);
    expect(texts(blocks).every((line) => !/&(?!amp;|lt;|gt;)/.test(line))).toBe(true);
    expect(text.length).toBeLessThanOrEqual(3000);
  });

  it('links only http, https and mailto addresses', () => {
    const { blocks } = renderReply(
      reply({ title: 'x', items: [item('Kliknij', { url: 'javascript:alert(1)' })] }),
      { t: pl },
    );
    expect(texts(blocks)).toContain('*Kliknij*');
  });

  it('stays within 50 blocks for a long list and says how many items did not fit', () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      item(`Wydarzenie ${index + 1}`, {
        context: ['jutro'],
        actions: [
          { label: 'Idę', action: { type: 'attend', eventId: `e-${index}`, answer: 'going' } },
        ],
      }),
    );
    const { blocks } = renderReply(
      reply({
        title: 'Wydarzenia',
        items: many,
        actions: eventsReply.actions,
        paging: { page: 1, pages: 2 },
      }),
      { t: pl },
    );
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    expect(texts(blocks)).toContain(
      '…i jeszcze 15 pozycji, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    );
    expect(buttons(blocks).at(-1)?.text.text).toBe('Dalej');
  });

  it('separates items with dividers when there is room', () => {
    const { blocks } = renderReply(eventsReply, { t: pl });
    expect(blocks.filter((block) => block.type === 'divider')).toHaveLength(1);
  });
});
