import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, reply, type Reply, type ReplyItem } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { messageProblems, pingsOf } from '@glokal/testing/discord';
import { renderReply, type RenderedMessage } from './render-reply';
import { hostileDescription, hostileTitle } from './testing/hostile-text.fixture';

const pl = createTranslator('pl', 'Europe/Warsaw');
const en = createTranslator('en', 'Europe/Warsaw');

function item(index: number, extra: Partial<ReplyItem> = {}): ReplyItem {
  return {
    title: `Wydarzenie ${index}`,
    fields: [],
    context: [`Warsztaty · pt., 12 cze 2026, 10:00`],
    actions: [
      {
        label: 'Więcej',
        action: { type: 'run', command: 'event', options: { name: `e-${index}` }, page: 1 },
      },
    ],
    ...extra,
  };
}

function allText(message: RenderedMessage): string {
  return message.embeds
    .flatMap((embed) => [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .filter(Boolean)
    .join('\n');
}

const buttons = (message: RenderedMessage) => message.components.flatMap((row) => row.components);

describe('renderReply', () => {
  it('shows a list as a header and one numbered embed per item, with numbered buttons', () => {
    const list = reply({
      title: 'Wydarzenia',
      summary: '12 wydarzeń · najbliższe 30 dni',
      items: [1, 2, 3].map((index) => item(index)),
      paging: { page: 1, pages: 3 },
      actions: [
        { label: 'Dalej', action: { type: 'run', command: 'events', options: {}, page: 2 } },
      ],
    });
    const message = renderReply(list, { t: pl, share: true });
    expect(message.embeds.map((embed) => embed.title)).toEqual([
      'Wydarzenia',
      '1. Wydarzenie 1',
      '2. Wydarzenie 2',
      '3. Wydarzenie 3',
    ]);
    expect(message.embeds[0]?.footer?.text).toBe('Strona 1 z 3');
    expect(message.components).toHaveLength(2);
    expect(message.components[0]?.components.map((button) => button.label)).toEqual([
      '1. Więcej',
      '2. Więcej',
      '3. Więcej',
    ]);
    expect(message.components[1]?.components.map((button) => button.label)).toEqual([
      'Dalej',
      'Udostępnij na kanale',
    ]);
    expect(decodeAction(message.components[1]?.components[0]?.custom_id ?? '')).toEqual({
      type: 'run',
      command: 'events',
      options: {},
      page: 2,
    });
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(messageProblems(message, { requireContent: true })).toEqual([]);
  });

  it('shows a detail (one item titled like the reply) as a single embed with its link and fields', () => {
    const detail = reply({
      title: 'Warsztaty robotyki',
      summary: 'Idziesz',
      items: [
        item(1, {
          title: 'Warsztaty robotyki',
          url: 'https://calendar.google.com/calendar/event?eid=robotics',
          text: 'Arduino i roboty mobilne.',
          fields: [{ label: 'Miejsce', value: 'CKZiU Łódź', short: true }],
          actions: [
            {
              label: 'Nie idę',
              action: { type: 'attend', eventId: 'e-robotics', answer: 'not-going' },
              style: 'danger',
            },
          ],
        }),
      ],
    });
    const message = renderReply(detail, { t: en });
    expect(message.embeds).toHaveLength(1);
    expect(message.embeds[0]).toMatchObject({
      title: 'Warsztaty robotyki',
      url: 'https://calendar.google.com/calendar/event?eid=robotics',
      fields: [{ name: 'Miejsce', value: 'CKZiU Łódź', inline: true }],
    });
    expect(message.embeds[0]?.description).toContain('Idziesz');
    expect(buttons(message)).toEqual([
      {
        type: 2,
        style: 4,
        label: 'Nie idę',
        custom_id: encodeAction({ type: 'attend', eventId: 'e-robotics', answer: 'not-going' }),
      },
    ]);
  });

  it('never offers sharing a notice', () => {
    const refusal = reply({
      title: 'Tylko dla koordynatorów',
      summary: 'Nic nie zostało zmienione.',
      tone: 'notice',
    });
    expect(renderReply(refusal, { t: pl, share: true }).components).toEqual([]);
  });

  it('keeps hostile calendar text inert and a huge list within every Discord limit', () => {
    const hostile: Reply = reply({
      title: hostileTitle.repeat(10),
      summary: hostileDescription.repeat(3),
      items: Array.from({ length: 30 }, (_, index) =>
        item(index, {
          title: hostileTitle,
          text: hostileDescription,
          url: 'javascript:alert(1)',
          context: [hostileTitle],
          fields: Array.from({ length: 30 }, (_unused, f) => ({
            label: `${hostileTitle} ${f}`,
            value: hostileDescription,
          })),
        }),
      ),
      actions: Array.from({ length: 12 }, (_, page) => ({
        label: `Strona ${page}`,
        action: { type: 'run' as const, command: 'events', options: {}, page },
      })),
    });
    const message = renderReply(hostile, { t: pl, share: true });
    expect(messageProblems(message, { requireContent: true })).toEqual([]);
    expect(pingsOf(message)).toEqual({ everyone: false, roles: [], users: [] });
    const text = allText(message);
    expect(text).not.toMatch(/@everyone|@here|<@|<#|(^|[^\\])\]\(/);
    expect(text).not.toMatch(/(^|[^\\])\*\*/);
    expect(message.embeds.every((embed) => embed.url === undefined)).toBe(true);
    expect(message.embeds[0]?.footer?.text).toMatch(/i jeszcze \d+ pozycj/);
    expect(buttons(message).every((button) => button.custom_id.length <= 100)).toBe(true);
  });

  it('leaves out a button whose action does not fit a custom id rather than fail', () => {
    const long = reply({
      title: 'x',
      items: [
        item(1, {
          actions: [
            { label: 'Idę', action: { type: 'attend', eventId: 'e'.repeat(200), answer: 'going' } },
          ],
        }),
      ],
    });
    expect(renderReply(long, { t: pl }).components).toEqual([]);
  });
});
