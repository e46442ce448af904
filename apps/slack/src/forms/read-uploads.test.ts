import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { createLogger } from '@glokal/config';
import { startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { BOT_TOKEN, members } from '../test-support/slack-harness';
import { MAX_UPLOAD_BYTES, readUploads } from './read-uploads';

let slack: FakeSlack;
let client: webApi.WebClient;
const logger = createLogger({ level: 'silent' });

beforeAll(async () => {
  slack = await startFakeSlack({ tokens: [BOT_TOKEN], users: Object.values(members) });
  client = new webApi.WebClient(BOT_TOKEN, {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
  });
});
afterAll(() => slack.close());

const upload = (...fileIds: string[]) => [{ field: 'list', blockId: 'f:list', fileIds }];
const deps = (token = BOT_TOKEN) => ({ client, token, userId: members.kasia.id, logger });

describe('files uploaded into a form', () => {
  it('are read as their names and text, downloaded with the bot token', async () => {
    const csv = slack.addFile({
      name: 'członkowie.csv',
      text: 'nazwa;miasto\nSP 12;Łódź\n',
      user: members.kasia.id,
      mimetype: 'text/csv',
    });
    const ics = slack.addFile({
      name: 'kalendarz.ics',
      text: 'BEGIN:VCALENDAR\nEND:VCALENDAR\n',
      user: members.kasia.id,
      mimetype: 'text/calendar',
    });
    const read = await readUploads(upload(csv.id, ics.id), deps());
    expect(read).toEqual({
      values: {
        list: [
          { name: 'członkowie.csv', text: 'nazwa;miasto\nSP 12;Łódź\n' },
          { name: 'kalendarz.ics', text: 'BEGIN:VCALENDAR\nEND:VCALENDAR\n' },
        ],
      },
      problems: [],
    });
    const downloads = slack.callsTo('file_download');
    expect(downloads.map((call) => call.token)).toEqual([BOT_TOKEN, BOT_TOKEN]);
  });

  it('refuses someone else’s file, a big one, one that is not text, and one that is gone, each by name', async () => {
    const others = slack.addFile({ name: 'cudzy.txt', text: 'tajne', user: members.anna.id });
    const big = slack.addFile({
      name: 'duży.csv',
      text: 'x'.repeat(MAX_UPLOAD_BYTES + 1),
      user: members.kasia.id,
      mimetype: 'text/csv',
    });
    const image = slack.addFile({
      name: 'logo.png',
      text: '\u0089PNG',
      user: members.kasia.id,
      mimetype: 'image/png',
    });
    const before = slack.callsTo('file_download').length;
    const read = await readUploads(upload(others.id, big.id, image.id, 'F0GONE0001'), deps());
    expect(read.values).toEqual({ list: [] });
    expect(read.problems).toEqual([
      { blockId: 'f:list', message: 'slack:form.file_unreadable', values: { name: 'cudzy.txt' } },
      {
        blockId: 'f:list',
        message: 'slack:form.file_too_big',
        values: { name: 'duży.csv', max: Math.round(MAX_UPLOAD_BYTES / 1000) },
      },
      { blockId: 'f:list', message: 'slack:form.file_not_text', values: { name: 'logo.png' } },
      { blockId: 'f:list', message: 'slack:form.file_unreadable', values: { name: 'F0GONE0001' } },
    ]);
    expect(slack.callsTo('file_download')).toHaveLength(before);
  });

  it('does not take Slack’s sign-in page for the file when the download is refused', async () => {
    const csv = slack.addFile({
      name: 'lista.csv',
      text: 'a;b',
      user: members.kasia.id,
      mimetype: 'text/csv',
    });
    const read = await readUploads(upload(csv.id), deps('xoxb-not-ours'));
    expect(read.problems).toEqual([
      { blockId: 'f:list', message: 'slack:form.file_unreadable', values: { name: 'lista.csv' } },
    ]);
  });
});
