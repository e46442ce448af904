import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator } from '@glokal/domain';
import { blockKitProblems, modalProblems } from '@glokal/testing/slack';
import {
  blockText,
  findButton,
  members,
  place,
  startSlackHarness,
  type Member,
  type SlackHarness,
} from './test-support/slack-harness';
import { inputsOf, type Answer, type OpenedModal } from './test-support/modal-state';

let harness: SlackHarness;
let opened = 0;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());
beforeEach(() => {
  harness.slack.reset();
  opened = 0;
});

const pl = createTranslator('pl', 'Europe/Warsaw').t;
const en = createTranslator('en', 'Europe/Warsaw').t;

const ErrorsAck = z.object({
  response_action: z.literal('errors'),
  errors: z.record(z.string(), z.string()),
});
const UpdateAck = z.object({
  response_action: z.literal('update'),
  view: z.looseObject({ type: z.literal('modal'), blocks: z.array(z.unknown()) }),
});

/** Types a command and returns the modal it opened. */
async function formFrom(text: string, who: Member): Promise<OpenedModal> {
  const answer = await harness.command(text, who);
  expect(answer.status).toBe(200);
  expect(answer.message).toBeUndefined();
  opened += 1;
  return (await harness.modal(opened)).view;
}

/** A new call, filled in as a coordinator would; `changes` replace single answers. */
function newCall(changes: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    'f:programme': 'Erasmus+ KA2',
    'f:title': 'Partnerstwa współpracy w kształceniu dorosłych',
    'f:deadline:date': '2027-03-05',
    'f:deadline:time': '12:00',
    'f:callCode': 'KA220-ADU-2027',
    ...changes,
  };
}

async function storedState() {
  // Every call still open: a new one has a future deadline.
  const calls = await harness.store.grants.open(
    { deadlineFrom: new Date(0) },
    { limit: 100, offset: 0 },
  );
  return {
    calls: calls.total,
    audit: (await harness.store.audit.recent(100)).length,
    outbox: (await harness.store.outbox.pending(100)).length,
  };
}

describe('/glokal grant add', () => {
  it('opens a modal for a coordinator at once, acknowledged with nothing, within Block Kit’s limits', async () => {
    const modal = await formFrom('grant dodaj', members.kasia);
    const call = harness.slack.callsTo('views.open')[0];
    expect(call?.answer.ok).toBe(true);
    expect(String(call?.params['trigger_id'])).toMatch(/^\d+\.\d+\.[0-9a-f]+$/);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.title.text).toBe(pl('forms:grant.add_title'));
    expect(modal.submit?.text).toBe(pl('forms:grant.add_submit'));
    expect(modal.callback_id).toBe('glokal-form:grant-add');
    expect(JSON.parse(modal.private_metadata)).toEqual({ f: 'grant-add', c: place.channelId });

    const inputs = inputsOf(modal);
    const kinds = Object.fromEntries([...inputs].map(([id, input]) => [id, input.element.type]));
    expect(kinds).toMatchObject({
      'f:programme': 'plain_text_input',
      'f:deadline:date': 'datepicker',
      'f:deadline:time': 'timepicker',
      'f:deadlineZone': 'plain_text_input',
      'f:opensOn': 'datepicker',
      'f:internalDeadline:date': 'datepicker',
      'f:internalDeadline:time': 'timepicker',
      'f:status': 'static_select',
      'f:description': 'plain_text_input',
    });
    expect(inputs.get('f:deadlineZone')?.element.initial_value).toBe('Europe/Brussels');
    expect(inputs.get('f:status')?.element.initial_option?.value).toBe('open');
    expect(inputs.get('f:programme')?.optional).toBeUndefined();
    expect(inputs.get('f:url')?.optional).toBe(true);
    expect(inputs.get('f:deadline:time')?.hint?.text).toBe(pl('forms:grant.deadline.hint'));
  });

  it('answers a plain member with the coordinators-only notice and opens nothing', async () => {
    const answer = await harness.command('grant add', members.john);
    expect(blockText(answer.message?.blocks)).toContain(en('chat:problem.coordinator_only_title'));
    expect(harness.slack.callsTo('views.open')).toHaveLength(0);
  });
  it('says privately that the form did not open when Slack refuses the trigger', async () => {
    harness.slack.failNext(
      1,
      { kind: 'error', error: 'expired_trigger_id' },
      { method: 'views.open' },
    );
    const answer = await harness.command('grant dodaj', members.kasia);
    expect(answer.status).toBe(200);
    expect(answer.message).toBeUndefined();
    const path = new URL(answer.responseUrl).pathname;
    await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
    const [told] = harness.responses(answer.responseUrl);
    expect(told?.response_type).toBe('ephemeral');
    expect(blockText(told?.blocks)).toContain(pl('slack:form.open_failed'));
  });
});

describe('submitting the grant form', () => {
  it('shows a deadline in the spring DST gap as an error under it, in each person’s language, and stores nothing', async () => {
    const before = await storedState();
    const gap = newCall({ 'f:deadline:date': '2027-03-28', 'f:deadline:time': '02:30' });
    for (const [who, t] of [
      [members.kasia, pl],
      [members.emma, en],
    ] as const) {
      const modal = await formFrom('grant add', who);
      const submitted = await harness.submit(modal, gap, who);
      expect(submitted.status).toBe(200);
      const ack = ErrorsAck.parse(submitted.ack);
      expect(ack.errors).toEqual({
        'f:deadline:time': t('forms:error.date_time.in-dst-gap', { text: '2027-03-28 02:30' }),
      });
    }
    expect(await storedState()).toEqual(before);
    expect(harness.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('stores a good call with its audit entry and outbox message, closes the modal and confirms privately', async () => {
    const before = await storedState();
    const modal = await formFrom('grant dodaj', members.kasia);
    const submitted = await harness.submit(modal, newCall(), members.kasia);
    expect(submitted.ack).toEqual({ response_action: 'clear' });

    const call = await harness.store.grants.byId('ka220-adu-2027');
    expect(call).toMatchObject({
      programme: 'Erasmus+ KA2',
      deadline: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
      status: 'open',
    });
    const [audit] = await harness.store.audit.recent(1);
    expect(audit).toMatchObject({ action: 'grant.add', subject: 'ka220-adu-2027' });
    expect(audit?.actor).toContain(members.kasia.id);
    const outbox = await harness.store.outbox.pending(100);
    expect(outbox.map((entry) => entry.message)).toContainEqual({
      type: 'grant-call-changed',
      grantId: 'ka220-adu-2027',
      change: 'added',
    });
    expect(await storedState()).toEqual({
      calls: before.calls + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });

    const confirmation = await harness.slack.waitForCall('chat.postEphemeral');
    expect(confirmation.answer.ok).toBe(true);
    expect(confirmation.params).toMatchObject({ channel: place.channelId, user: members.kasia.id });
    const blocks: unknown = JSON.parse(String(confirmation.params['blocks']));
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    expect(blockText(blocks)).toContain(
      pl('forms:grant.added', { title: 'Partnerstwa współpracy w kształceniu dorosłych' }),
    );
    expect(findButton(blocks, pl('forms:grant.edit'))).toBeDefined();
  });

  it('refuses a plain member’s forged submission with a notice and stores nothing', async () => {
    const modal = await formFrom('grant add', members.emma);
    const before = await storedState();
    const forged = await harness.submit(
      modal,
      newCall({ 'f:callCode': 'KA220-FORGED' }),
      members.anna,
    );
    const ack = UpdateAck.parse(forged.ack);
    expect(modalProblems(ack.view)).toEqual([]);
    expect(blockText(ack.view.blocks)).toContain(
      pl('chat:problem.coordinator_only', { command: pl('forms:grant.add_title') }),
    );
    expect(await harness.store.grants.byId('ka220-forged')).toBeUndefined();
    expect(await storedState()).toEqual(before);
  });

  it('refuses a submission whose callback id and metadata disagree', async () => {
    const modal = await formFrom('grant add', members.kasia);
    const before = await storedState();
    const tampered = await harness.submit(modal, newCall({ 'f:callCode': 'KA-X' }), members.kasia, {
      privateMetadata: JSON.stringify({ f: 'grant-edit', s: 'ka220-vet-2026' }),
    });
    const ack = UpdateAck.parse(tampered.ack);
    expect(blockText(ack.view.blocks)).toContain(pl('forms:refused.unknown'));
    expect(await storedState()).toEqual(before);
  });

  it('asks for the day when only the time of an optional date-time was picked', async () => {
    const modal = await formFrom('grant add', members.emma);
    const submitted = await harness.submit(
      modal,
      newCall({ 'f:internalDeadline:time': '09:00' }),
      members.emma,
    );
    expect(ErrorsAck.parse(submitted.ack).errors).toEqual({
      'f:internalDeadline:date': en('forms:error.required'),
    });
  });

  it('confirms in a direct message when the channel cannot take an ephemeral one', async () => {
    const modal = await formFrom('grant add', members.emma);
    harness.slack.failNext(
      1,
      { kind: 'error', error: 'channel_not_found' },
      {
        method: 'chat.postEphemeral',
      },
    );
    const submitted = await harness.submit(
      modal,
      newCall({ 'f:callCode': 'KA220-SCH-2027', 'f:title': 'Partnerships in school education' }),
      members.emma,
    );
    expect(submitted.ack).toEqual({ response_action: 'clear' });
    const direct = await harness.slack.waitForCall('chat.postMessage');
    const dm = harness.slack.callsTo('conversations.open')[0];
    expect(dm?.params['users']).toBe(members.emma.id);
    expect(direct.params['channel']).toBe(harness.slack.world.directChannels.get(members.emma.id));
    expect(direct.answer.ok).toBe(true);
    expect(blockText(JSON.parse(String(direct.params['blocks'])))).toContain(
      en('forms:grant.added', { title: 'Partnerships in school education' }),
    );
  });
});

describe('Edit and Extend deadline on a grant call', () => {
  async function pressOnDetail(label: string, who: Member) {
    const detail = await harness.command('grant ka220-vet-2026', who);
    const button = findButton(detail.message?.blocks, label);
    if (!button) throw new Error(`no “${label}” in: ${blockText(detail.message?.blocks)}`);
    const pressed = await harness.press(button, who, { kind: 'ephemeral' });
    expect(pressed.status).toBe(200);
    opened += 1;
    return (await harness.modal(opened)).view;
  }

  it('Edit opens the call’s form filled from the store, and saving it changes the call', async () => {
    const stored = await harness.store.grants.byId('ka220-vet-2026');
    if (!stored) throw new Error('the season has no ka220-vet-2026');
    const modal = await pressOnDetail(pl('forms:grant.edit'), members.kasia);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.title.text).toBe(pl('forms:grant.edit_title'));
    expect(JSON.parse(modal.private_metadata)).toMatchObject({
      f: 'grant-edit',
      s: 'ka220-vet-2026',
    });
    const inputs = inputsOf(modal);
    const [date, time] = stored.deadline.local.split('T');
    expect(inputs.get('f:title')?.element.initial_value).toBe(stored.title);
    expect(inputs.get('f:programme')?.element.initial_value).toBe(stored.programme);
    expect(inputs.get('f:deadline:date')?.element.initial_date).toBe(date);
    expect(inputs.get('f:deadline:time')?.element.initial_time).toBe(time);
    expect(inputs.get('f:deadlineZone')?.element.initial_value).toBe(stored.deadline.timeZone);
    expect(inputs.get('f:status')?.element.initial_option?.value).toBe(stored.status);

    const saved = await harness.submit(modal, { 'f:funding': 'do 250 000 EUR' }, members.kasia);
    expect(saved.ack).toEqual({ response_action: 'clear' });
    const after = await harness.store.grants.byId('ka220-vet-2026');
    expect(after).toEqual({ ...stored, funding: 'do 250 000 EUR', revision: 2 });
    const [audit] = await harness.store.audit.recent(1);
    expect(audit).toMatchObject({ action: 'grant.edit', subject: 'ka220-vet-2026' });
  });

  it('answers a plain member pressing a coordinator’s Edit with the notice, opening nothing', async () => {
    const detail = await harness.command('grant ka220-vet-2026', members.kasia);
    const edit = findButton(detail.message?.blocks, pl('forms:grant.edit'));
    if (!edit) throw new Error('no Edit button for a coordinator');
    const pressed = await harness.press(edit, members.john, { kind: 'ephemeral' });
    const path = new URL(pressed.responseUrl).pathname;
    await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
    const [told] = harness.responses(pressed.responseUrl);
    expect(blockText(told?.blocks)).toContain(en('chat:problem.coordinator_only_title'));
    expect(harness.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('says privately that Edit could not open its form when Slack refuses the trigger', async () => {
    const detail = await harness.command('grant ka220-vet-2026', members.kasia);
    const edit = findButton(detail.message?.blocks, pl('forms:grant.edit'));
    if (!edit) throw new Error('no Edit button for a coordinator');
    harness.slack.failNext(
      1,
      { kind: 'error', error: 'expired_trigger_id' },
      { method: 'views.open' },
    );
    const pressed = await harness.press(edit, members.kasia, { kind: 'ephemeral' });
    const path = new URL(pressed.responseUrl).pathname;
    await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
    const [told] = harness.responses(pressed.responseUrl);
    expect(told).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockText(told?.blocks)).toContain(pl('slack:form.open_failed'));
  });

  it('Extend deadline opens one date-time pair starting at the current deadline', async () => {
    const stored = await harness.store.grants.byId('ka220-vet-2026');
    const modal = await pressOnDetail(en('forms:grant.extend'), members.emma);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.title.text).toBe(en('forms:grant.extend_title'));
    const inputs = inputsOf(modal);
    expect([...inputs.keys()]).toEqual(['f:newDeadline:date', 'f:newDeadline:time']);
    expect(inputs.get('f:newDeadline:date')?.element.initial_date).toBe(
      stored?.deadline.local.slice(0, 10),
    );
  });
});

describe('/glokal import with a file uploaded into the modal', () => {
  const good =
    'id;programme;title;deadline;deadline_time_zone\n' +
    'cerv-tt;CERV;Town twinning;2026-09-20 17:00;Europe/Brussels\n';
  const bad =
    'id;programme;title;deadline;deadline_time_zone\n' +
    'cerv-ok;CERV;Fine row;2026-09-20 17:00;Europe/Brussels\n' +
    'cerv-gap;CERV;Gap;2027-03-28 02:30;Europe/Brussels\n';
  const upload = (name: string, text: string, who: Member = members.kasia) =>
    harness.slack.addFile({ name, text, user: who.id, mimetype: 'text/csv' });

  it('opens a modal with the kind chosen and a file input', async () => {
    const modal = await formFrom('import granty', members.kasia);
    expect(modalProblems(modal)).toEqual([]);
    const inputs = inputsOf(modal);
    expect(inputs.get('f:kind')?.element.initial_option?.value).toBe('grants');
    expect(inputs.get('f:file')?.element.type).toBe('file_input');
  });

  it('imports a good file, downloaded with the bot token, and confirms privately', async () => {
    const modal = await formFrom('import granty', members.kasia);
    const file = upload('nabory.csv', good);
    const submitted = await harness.submit(modal, { 'f:file': [file] }, members.kasia);
    expect(submitted.ack).toEqual({ response_action: 'clear' });
    expect(await harness.store.grants.byId('cerv-tt')).toMatchObject({ programme: 'CERV' });
    expect(await harness.store.audit.recent(1)).toMatchObject([
      { action: 'import.grants', subject: 'nabory.csv', detail: { rows: 1 } },
    ]);
    expect(harness.slack.callsTo('file_download').map((call) => call.token)).toEqual([
      'xoxb-test-token',
    ]);
    const confirmation = await harness.slack.waitForCall('chat.postEphemeral');
    expect(blockText(JSON.parse(String(confirmation.params['blocks'])))).toContain(
      pl('forms:import.done_grants', { count: 1, file: 'nabory.csv' }),
    );
  });

  it('shows a file’s problems under the file input and imports nothing', async () => {
    const before = await storedState();
    const modal = await formFrom('import', members.emma);
    const submitted = await harness.submit(
      modal,
      { 'f:kind': 'grants', 'f:file': [upload('calls.csv', bad, members.emma)] },
      members.emma,
    );
    const { errors } = ErrorsAck.parse(submitted.ack);
    expect(Object.keys(errors)).toEqual(['f:file']);
    expect(errors['f:file']).toContain('line 3');
    expect(await harness.store.grants.byId('cerv-ok')).toBeUndefined();
    expect(await storedState()).toEqual(before);
  });

  it('does not read a file someone else uploaded, whatever the payload names', async () => {
    const before = await storedState();
    const modal = await formFrom('import granty', members.kasia);
    const annas = upload('anny.csv', good.replace('cerv-tt', 'cerv-anna'), members.anna);
    const submitted = await harness.submit(modal, { 'f:file': [annas] }, members.kasia);
    expect(ErrorsAck.parse(submitted.ack).errors).toEqual({
      'f:file': pl('slack:form.file_unreadable', { name: 'anny.csv' }),
    });
    expect(harness.slack.callsTo('file_download')).toHaveLength(0);
    expect(await harness.store.grants.byId('cerv-anna')).toBeUndefined();
    expect(await storedState()).toEqual(before);
  });
});
