import { callStatusAt, type GrantCall, type Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { reply, type Reply } from '../reply';
import { deadlineText } from '../format/deadline';
import { isCoordinator, knownPerson } from '../people';
import { canEncodeAction } from '../actions/action-codec';
import type { ReplyAction } from '../reply';
import { followButton } from './grant-item';
import { unreachableFollowers } from './unreachable-followers';
import { grantCalendarItems } from './calendar-items';

/** Edit, Extend deadline, Reminders and Close, for coordinators (each form refuses anyone else anyway). */
function coordinatorButtons(call: GrantCall, t: Translator): ReplyAction[] {
  const buttons: ReplyAction[] = [
    {
      label: t.t('forms:grant.edit'),
      action: { type: 'open-form', form: 'grant-edit', subject: call.id, section: 0 },
    },
    {
      label: t.t('forms:grant.extend'),
      action: { type: 'open-form', form: 'grant-extend', subject: call.id, section: 0 },
    },
    ...(call.status === 'closed' || call.status === 'cancelled'
      ? []
      : [
          {
            label: t.t('forms:reminders.button'),
            action: {
              type: 'open-form' as const,
              form: 'grant-reminders',
              subject: call.id,
              section: 0,
            },
          },
          {
            label: t.t('forms:grant.close'),
            action: { type: 'close-grant' as const, grantId: call.id },
            style: 'danger' as const,
          },
        ]),
  ];
  return buttons.filter((button) => canEncodeAction(button.action));
}

/**
 * One call in full: programme, code, deadline (both zones), time left, status (closed once the
 * deadline has passed), funding, "add to calendar" links, Follow while it can be followed and
 * Unfollow for a follower.
 */
export async function grantDetail(
  call: GrantCall,
  requester: Requester,
  deps: ChatDeps,
  t: Translator,
  note?: string,
): Promise<Reply> {
  const now = deps.clock.now();
  const person = await knownPerson(requester, deps);
  const following = person ? await deps.store.follows.isFollowing(person.id, call.id) : false;
  const deadline = deadlineText(call, t, now);
  const previous = call.previousDeadlines?.at(-1);
  const lead = call.leadOrganisationId
    ? await deps.store.organisations.byId(call.leadOrganisationId)
    : undefined;
  return reply({
    title: call.programme,
    ...(note ? { summary: note } : {}),
    items: [
      {
        title: call.title,
        ...(call.url ? { url: call.url } : {}),
        ...(call.description ? { text: call.description } : {}),
        fields: [
          { label: t.t('grants:deadline'), value: deadline.viewer, short: true },
          { label: t.t('grants:programme'), value: call.programme, short: true },
          ...(call.callCode
            ? [{ label: t.t('grants:call_code'), value: call.callCode, short: true }]
            : []),
          ...(call.opensOn
            ? [{ label: t.t('grants:opens'), value: t.date(call.opensOn), short: true }]
            : []),
          ...(call.funding
            ? [{ label: t.t('grants:funding'), value: call.funding, short: true }]
            : []),
          ...(call.internalDeadline
            ? [
                {
                  label: t.t('forms:grant.internal_deadline_field'),
                  value: deadlineText({ ...call, deadline: call.internalDeadline }, t, now).viewer,
                  short: true,
                },
              ]
            : []),
          ...(lead
            ? [{ label: t.t('forms:grant.lead_field'), value: lead.name, short: true }]
            : []),
        ],
        context: [
          deadline.left,
          ...(deadline.ownZone ? [deadline.ownZone] : []),
          t.t(`grants:status.${callStatusAt(call, now)}`),
          ...(previous
            ? [
                t.t('forms:grant.extended_from', {
                  from: deadlineText({ ...call, deadline: previous }, t, now).viewer,
                }),
              ]
            : []),
          ...(following ? [t.t('grants:you_follow')] : []),
          ...(isCoordinator(requester) ? await unreachableFollowers(call, deps, t) : []),
        ],
        actions: [],
      },
      ...grantCalendarItems(call, t, deps, now),
    ],
    actions: [
      ...followButton(call, following, t, now),
      ...(isCoordinator(requester) ? coordinatorButtons(call, t) : []),
    ],
  });
}
