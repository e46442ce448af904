import type { AnswerOutcome } from '@glokal/domain';

/**
 * What the audit entry of an answer adds to the answer given: the waiting list when Going
 * found every place taken, and who was given the place it freed.
 */
export function answeredAudit(outcome: AnswerOutcome): Record<string, unknown> {
  return {
    ...(outcome.state === 'waiting' ? { waiting: outcome.waitingPosition } : {}),
    ...(outcome.promoted.length > 0 ? { promoted: outcome.promoted } : {}),
  };
}
