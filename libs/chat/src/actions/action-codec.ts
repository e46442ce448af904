import type { RsvpAnswer } from '@glokal/domain';
import type { ChatAction } from '../reply';
import { ChatActionSchema } from './chat-action.schema';

/** Discord `custom_id` holds at most 100 characters; Slack button values fit the same. */
export const MAX_ACTION_LENGTH = 100;

const FIELD = '|';
const PAIR = '&';
const EQUALS = '=';
const NUMBER = '#';

/** Escapes only the characters the format uses, so Polish letters stay one character each. */
function escape(text: string): string {
  return text.replace(
    /[%|&=#]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function unescape(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * An answer's flag in `a|<flag>|<event>`: `1` and `0` are what "I'm going" and "Not going"
 * buttons carried before "Maybe" existed, so buttons on older messages keep working.
 */
const answerFlags: Record<RsvpAnswer, string> = { going: '1', maybe: 'm', 'not-going': '0' };
const answerOfFlag = new Map(
  Object.entries(answerFlags).map(([answer, flag]) => [flag, answer] as const),
);

function encodeUnchecked(action: ChatAction): string {
  switch (action.type) {
    case 'run': {
      const options = Object.entries(action.options)
        .map(
          ([name, value]) =>
            `${escape(name)}${EQUALS}${typeof value === 'number' ? `${NUMBER}${value}` : escape(value)}`,
        )
        .join(PAIR);
      return ['r', escape(action.command), String(action.page), options].join(FIELD);
    }
    case 'attend':
      return ['a', answerFlags[action.answer], escape(action.eventId)].join(FIELD);
    case 'attendees':
      return ['p', String(action.page), escape(action.eventId)].join(FIELD);
    case 'attendees-csv':
      return ['x', escape(action.eventId)].join(FIELD);
    case 'follow':
      return ['f', action.following ? '1' : '0', escape(action.grantId)].join(FIELD);
    case 'share':
      return 's';
    case 'set-locale':
      return ['l', action.locale].join(FIELD);
    case 'open-form':
      return ['o', escape(action.form), String(action.section), escape(action.subject ?? '')].join(
        FIELD,
      );
    case 'close-grant':
      return ['c', escape(action.grantId)].join(FIELD);
    case 'renew-feed':
      return 'n';
    case 'retry-calendar-write':
      return ['w', escape(action.eventId)].join(FIELD);
  }
}

/** True when the action fits a button (handlers leave out buttons that would not). */
export function canEncodeAction(action: ChatAction): boolean {
  return encodeUnchecked(action).length <= MAX_ACTION_LENGTH;
}

/**
 * A compact text for a button (`r|events|2|period=week&kind=workshop`, `a|1|<event id>`),
 * at most 100 characters; throws a RangeError for an action that does not fit.
 */
export function encodeAction(action: ChatAction): string {
  const encoded = encodeUnchecked(action);
  if (encoded.length > MAX_ACTION_LENGTH) {
    throw new RangeError(
      `a chat action must fit ${MAX_ACTION_LENGTH} characters, this one has ${encoded.length}`,
    );
  }
  return encoded;
}

function decodeOptions(text: string): Record<string, string | number> | undefined {
  const options: Record<string, string | number> = {};
  if (text === '') return options;
  for (const pair of text.split(PAIR)) {
    const [name, value, ...extra] = pair.split(EQUALS);
    if (name === undefined || value === undefined || extra.length > 0) return undefined;
    options[unescape(name)] = value.startsWith(NUMBER) ? Number(value.slice(1)) : unescape(value);
  }
  return options;
}

function candidate(value: string): unknown {
  const [type, ...fields] = value.split(FIELD);
  switch (type) {
    case 'r': {
      const [command, page, options, ...extra] = fields;
      if (command === undefined || page === undefined || options === undefined || extra.length > 0)
        return undefined;
      return {
        type: 'run',
        command: unescape(command),
        page: Number(page),
        options: decodeOptions(options),
      };
    }
    case 'a': {
      const [flag, id, ...extra] = fields;
      const answer = flag === undefined ? undefined : answerOfFlag.get(flag);
      if (!answer || id === undefined || extra.length > 0) return undefined;
      return { type: 'attend', eventId: unescape(id), answer };
    }
    case 'f': {
      const [flag, id, ...extra] = fields;
      if ((flag !== '1' && flag !== '0') || id === undefined || extra.length > 0) return undefined;
      return { type: 'follow', grantId: unescape(id), following: flag === '1' };
    }
    case 'p': {
      const [page, id, ...extra] = fields;
      if (page === undefined || !id || extra.length > 0) return undefined;
      return { type: 'attendees', eventId: unescape(id), page: Number(page) };
    }
    case 'x':
      return fields.length === 1 && fields[0]
        ? { type: 'attendees-csv', eventId: unescape(fields[0]) }
        : undefined;
    case 's':
      return fields.length === 0 ? { type: 'share' } : undefined;
    case 'l':
      return fields.length === 1 ? { type: 'set-locale', locale: fields[0] } : undefined;
    case 'o': {
      const [form, section, subject, ...extra] = fields;
      if (form === undefined || section === undefined || subject === undefined || extra.length > 0)
        return undefined;
      return {
        type: 'open-form',
        form: unescape(form),
        section: Number(section),
        ...(subject === '' ? {} : { subject: unescape(subject) }),
      };
    }
    case 'c':
      return fields.length === 1 && fields[0]
        ? { type: 'close-grant', grantId: unescape(fields[0]) }
        : undefined;
    case 'n':
      return fields.length === 0 ? { type: 'renew-feed' } : undefined;
    case 'w':
      return fields.length === 1 && fields[0]
        ? { type: 'retry-calendar-write', eventId: unescape(fields[0]) }
        : undefined;
    default:
      return undefined;
  }
}

/** The action a button value stands for, validated; undefined for anything else. */
export function decodeAction(value: string): ChatAction | undefined {
  if (value.length > MAX_ACTION_LENGTH) return undefined;
  const parsed = ChatActionSchema.safeParse(candidate(value));
  return parsed.success ? parsed.data : undefined;
}
