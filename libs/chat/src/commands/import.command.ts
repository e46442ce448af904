import { foldForSearch } from '@glokal/domain';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { importForm } from '../forms/import/import.form';
import { submitForm } from '../forms/submit-form';
import { translatorFor } from '../people';
import { importKinds } from '../import/importers';
import { notice } from '../replies/notice';

/**
 * `import members|grants` (coordinators). With the file attached to the command (Discord's
 * attachment option) it imports at once; otherwise it answers with the import form (Slack's
 * file input, the console's prompt).
 */
export const importCommand: Command = {
  name: 'import',
  namePl: 'import',
  audience: 'coordinator',
  writes: true,
  aliases: ['importuj'],
  options: [
    {
      name: 'kind',
      namePl: 'co',
      type: 'string',
      required: false,
      choices: [
        { value: 'members', pl: 'członkowie' },
        { value: 'grants', pl: 'granty' },
      ],
    },
    { name: 'file', namePl: 'plik', type: 'file', required: false },
  ],
  async handle(request, deps) {
    const kindText = optionText(request, 'kind');
    const kind = kindText ? wordToKind(kindText) : undefined;
    const fileText = optionText(request, 'file');
    if (fileText && kind) {
      const fileName = optionText(request, 'file_name') ?? `${kind}.csv`;
      const outcome = await submitForm(
        { form: importForm.id },
        { kind, file: [{ name: fileName, text: fileText }] },
        { ...request, now: deps.clock.now() },
        deps,
      );
      if (outcome.type !== 'invalid') return outcome.reply;
      const t = translatorFor(request);
      return notice(t, outcome.errors.map((error) => t.t(error.message, error.values)).join('\n'));
    }
    return { form: importForm, values: kind ? { kind } : {}, section: 0 };
  },
};

function wordToKind(word: string) {
  const folded = foldForSearch(word);
  if (folded === 'czlonkowie' || folded === 'partners') return 'members';
  if (folded === 'granty' || folded === 'nabory' || folded === 'calls') return 'grants';
  return importKinds.find((kind) => kind === folded);
}
