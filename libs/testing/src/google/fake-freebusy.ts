import { z } from 'zod';
import type { FakeCalendar } from './fake-calendar';
import { googleError, type FakeRequest, type FakeResponse } from './http-kit';

/** A busy stretch as `freebusy.query` answers it. */
export interface BusyBlock {
  start: string;
  end: string;
}

const QueryBody = z.object({
  timeMin: z.string().optional(),
  timeMax: z.string().optional(),
  timeZone: z.string().optional(),
  items: z.array(z.object({ id: z.string() })).default([]),
});

const maxCalendars = 50;

/**
 * `POST /freeBusy` (freebusy.query): for each asked id, the busy stretches between `timeMin`
 * and `timeMax`, clipped to them and merged where they touch. A calendar of the fake answers
 * from its events; any other id (a person's e-mail) from the blocks a test set with
 * `setBusy`, or `notFound` when none were set, as Google answers a calendar it cannot see.
 */
export class FakeFreeBusy {
  private readonly others = new Map<string, { start: Date; end: Date }[]>();

  constructor(private readonly calendar: FakeCalendar) {}

  /** The busy blocks of someone who is not a calendar of the fake (replaces earlier ones). */
  setBusy(id: string, blocks: readonly { start: Date | string; end: Date | string }[]): void {
    this.others.set(
      id,
      blocks.map((block) => ({ start: new Date(block.start), end: new Date(block.end) })),
    );
  }

  clear(): void {
    this.others.clear();
  }

  query(request: FakeRequest): FakeResponse {
    let json: unknown;
    try {
      json = JSON.parse(request.body || '{}');
    } catch {
      return googleError(400, 'parseError', 'Parse Error');
    }
    const parsed = QueryBody.safeParse(json);
    if (!parsed.success) return googleError(400, 'invalid', 'Invalid Value');
    const { timeMin, timeMax, items } = parsed.data;
    if (!timeMin) return googleError(400, 'required', 'Missing timeMin.');
    if (!timeMax) return googleError(400, 'required', 'Missing timeMax.');
    const from = new Date(timeMin);
    const to = new Date(timeMax);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
      return googleError(400, 'invalid', 'Invalid Value');
    if (to <= from) {
      return googleError(400, 'timeRangeEmpty', 'The specified time range is empty.', {
        domain: 'calendar',
        location: 'timeMax',
        locationType: 'parameter',
      });
    }
    if (items.length > maxCalendars)
      return googleError(400, 'tooManyCalendarsRequested', 'Too many calendars requested.');
    const calendars: Record<string, unknown> = {};
    for (const { id } of items) {
      const blocks = this.calendar.has(id)
        ? this.calendar.busy(id, from, to)
        : this.others.get(id)?.filter((block) => block.start < to && block.end > from);
      calendars[id] = blocks
        ? { busy: merged(blocks, from, to) }
        : { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] };
    }
    return {
      status: 200,
      body: {
        kind: 'calendar#freeBusy',
        timeMin: from.toISOString(),
        timeMax: to.toISOString(),
        calendars,
      },
    };
  }
}

function merged(blocks: readonly { start: Date; end: Date }[], from: Date, to: Date): BusyBlock[] {
  const clipped = blocks
    .map((block) => ({
      start: Math.max(block.start.getTime(), from.getTime()),
      end: Math.min(block.end.getTime(), to.getTime()),
    }))
    .filter((block) => block.end > block.start)
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const block of clipped) {
    const last = out.at(-1);
    if (last && block.start <= last.end) last.end = Math.max(last.end, block.end);
    else out.push({ ...block });
  }
  return out.map((block) => ({
    start: new Date(block.start).toISOString().replace('.000Z', 'Z'),
    end: new Date(block.end).toISOString().replace('.000Z', 'Z'),
  }));
}
