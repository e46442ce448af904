import type { Translator } from '@glokal/domain';
import type { Requester } from '../request';
import type { Reply } from '../reply';
import { isCoordinator } from '../people';
import { notice } from '../replies/notice';

/** The refusal for a plain member at a coordinator's command, button or form; else undefined. */
export function coordinatorRefusal(
  audience: 'everyone' | 'coordinator',
  requester: Requester,
  t: Translator,
  what: string,
): Reply | undefined {
  if (audience !== 'coordinator' || isCoordinator(requester)) return undefined;
  return notice(t, t.t('chat:problem.coordinator_only', { command: what }), {
    title: t.t('chat:problem.coordinator_only_title'),
    refusal: 'coordinator-only',
  });
}
