import { parseArgs } from 'node:util';
import { catalogue } from '@glokal/chat';
import { loadDotEnv } from '@glokal/config';
import { Locale } from '@glokal/domain';
import { slackManifest } from './manifest/slack-manifest';

/**
 * `npm run slack:manifest -- [--url https://glokal.example.org] [--socket] [--locale pl|en]`
 * prints the app manifest (JSON) to paste into "Create New App → From a manifest".
 */
loadDotEnv();
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    socket: { type: 'boolean', default: false },
    locale: { type: 'string' },
    command: { type: 'string' },
    name: { type: 'string' },
  },
});
const locale = Locale.safeParse(values.locale ?? process.env['DEFAULT_LOCALE'] ?? 'pl');
if (!locale.success) {
  process.stderr.write('--locale must be pl or en\n');
  process.exit(1);
}
const manifest = slackManifest({
  commands: catalogue,
  locale: locale.data,
  socketMode: values.socket,
  ...(values.url ? { publicUrl: values.url } : {}),
  ...(values.command ? { command: values.command } : {}),
  ...(values.name ? { appName: values.name } : {}),
});
process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
if (!values.url && !values.socket) {
  process.stderr.write(
    'Note: no --url given; replace https://glokal.example.org with where Slack reaches this app.\n',
  );
}
