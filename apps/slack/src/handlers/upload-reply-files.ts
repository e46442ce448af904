import type { webApi } from '@slack/bolt';
import type { ReplyFile } from '@glokal/chat';

/**
 * Sends a reply's files (a coordinator's attendance CSV) to the person who asked, in the app's
 * direct message with them, with `files.uploadV2` (upload URL, bytes, completion); resolves
 * to the names that could not be sent.
 */
export async function uploadReplyFiles(
  client: webApi.WebClient,
  userId: string,
  files: readonly ReplyFile[],
  logger: { warn(details: object, message: string): void },
): Promise<string[]> {
  const failed: string[] = [];
  let channel: string | undefined;
  try {
    channel = (await client.conversations.open({ users: userId })).channel?.id;
  } catch (error) {
    logger.warn({ err: error, userId }, 'could not open a direct message for a file');
  }
  for (const file of files) {
    if (!channel) {
      failed.push(file.name);
      continue;
    }
    try {
      await client.filesUploadV2({
        channel_id: channel,
        filename: file.name,
        title: file.name,
        content: file.text,
      });
    } catch (error) {
      logger.warn({ err: error, userId, file: file.name }, 'a file upload failed');
      failed.push(file.name);
    }
  }
  return failed;
}
