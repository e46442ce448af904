import type { Command } from '../command';
import type { FieldError } from '../forms/form';
import { localisedErrors } from '../forms/localise-form';
import { scheduleForm } from '../forms/event/schedule.form';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { requestFreeSlots } from '../writes/request-free-slots';

/** A person as chat writes them in text: Slack `<@U…>` or `<@U…|name>`, Discord `<@…>`, `<@!…>`. */
const mention = /^<@!?([A-Z0-9]{2,30})(?:\|[^>]*)?>$/i;

/** The invitees named in text: their ids, and any word that names no one. */
function inviteesOf(text: string): { ids: string[]; unknown?: string } {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const ids: string[] = [];
  for (const word of words) {
    const id = mention.exec(word)?.[1];
    if (!id) return { ids, unknown: word };
    ids.push(id);
  }
  return { ids };
}

/**
 * `slots <length> [@invitees]` / `terminy` (coordinators): asks the worker for free times for
 * a meeting of that length (an hour when none is given) with those people, by DM. Answers at
 * once; a length the meeting form would not take is that field's error, in the person's words.
 */
export const slotsCommand: Command = {
  name: 'slots',
  namePl: 'terminy',
  audience: 'coordinator',
  writes: true,
  options: [
    { name: 'length', namePl: 'długość', type: 'string', required: false },
    { name: 'invitees', namePl: 'zaproszeni', type: 'string', required: false, rest: true },
  ],
  /** Mentions are invitees wherever they stand; the other words are the length (`1 h 30`). */
  fromWords(words) {
    const invitees = words.filter((word) => mention.test(word));
    const length = words.filter((word) => !mention.test(word));
    return {
      ...(length.length > 0 ? { length: length.join(' ') } : {}),
      ...(invitees.length > 0 ? { invitees: invitees.join(' ') } : {}),
    };
  },
  async handle(request, deps) {
    const t = translatorFor(request);
    const typed = request.options['length'];
    const named = inviteesOf(String(request.options['invitees'] ?? ''));
    const example = t.t('slots:command.example');
    if (named.unknown !== undefined)
      return invalidReply(
        [{ field: 'invitees', message: 'slots:error.not_a_person', values: { text: named.unknown } }],
        request,
        example,
      );
    const outcome = await requestFreeSlots(
      { duration: typed === undefined ? '60' : String(typed), invitees: named.ids },
      { ...request, now: deps.clock.now() },
      deps,
    );
    if (outcome.type !== 'invalid') return outcome.reply;
    return invalidReply(outcome.errors, request, example);
  },
  texts: (t) => ({
    description: t.t('slots:command.description'),
    usage: t.t('slots:command.usage'),
    example: t.t('slots:command.example'),
    options: {
      length: t.t('slots:command.options.length'),
      invitees: t.t('slots:command.options.invitees'),
    },
  }),
};

/** Each field's problem under its label from the meeting form, and how to write it. */
function invalidReply(
  errors: readonly FieldError[],
  request: Parameters<Command['handle']>[0],
  example: string,
) {
  const t = translatorFor(request);
  const lines = localisedErrors({ form: scheduleForm }, errors, t).map((error) =>
    t.t('forms:error.field', { label: error.label, problem: error.text }),
  );
  return notice(t, lines.join('\n'), { example });
}
