import type { FormDefinition } from './form';
import { grantAddForm } from './grant/grant-add.form';
import { grantEditForm } from './grant/grant-edit.form';
import { grantExtendForm } from './grant/grant-extend.form';
import { importForm } from './import/import.form';
import { grantRemindersForm } from './reminders/grant-reminders.form';
import { channelRemindersForm } from './reminders/channel-reminders.form';
import { scheduleForm } from './event/schedule.form';
import { meetingEditForm } from './event/meeting-edit.form';
import { meetingCancelForm } from './event/meeting-cancel.form';

/** Every form, by id: an explicit list (a submitted id that is not here is refused). */
export const formCatalogue: readonly FormDefinition<never>[] = [
  grantAddForm,
  grantEditForm,
  grantExtendForm,
  importForm,
  grantRemindersForm,
  channelRemindersForm,
  scheduleForm,
  meetingEditForm,
  meetingCancelForm,
] as unknown as readonly FormDefinition<never>[];

export function formById(id: string): FormDefinition | undefined {
  return formCatalogue.find((form) => form.id === id) as FormDefinition | undefined;
}
