import { z } from 'zod';
import type { webApi } from '@slack/bolt';
import { MAX_FILE_LENGTH, type FormFile } from '@glokal/chat';
import type { Logger } from '@glokal/config';
import type { InputProblem, Upload } from './read-submission';

/** The largest file a form reads: what chat accepts attached to a command (a CSV of thousands of rows). */
export const MAX_UPLOAD_BYTES = MAX_FILE_LENGTH;
/** Downloads happen before the submission is acknowledged: well within Slack's 3 seconds. */
const DOWNLOAD_TIMEOUT_MS = 1500;

/** What `files.info` says about a file, checked. */
const SlackFile = z.object({
  id: z.string(),
  name: z.string().max(255),
  mimetype: z.string(),
  user: z.string().optional(),
  size: z.number().int().nonnegative(),
  url_private_download: z.url().optional(),
  url_private: z.url(),
});

/** Text Glokal can read: any `text/*` (csv, plain, calendar, markdown) and a few others. */
function isText(mimetype: string): boolean {
  return (
    mimetype.startsWith('text/') ||
    ['application/json', 'application/xml', 'application/csv'].includes(mimetype)
  );
}

export interface UploadDeps {
  client: webApi.WebClient;
  /** The bot token the download is asked with (Slack's file server wants it as Bearer). */
  token: string;
  /** Who submitted: only files they uploaded are read. */
  userId: string;
  logger: Logger;
}

async function readOne(
  fileId: string,
  deps: UploadDeps,
): Promise<{ file: FormFile } | { problem: Omit<InputProblem, 'blockId'> }> {
  const unreadable = (name: string) => ({
    problem: { message: 'slack:form.file_unreadable' as const, values: { name } },
  });
  const info = SlackFile.safeParse((await deps.client.files.info({ file: fileId })).file);
  if (!info.success) return unreadable(fileId);
  const file = info.data;
  // A forged submission could name someone else's file the bot can see: not read.
  if (file.user !== deps.userId) return unreadable(file.name);
  if (file.size > MAX_UPLOAD_BYTES)
    return {
      problem: {
        message: 'slack:form.file_too_big',
        values: { name: file.name, max: Math.round(MAX_UPLOAD_BYTES / 1000) },
      },
    };
  if (!isText(file.mimetype))
    return { problem: { message: 'slack:form.file_not_text', values: { name: file.name } } };
  // The address comes from files.info (Slack's answer), never from the submitted payload, so
  // the token goes nowhere but Slack's file server.
  const response = await fetch(file.url_private_download ?? file.url_private, {
    headers: { authorization: `Bearer ${deps.token}` },
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  // Without a good token Slack answers its sign-in page with 200, not the file.
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || (type.includes('text/html') && !file.mimetype.includes('html')))
    return unreadable(file.name);
  const text = await response.text();
  if (text.length > MAX_UPLOAD_BYTES) return unreadable(file.name);
  return { file: { name: file.name, text } };
}

/**
 * The files a submission uploaded, read as the form wants them (`{ name, text }`): only the
 * submitter's own, text, at most `MAX_UPLOAD_BYTES` each. A file that cannot be read is a
 * problem under its input, in the person's language, and nothing is submitted.
 */
export async function readUploads(
  uploads: readonly Upload[],
  deps: UploadDeps,
): Promise<{ values: Record<string, FormFile[]>; problems: InputProblem[] }> {
  const values: Record<string, FormFile[]> = {};
  const problems: InputProblem[] = [];
  for (const upload of uploads) {
    const read = await Promise.all(
      upload.fileIds.map((fileId) =>
        readOne(fileId, deps).catch((error: unknown) => {
          deps.logger.warn({ err: error, fileId }, 'could not read an uploaded file');
          return {
            problem: { message: 'slack:form.file_unreadable' as const, values: { name: fileId } },
          };
        }),
      ),
    );
    values[upload.field] = read.flatMap((one) => ('file' in one ? [one.file] : []));
    for (const one of read)
      if ('problem' in one) problems.push({ blockId: upload.blockId, ...one.problem });
  }
  return { values, problems };
}
