import type { FakeState } from './fake-state';
import type { RestAnswer, RestCall } from './rest-routes';

/** Discord's guild scheduled event limits (create and modify). */
export const scheduledEventLimits = {
  name: 100,
  description: 1000,
  location: 100,
  /** Scheduled and active events a guild may have at once (code 30038 past it). */
  uncompletedPerGuild: 100,
} as const;

/** Status: 1 scheduled, 2 active, 3 completed, 4 canceled. */
const allowedStatusChanges: Record<number, readonly number[]> = { 1: [2, 4], 2: [3] };

/** A scheduled event as the fake keeps it and returns it, shaped like Discord's object. */
export interface FakeScheduledEvent {
  id: string;
  guild_id: string;
  channel_id: string | null;
  creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  status: number;
  entity_type: number;
  entity_id: null;
  entity_metadata: { location?: string } | null;
  image: null;
  recurrence_rule: null;
}

/**
 * The guilds' scheduled events (the Events tab), and the guilds where the bot lacks Manage
 * Events: there every create, modify and delete is answered 403 50013, as Discord does.
 */
export class FakeScheduledEvents {
  readonly byId = new Map<string, FakeScheduledEvent>();
  readonly #withoutManageEvents = new Set<string>();

  /** Gives or takes the bot's Manage Events in a guild. */
  allowManageEvents(guildId: string, allowed: boolean): void {
    if (allowed) this.#withoutManageEvents.delete(guildId);
    else this.#withoutManageEvents.add(guildId);
  }

  managesEvents(guildId: string): boolean {
    return !this.#withoutManageEvents.has(guildId);
  }

  of(guildId: string): FakeScheduledEvent[] {
    return [...this.byId.values()].filter((event) => event.guild_id === guildId);
  }
}

type FieldProblems = Record<string, string[]>;

function invalid(problems: FieldProblems): RestAnswer {
  const errors = Object.fromEntries(
    Object.entries(problems).map(([field, messages]) => [
      field,
      { _errors: messages.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) },
    ]),
  );
  return {
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors },
    problems: Object.entries(problems).flatMap(([field, messages]) =>
      messages.map((message) => `${field}: ${message}`),
    ),
  };
}

const missingPermissions: RestAnswer = {
  status: 403,
  body: { message: 'Missing Permissions', code: 50013 },
};
const unknownEvent: RestAnswer = {
  status: 404,
  body: { message: 'Unknown Guild Scheduled Event', code: 10070 },
};
const unknownGuild: RestAnswer = { status: 404, body: { message: 'Unknown Guild', code: 10004 } };

function add(problems: FieldProblems, field: string, message: string): void {
  (problems[field] ??= []).push(message);
}

function textProblem(
  problems: FieldProblems,
  field: string,
  value: unknown,
  max: number,
  required: boolean,
): void {
  if (value === undefined || value === null) {
    if (required) add(problems, field, 'This field is required');
    return;
  }
  if (typeof value !== 'string') return add(problems, field, 'Must be a string.');
  if (value.length < 1 || value.length > max)
    add(problems, field, `Must be between 1 and ${max} in length.`);
}

function instant(problems: FieldProblems, field: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) add(problems, field, 'Could not parse ISO8601 timestamp.');
  return Number.isNaN(at) ? undefined : at;
}

/**
 * What Discord checks of an event as it would stand after a create or modify: an external
 * event (3) has no channel, a location of 1–100 characters and an end; the name is 1–100
 * characters, the description at most 1000; only GUILD_ONLY (2) privacy; it ends after it
 * starts; a start that changes (or a new event) is not in the past.
 */
function eventProblems(
  merged: Record<string, unknown>,
  given: Record<string, unknown>,
  creating: boolean,
): FieldProblems {
  const problems: FieldProblems = {};
  textProblem(problems, 'name', merged['name'], scheduledEventLimits.name, true);
  const description = merged['description'];
  if (description !== undefined && description !== null) {
    if (typeof description !== 'string') add(problems, 'description', 'Must be a string.');
    else if (description.length > scheduledEventLimits.description)
      add(
        problems,
        'description',
        `Must be ${scheduledEventLimits.description} or fewer in length.`,
      );
  }
  if (merged['privacy_level'] !== 2) add(problems, 'privacy_level', 'Value must be one of {2}.');
  const type = merged['entity_type'];
  if (type !== 1 && type !== 2 && type !== 3)
    add(problems, 'entity_type', 'Value must be one of {1, 2, 3}.');
  const start = instant(problems, 'scheduled_start_time', merged['scheduled_start_time']);
  if (merged['scheduled_start_time'] === undefined)
    add(problems, 'scheduled_start_time', 'This field is required');
  const end = instant(problems, 'scheduled_end_time', merged['scheduled_end_time']);
  if (type === 3) {
    if (merged['channel_id'] !== undefined && merged['channel_id'] !== null)
      add(problems, 'channel_id', 'Must be empty for an external event.');
    const metadata = merged['entity_metadata'] as { location?: unknown } | null | undefined;
    textProblem(
      problems,
      'entity_metadata.location',
      metadata?.location,
      scheduledEventLimits.location,
      true,
    );
    if (merged['scheduled_end_time'] === undefined || merged['scheduled_end_time'] === null)
      add(problems, 'scheduled_end_time', 'This field is required for external events.');
  }
  if (start !== undefined && end !== undefined && end <= start)
    add(problems, 'scheduled_end_time', 'Cannot schedule event to end before starting.');
  if (
    start !== undefined &&
    (creating || given['scheduled_start_time'] !== undefined) &&
    start < Date.now()
  )
    add(problems, 'scheduled_start_time', 'Cannot schedule event in the past.');
  return problems;
}

function bodyOf(call: RestCall): Record<string, unknown> | undefined {
  return call.body && typeof call.body === 'object' && !Array.isArray(call.body)
    ? (call.body as Record<string, unknown>)
    : undefined;
}

function knownGuild(state: FakeState, guildId: string): boolean {
  return state.guilds.some((guild) => guild.id === guildId);
}

/** `GET /guilds/{id}/scheduled-events`: the scheduled and active events (no permission needed). */
export function listScheduledEvents(
  _call: RestCall,
  [guildId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!knownGuild(state, guildId)) return unknownGuild;
  return {
    status: 200,
    body: state.scheduledEvents
      .of(guildId)
      .filter((event) => event.status === 1 || event.status === 2),
  };
}

export function getScheduledEvent(
  _call: RestCall,
  [guildId = '', eventId = '']: string[],
  state: FakeState,
): RestAnswer {
  const event = state.scheduledEvents.byId.get(eventId);
  if (!knownGuild(state, guildId)) return unknownGuild;
  return event?.guild_id === guildId ? { status: 200, body: event } : unknownEvent;
}

/** `POST /guilds/{id}/scheduled-events`, with Manage Events. */
export function createScheduledEvent(
  call: RestCall,
  [guildId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!knownGuild(state, guildId)) return unknownGuild;
  if (!state.scheduledEvents.managesEvents(guildId)) return missingPermissions;
  const body = bodyOf(call);
  if (!body) return invalid({ _: ['A JSON object is required.'] });
  const problems = eventProblems(body, body, true);
  if (Object.keys(problems).length > 0) return invalid(problems);
  const uncompleted = state.scheduledEvents
    .of(guildId)
    .filter((event) => event.status === 1 || event.status === 2).length;
  if (uncompleted >= scheduledEventLimits.uncompletedPerGuild)
    return {
      status: 400,
      body: {
        message: 'Maximum number of uncompleted guild scheduled events reached (100)',
        code: 30038,
      },
    };
  const event: FakeScheduledEvent = {
    id: state.nextId(),
    guild_id: guildId,
    channel_id: (body['channel_id'] as string | undefined) ?? null,
    creator_id: state.botUser.id,
    name: String(body['name']),
    description: (body['description'] as string | undefined) ?? null,
    scheduled_start_time: new Date(String(body['scheduled_start_time'])).toISOString(),
    scheduled_end_time: body['scheduled_end_time']
      ? new Date(String(body['scheduled_end_time'])).toISOString()
      : null,
    privacy_level: 2,
    status: 1,
    entity_type: Number(body['entity_type']),
    entity_id: null,
    entity_metadata: (body['entity_metadata'] as { location?: string } | undefined) ?? null,
    image: null,
    recurrence_rule: null,
  };
  state.scheduledEvents.byId.set(event.id, event);
  state.changes.notify();
  return { status: 200, body: event };
}

const editable = [
  'name',
  'description',
  'privacy_level',
  'scheduled_start_time',
  'scheduled_end_time',
  'entity_type',
  'entity_metadata',
  'channel_id',
] as const;

/**
 * `PATCH /guilds/{id}/scheduled-events/{id}`, with Manage Events: only the fields given change,
 * the event as it would stand is checked again, and the status moves only as Discord allows
 * (scheduled → active or canceled, active → completed); a finished event changes no more.
 */
export function modifyScheduledEvent(
  call: RestCall,
  [guildId = '', eventId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!knownGuild(state, guildId)) return unknownGuild;
  const event = state.scheduledEvents.byId.get(eventId);
  if (event?.guild_id !== guildId) return unknownEvent;
  if (!state.scheduledEvents.managesEvents(guildId)) return missingPermissions;
  const body = bodyOf(call);
  if (!body) return invalid({ _: ['A JSON object is required.'] });
  const status = body['status'];
  if (status !== undefined && status !== event.status) {
    if (!(allowedStatusChanges[event.status] ?? []).includes(Number(status)))
      return invalid({
        status: [`Cannot change status from ${event.status} to ${String(status)}.`],
      });
  }
  if (event.status === 3 || event.status === 4)
    return invalid({ status: ['A finished or canceled event cannot be modified.'] });
  const merged: Record<string, unknown> = { ...event };
  for (const field of editable) if (field in body) merged[field] = body[field];
  const problems = eventProblems(merged, body, false);
  if (Object.keys(problems).length > 0) return invalid(problems);
  if (event.status === 2 && body['scheduled_start_time'] !== undefined)
    return invalid({ scheduled_start_time: ['An active event cannot change its start.'] });
  Object.assign(event, {
    name: String(merged['name']),
    description: (merged['description'] as string | null | undefined) ?? null,
    scheduled_start_time: new Date(String(merged['scheduled_start_time'])).toISOString(),
    scheduled_end_time: merged['scheduled_end_time']
      ? new Date(String(merged['scheduled_end_time'])).toISOString()
      : null,
    entity_type: Number(merged['entity_type']),
    entity_metadata: (merged['entity_metadata'] as { location?: string } | null) ?? null,
    channel_id: (merged['channel_id'] as string | null | undefined) ?? null,
    ...(status === undefined ? {} : { status: Number(status) }),
  });
  state.changes.notify();
  return { status: 200, body: event };
}

/** `DELETE /guilds/{id}/scheduled-events/{id}`, with Manage Events. */
export function deleteScheduledEvent(
  _call: RestCall,
  [guildId = '', eventId = '']: string[],
  state: FakeState,
): RestAnswer {
  if (!knownGuild(state, guildId)) return unknownGuild;
  const event = state.scheduledEvents.byId.get(eventId);
  if (event?.guild_id !== guildId) return unknownEvent;
  if (!state.scheduledEvents.managesEvents(guildId)) return missingPermissions;
  state.scheduledEvents.byId.delete(eventId);
  state.changes.notify();
  return { status: 204 };
}
