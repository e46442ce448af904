import { defaultPeriod, eventKindFromWord, parsePeriod, type Period } from '@glokal/domain/period';
import { READABLE_YEARS, type EventKind, type Translator } from '@glokal/domain';
import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { pagingOf, readPage } from '../replies/paging';
import { eventItem } from '../replies/event-item';

export const eventKindChoices = [
  { value: 'meeting', pl: 'spotkanie' },
  { value: 'conference', pl: 'konferencja' },
  { value: 'seminar', pl: 'seminarium' },
  { value: 'training', pl: 'szkolenie' },
  { value: 'workshop', pl: 'warsztaty' },
  { value: 'exchange', pl: 'wymiana' },
] as const;

/** "dziś, 12 cze 2026", "next month, 1 Jul 2026 – 31 Jul 2026". */
export function periodLabel(period: Period, t: Translator): string {
  const range =
    period.firstDay === period.lastDay
      ? t.date(period.firstDay)
      : t.t('events:range', { start: t.date(period.firstDay), end: t.date(period.lastDay) });
  return t.t(`events:period.${period.name}`, { range });
}

/** `events [period] [kind]`: the words naming a kind (anywhere) are the kind, the rest the period. */
export const eventsCommand: Command = {
  name: 'events',
  namePl: 'wydarzenia',
  audience: 'everyone',
  shareable: true,
  cacheable: true,
  aliases: ['wydarzen', 'kalendarz', 'calendar'],
  options: [
    { name: 'period', namePl: 'okres', type: 'string', required: false },
    { name: 'kind', namePl: 'rodzaj', type: 'string', required: false, choices: eventKindChoices },
  ],
  fromWords(words) {
    const kindAt = words.findIndex((word) => eventKindFromWord(word) !== undefined);
    const period = words.filter((_word, index) => index !== kindAt).join(' ');
    return {
      ...(period ? { period } : {}),
      ...(kindAt >= 0 && words[kindAt] ? { kind: words[kindAt] } : {}),
    };
  },
  async handle(request, deps) {
    const t = translatorFor(request);
    const now = deps.clock.now();
    const example = t.t('commands:events.example');

    const periodText = optionText(request, 'period');
    let period = defaultPeriod(now, request.timeZone);
    if (periodText) {
      const parsed = parsePeriod(periodText, now, request.timeZone);
      if (!parsed.ok) {
        const years = { first: READABLE_YEARS.first, last: READABLE_YEARS.last };
        return notice(t, t.t(`events:bad_period.${parsed.code}`, { text: parsed.text, ...years }), {
          hint: t.t('events:bad_period.help'),
          example,
        });
      }
      period = parsed.period;
    }

    const kindText = optionText(request, 'kind');
    let kind: EventKind | undefined;
    if (kindText) {
      kind = eventKindFromWord(kindText);
      if (!kind) {
        return notice(
          t,
          t.t('chat:problem.bad_choice', {
            value: kindText,
            option: t.t('events:kind_label'),
            choices: eventKindChoices
              .map((choice) => (t.locale === 'pl' ? choice.pl : choice.value))
              .join(', '),
          }),
          { example },
        );
      }
    }

    const page = await readPage(request, (slice) =>
      deps.store.events.between(
        { from: period.from, to: period.to, ...(kind ? { kind } : {}) },
        slice,
      ),
    );
    const title = kind
      ? t.t('events:title_kind', { kind: t.t(`events:kind.${kind}`) })
      : t.t('events:title');
    const when = periodLabel(period, t);
    if (page.total === 0) {
      const hint = kind
        ? t.t('events:empty_hint_kind', { period: periodText ?? '' }).trimEnd()
        : t.t('events:empty_hint');
      return reply({ title, summary: `${when}\n${t.t('events:empty')}\n${hint}` });
    }
    const paging = pagingOf(page.request, page.total, t);
    return reply({
      title,
      summary: t.t('events:summary', {
        count: t.t('events:count', { count: page.total }),
        period: when,
      }),
      items: page.items.map((event) => eventItem(event, t)),
      ...paging,
    });
  },
};
