import { encodeAction, canEncodeAction, type ChatAction } from '@glokal/chat';
import {
  deadlineInstant,
  type ClusterEvent,
  type GrantCall,
  type Translator,
} from '@glokal/domain';
import { timeLeft } from '@glokal/domain/period';
import {
  ACTION_PREFIX,
  button,
  context,
  divider,
  header,
  limits,
  mrkdwn,
  type Button,
  type KnownBlock,
} from './blocks';
import { inertMrkdwn, safeUrl } from './slack-text';

export interface HomeContent {
  t: Translator;
  now: Date;
  /** Upcoming events the person is going or may go to, soonest first. */
  events: readonly ClusterEvent[];
  /** Grant calls the person follows, nearest deadline first. */
  grants: readonly GrantCall[];
}

/** What `views.publish` takes for the Home tab. */
export interface HomeView {
  type: 'home';
  blocks: KnownBlock[];
}

const MAX_ROWS = 15;

function when(event: ClusterEvent, t: Translator): string {
  const timing = event.timing;
  return timing.allDay ? t.date(timing.startDate) : t.dateTime(new Date(timing.start));
}

function left(call: GrantCall, t: Translator, now: Date): string {
  const remaining = timeLeft(deadlineInstant(call.deadline), now, t.timeZone);
  return remaining.unit === 'passed'
    ? t.t('grants:left.passed')
    : t.t(`grants:left.${remaining.unit}`, { count: remaining.count });
}

function row(
  title: string,
  url: string | undefined,
  line: string,
  accessory: Button | undefined,
): KnownBlock {
  const link = url ? safeUrl(url) : undefined;
  const name = inertMrkdwn(title, 500);
  const heading = link ? `*<${link}|${name}>*` : `*${name}*`;
  return {
    type: 'section',
    text: mrkdwn(`${heading}\n${inertMrkdwn(line, limits.sectionText - heading.length - 1)}`),
    ...(accessory ? { accessory } : {}),
  };
}

/**
 * The Home tab: the person's upcoming events (with "Not going"), the grant calls they follow
 * with the deadline and days left in their zone (with "Unfollow"), and a language switch.
 */
export function renderHome(content: HomeContent): HomeView {
  const { t, now } = content;
  let counter = 0;
  const press = (label: string, action: ChatAction): Button | undefined => {
    if (!canEncodeAction(action)) return undefined;
    counter += 1;
    return button({
      label,
      actionId: `${ACTION_PREFIX}home-${counter}`,
      value: encodeAction(action),
    });
  };

  const events = content.events
    .slice(0, MAX_ROWS)
    .map((event) =>
      row(
        event.title,
        event.calendarUrl,
        when(event, t),
        press(t.t('events:not_attend'), { type: 'attend', eventId: event.id, answer: 'not-going' }),
      ),
    );
  const grants = content.grants.slice(0, MAX_ROWS).map((call) =>
    row(
      call.title,
      call.url,
      t.t('slack:home.deadline', {
        date: t.dateTime(deadlineInstant(call.deadline)),
        left: left(call, t, now),
      }),
      press(t.t('grants:unfollow'), { type: 'follow', grantId: call.id, following: false }),
    ),
  );
  const other = t.locale === 'pl' ? 'en' : 'pl';
  const switchButton = press(t.t('settings:switch_to'), { type: 'set-locale', locale: other });
  const blocks: (KnownBlock | undefined)[] = [
    header(t.t('slack:home.title')),
    context([t.t('slack:home.intro')]),
    header(t.t('slack:home.your_events')),
    ...(events.length > 0 ? events : [context([t.t('slack:home.no_events')])]),
    divider,
    header(t.t('slack:home.followed_grants')),
    ...(grants.length > 0 ? grants : [context([t.t('slack:home.no_grants')])]),
    divider,
    context([t.t('slack:home.language', { language: t.t(`settings:language_name.${t.locale}`) })]),
    switchButton ? { type: 'actions', elements: [switchButton] } : undefined,
  ];
  return { type: 'home', blocks: blocks.filter((block) => block !== undefined) };
}
