import { z } from 'zod';
import type { App, webApi } from '@slack/bolt';
import {
  formById,
  localisedErrors,
  reply,
  submitForm,
  type FormDefinition,
  type Reply,
} from '@glokal/chat';
import { createTranslator, type Translator } from '@glokal/domain';
import { decodeFormMetadata, type FormMetadata } from '../forms/form-metadata';
import { errorsByBlock } from '../forms/field-errors';
import { readSubmission, ViewState } from '../forms/read-submission';
import { readUploads } from '../forms/read-uploads';
import { sendConfirmation } from '../forms/send-confirmation';
import { FORM_CALLBACK_PREFIX, type ModalView } from '../render/render-form';
import { noticeModal } from '../render/notice-modal';
import { renderReply } from '../render/render-reply';
import { resolveViewer, type Viewer } from '../viewer/resolve-viewer';
import type { SlackContext } from './slack-context';
import { registerFormTools } from './form-tool';

/** The parts of a `view_submission` payload Glokal reads, checked. */
const Submission = z.object({
  type: z.literal('view_submission'),
  user: z.object({
    id: z.string().min(1),
    username: z.string().optional(),
    name: z.string().optional(),
  }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  view: z.object({
    callback_id: z.string().max(255),
    private_metadata: z.string(),
    state: ViewState,
  }),
});
type Submission = z.infer<typeof Submission>;

/** What the acknowledgement of a submission says to Slack. */
type SubmissionAck =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'clear' }
  | { response_action: 'update'; view: ModalView };

function noticeView(t: Translator, text: string): SubmissionAck {
  return {
    response_action: 'update',
    view: noticeModal(reply({ title: 'Glokal', summary: text, tone: 'notice' }), t),
  };
}

/** The form a submission names in both its callback id and its metadata, if Glokal has it. */
function formOf(
  submission: Submission,
): { form: FormDefinition; metadata: FormMetadata } | undefined {
  const metadata = decodeFormMetadata(submission.view.private_metadata);
  const named = submission.view.callback_id.slice(FORM_CALLBACK_PREFIX.length);
  if (!metadata || metadata.form !== named) return undefined;
  const form = formById(metadata.form);
  return form ? { form, metadata } : undefined;
}

interface Answered {
  ack: SubmissionAck;
  /** Sent after the acknowledgement: the confirmation of a done form. */
  confirm?: Reply;
}

async function answerSubmission(
  submission: Submission,
  viewer: Viewer,
  t: Translator,
  client: webApi.WebClient,
  context: SlackContext,
): Promise<Answered> {
  const found = formOf(submission);
  if (!found) return { ack: noticeView(t, t.t('forms:refused.unknown')) };
  const { form, metadata } = found;
  const state = submission.view.state;
  const read = readSubmission(form, state);
  const uploaded =
    read.uploads.length > 0
      ? await readUploads(read.uploads, {
          client,
          token: client.token ?? '',
          userId: submission.user.id,
          logger: context.logger,
        })
      : { values: {}, problems: [] };
  const problems = [...read.problems, ...uploaded.problems];
  const shown = Object.keys(state.values);
  if (problems.length > 0)
    return {
      ack: { response_action: 'errors', errors: errorsByBlock(form, [], problems, shown, t) },
    };
  const outcome = await submitForm(
    { form: form.id, ...(metadata.subject ? { subject: metadata.subject } : {}) },
    { ...read.values, ...uploaded.values },
    {
      requester: viewer.requester,
      conversation: {
        workspaceId: submission.team?.id ?? 'unknown',
        channelId: metadata.channelId ?? 'modal',
      },
      locale: viewer.locale,
      timeZone: viewer.timeZone,
      now: context.chat.clock.now(),
    },
    context.chat,
  );
  switch (outcome.type) {
    case 'invalid': {
      const errors = errorsByBlock(form, outcome.errors, [], shown, t);
      if (Object.keys(errors).length > 0) return { ack: { response_action: 'errors', errors } };
      // No input to show them under: say them in a notice instead.
      const lines = localisedErrors({ form }, outcome.errors, t).map((error) =>
        t.t('forms:error.field', { label: error.label, problem: error.text }),
      );
      return { ack: noticeView(t, [t.t('forms:error.summary'), ...lines].join('\n')) };
    }
    case 'refused':
      return { ack: { response_action: 'update', view: noticeModal(outcome.reply, t) } };
    case 'done':
      return { ack: { response_action: 'clear' }, confirm: outcome.reply };
  }
}

async function handleSubmission(
  submission: Submission,
  ack: (response: SubmissionAck) => Promise<void>,
  client: webApi.WebClient,
  context: SlackContext,
): Promise<void> {
  const user = {
    id: submission.user.id,
    name: submission.user.name ?? submission.user.username ?? submission.user.id,
  };
  const viewer = await resolveViewer(user, context.viewer, { ensurePerson: false });
  const t = createTranslator(viewer.locale, viewer.timeZone);
  const answered = await answerSubmission(submission, viewer, t, client, context);
  await ack(answered.ack);
  if (!answered.confirm) return;
  const channelId = decodeFormMetadata(submission.view.private_metadata)?.channelId;
  await sendConfirmation(
    client,
    { userId: user.id, channelId },
    renderReply(answered.confirm, { t }),
    context.logger,
  );
}

/**
 * Glokal's modals submitted: read into the form's values, checked and written by the form
 * (which refuses whoever may not submit it, whatever the payload says), and acknowledged with
 * the fields' errors in the person's language, a notice, or by closing the modal and
 * confirming privately. The acknowledgement comes after the write (one transaction).
 */
export function registerFormSubmissions(app: App, context: SlackContext): void {
  // The buttons inside the modals ("Suggest times") act on the same forms.
  registerFormTools(app, context);
  app.view(
    { callback_id: new RegExp(`^${FORM_CALLBACK_PREFIX}`), type: 'view_submission' },
    async ({ ack, body, client }) => {
      const answer = (response: SubmissionAck) => ack(response);
      const t = createTranslator(
        context.viewer.cluster.defaultLocale,
        context.viewer.cluster.timeZone,
      );
      const submission = Submission.safeParse(body);
      if (!submission.success) {
        context.logger.warn(
          { issues: submission.error.issues.slice(0, 3) },
          'a form submission that does not fit view_submission',
        );
        await answer(noticeView(t, t.t('forms:refused.unknown')));
        return;
      }
      let acknowledged = false;
      try {
        await handleSubmission(
          submission.data,
          async (response) => {
            acknowledged = true;
            await answer(response);
          },
          client,
          context,
        );
      } catch (error) {
        context.logger.error(
          { err: error, userId: submission.data.user.id },
          'form submission failed',
        );
        if (!acknowledged) await answer(noticeView(t, t.t('slack:failed')));
      }
    },
  );
}
