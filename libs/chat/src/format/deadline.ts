import { createTranslator, deadlineInstant, type GrantCall, type Translator } from '@glokal/domain';
import { timeLeft, type TimeLeft } from '@glokal/domain/period';

/** "zostały 3 dni", "5 hours left", "the deadline has passed", with Polish plural forms. */
export function timeLeftText(left: TimeLeft, t: Translator): string {
  switch (left.unit) {
    case 'days':
      return t.t('grants:left.days', { count: left.count });
    case 'hours':
      return t.t('grants:left.hours', { count: left.count });
    case 'minutes':
      return t.t('grants:left.minutes', { count: left.count });
    case 'passed':
      return t.t('grants:left.passed');
  }
}

export interface DeadlineText {
  /** In the viewer's zone. */
  viewer: string;
  /** In the call's own zone, only when that reads differently from the viewer's. */
  ownZone?: string;
  left: string;
}

/** A call's deadline as the viewer reads it, and in its own zone (17:00 Brussels) when that reads differently. */
export function deadlineText(call: GrantCall, t: Translator, now: Date): DeadlineText {
  const instant = deadlineInstant(call.deadline);
  const viewer = t.dateTime(instant);
  const left = timeLeftText(timeLeft(instant, now, t.timeZone), t);
  const own = createTranslator(t.locale, call.deadline.timeZone).dateTime(instant);
  if (own === viewer) return { viewer, left };
  return {
    viewer,
    ownZone: t.t('grants:deadline_own_zone', { time: own, zone: call.deadline.timeZone }),
    left,
  };
}
