import type { PageRequest, Translator } from '@glokal/domain';
import type { CommandRequest } from '../request';
import type { ReplyAction } from '../reply';
import { button } from './button';

/** Items on one page of a list: small enough for Discord's five rows of buttons. */
export const PAGE_SIZE = 5;

/** The rows to ask the store for on the request's page. */
export function pageOf(page: number): PageRequest {
  return { limit: PAGE_SIZE, offset: (Math.max(1, page) - 1) * PAGE_SIZE };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The options of a request as a button carries them: only those given. */
export function givenOptions(request: CommandRequest): Record<string, string | number> {
  const given: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(request.options))
    if (value !== undefined && value !== '') given[name] = value;
  return given;
}

/** `paging` and the Previous/Next buttons of a list reply. */
export function pagingOf(
  request: CommandRequest,
  total: number,
  t: Translator,
): { paging?: { page: number; pages: number }; actions: ReplyAction[] } {
  const pages = pageCount(total);
  if (pages <= 1) return { actions: [] };
  const page = Math.min(Math.max(1, request.page), pages);
  const run = (to: number) => ({
    type: 'run' as const,
    command: request.command,
    options: givenOptions(request),
    page: to,
  });
  return {
    paging: { page, pages },
    actions: [
      ...(page > 1 ? button(t.t('chat:paging.previous'), run(page - 1)) : []),
      ...(page < pages ? button(t.t('chat:paging.next'), run(page + 1)) : []),
    ],
  };
}

/**
 * Reads a page of a list; when asked for a page past the end (the list got shorter since the
 * button was made), reads the last page instead.
 */
export async function readPage<T>(
  request: CommandRequest,
  read: (page: PageRequest) => Promise<{ items: T[]; total: number }>,
): Promise<{ items: T[]; total: number; request: CommandRequest }> {
  const first = await read(pageOf(request.page));
  if (first.items.length > 0 || first.total === 0 || request.page <= 1)
    return { ...first, request };
  const last = pageCount(first.total);
  return { ...(await read(pageOf(last))), request: { ...request, page: last } };
}
