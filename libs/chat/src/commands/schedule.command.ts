import type { Command } from '../command';
import { scheduleForm } from '../forms/event/schedule.form';
import { newMeetingValues } from '../forms/event/meeting-fields';

/**
 * `schedule` / `zaplanuj` (coordinators): answers with the meeting form at once, with no store
 * read, so Discord can show it as the first response. It starts as an hour's meeting in the
 * coordinator's language, announced in the channel it was typed in.
 */
export const scheduleCommand: Command = {
  name: 'schedule',
  namePl: 'zaplanuj',
  audience: 'coordinator',
  writes: true,
  options: [],
  handle: async (request) => ({
    form: scheduleForm,
    values: newMeetingValues(request.locale, request.conversation.channelId),
    section: 0,
  }),
  texts: (t) => ({
    description: t.t('meetings:command.description'),
    usage: t.t('meetings:command.usage'),
    example: t.t('meetings:command.example'),
    options: {},
  }),
};
