import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { encodeAction } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import {
  blockText,
  findButton,
  members,
  startSlackHarness,
  type FoundButton,
  type Member,
  type SlackHarness,
} from './test-support/slack-harness';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

const pl = createTranslator('pl', 'Europe/Warsaw').t;

function button(blocks: unknown, label: string): FoundButton {
  const found = findButton(blocks, label);
  if (!found) throw new Error(`no “${label}” button in: ${blockText(blocks)}`);
  return found;
}

/** Presses a button on a private reply and gives what the app sent to its response URL. */
async function press(found: FoundButton, who: Member) {
  const pressed = await harness.press(found, who, { kind: 'ephemeral' });
  expect(pressed.status).toBe(200);
  const path = new URL(pressed.responseUrl).pathname;
  await harness.slack.waitForCall('response_url', { where: (call) => call.path === path });
  return harness.responses(pressed.responseUrl);
}

describe('attendance lists on Slack', () => {
  it('lists who answered for a coordinator and uploads the CSV into their direct message', async () => {
    const detail = await harness.command('wydarzenie robotyki', members.anna);
    await press(button(detail.message?.blocks, pl('events:attend')), members.anna);

    const asCoordinator = await harness.command('wydarzenie robotyki', members.kasia);
    const [list] = await press(
      button(asCoordinator.message?.blocks, pl('attendees:button')),
      members.kasia,
    );
    // People are stored under the name the button press gives (the Slack user name).
    expect(blockText(list?.blocks)).toContain('*anna*');
    expect(blockText(list?.blocks)).toContain(pl('attendees:count', { count: 1 }));

    const [exported] = await press(button(list?.blocks, pl('attendees:export')), members.kasia);
    expect(blockText(exported?.blocks)).toContain(
      pl('attendees:exported', {
        count: 1,
        file: 'uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv',
      }),
    );
    const completed = await harness.slack.waitForCall('files.completeUploadExternal', {
      timeoutMs: 10_000,
    });
    expect(completed.answer.ok).toBe(true);
    const opened = harness.slack.callsTo('conversations.open').at(-1);
    expect(opened?.params['users']).toBe(members.kasia.id);
    const dm = harness.slack.world.directChannels.get(members.kasia.id);
    const files = [...harness.slack.world.files.values()].filter((file) => file.channel === dm);
    expect(files.map((file) => [file.name, file.mimetype])).toEqual([
      ['uczestnicy-warsztaty-robotyki-dla-nauczycieli.csv', 'text/csv'],
    ]);
    const rows: string[][] = parse(files[0]?.text ?? '', { bom: true });
    expect(rows[0]).toEqual([
      'Imię i nazwisko',
      'Organizacja',
      'Platforma',
      'Odpowiedź',
      'Data odpowiedzi',
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([['anna', '', 'Slack', 'going']]);
    expect(files[0]?.text.startsWith('\uFEFF')).toBe(true);
  });

  it('refuses a forged Export CSV to a member and uploads nothing', async () => {
    const uploadsBefore = harness.slack.callsTo('files.getUploadURLExternal').length;
    const forged: FoundButton = {
      actionId: 'glokal:forged',
      value: encodeAction({ type: 'attendees-csv', eventId: 'e-robotics' }),
      text: 'Export CSV',
    };
    const [refused] = await press(forged, members.anna);
    expect(blockText(refused?.blocks)).toContain(pl('chat:problem.coordinator_only_title'));
    expect(blockText(refused?.blocks)).not.toContain('anna');
    expect(harness.slack.callsTo('files.getUploadURLExternal')).toHaveLength(uploadsBefore);
  });
});
