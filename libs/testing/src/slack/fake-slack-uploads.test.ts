import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { startFakeSlack, type FakeSlack } from './fake-slack';

let slack: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  slack = await startFakeSlack({ users: [{ id: 'U0ANNA', name: 'anna' }] });
  client = new WebClient('xoxb-test-token', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
  });
});
afterEach(() => slack.reset());
afterAll(() => slack.close());

const csv = '\uFEFFImię,Organizacja\r\n"Kowalska, Zofia",Szkoła\r\n';

describe('file uploads on the fake Slack', () => {
  it('takes files.uploadV2 as Slack does: an upload URL, the bytes, then completing into a channel', async () => {
    const dm = await client.conversations.open({ users: 'U0ANNA' });
    const channel = dm.channel?.id ?? '';
    const result = await client.filesUploadV2({
      channel_id: channel,
      filename: 'uczestnicy.csv',
      content: csv,
      initial_comment: 'Lista uczestników',
    });
    expect(result.ok).toBe(true);
    expect(slack.calls.map((call) => call.method)).toEqual([
      'conversations.open',
      'files.getUploadURLExternal',
      'file_upload',
      'files.completeUploadExternal',
    ]);
    const [asked] = slack.callsTo('files.getUploadURLExternal');
    expect(asked?.params).toMatchObject({
      filename: 'uczestnicy.csv',
      length: String(Buffer.byteLength(csv)),
    });
    const id = String(asked?.answer['file_id']);
    const file = slack.world.files.get(id);
    expect(file).toMatchObject({
      name: 'uczestnicy.csv',
      mimetype: 'text/csv',
      text: csv,
      channel,
      initialComment: 'Lista uczestników',
      user: slack.world.bot.userId,
    });
    const info = await client.files.info({ file: id });
    expect(info.file?.size).toBe(Buffer.byteLength(csv));
  });

  it('refuses to complete a file whose bytes never came, and a channel that does not exist', async () => {
    const started = await client.files.getUploadURLExternal({ filename: 'a.csv', length: 3 });
    await expect(
      client.files.completeUploadExternal({ files: [{ id: started.file_id ?? '' }] }),
    ).rejects.toThrow(/file_not_found/);
    const upload = await fetch(started.upload_url ?? '', { method: 'POST', body: 'abc' });
    expect(await upload.text()).toBe('OK - 3');
    const again = await fetch(started.upload_url ?? '', { method: 'POST', body: 'abc' });
    expect(again.status).toBe(404);
    slack.removeChannel('C0GONE01');
    await expect(
      client.files.completeUploadExternal({
        files: [{ id: started.file_id ?? '' }],
        channel_id: 'C0GONE01',
      }),
    ).rejects.toThrow(/channel_not_found/);
  });

  it('asks for a file name and a length', async () => {
    await expect(client.files.getUploadURLExternal({ filename: '', length: 3 })).rejects.toThrow(
      /invalid_arguments/,
    );
    await expect(
      client.files.getUploadURLExternal({ filename: 'a.csv', length: 0 }),
    ).rejects.toThrow(/invalid_arguments/);
  });
});
