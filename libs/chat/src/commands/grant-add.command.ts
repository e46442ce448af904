import type { Command } from '../command';
import { grantAddForm } from '../forms/grant/grant-add.form';
import { newGrantValues } from '../forms/grant/grant-fields';

/**
 * `grant add` (coordinators): answers with the grant form at once, with no store read, so
 * Discord can show it as the first response.
 */
export const grantAddCommand: Command = {
  name: 'grant add',
  namePl: 'grant dodaj',
  audience: 'coordinator',
  writes: true,
  aliases: ['nabor dodaj'],
  options: [],
  handle: async () => ({ form: grantAddForm, values: newGrantValues, section: 0 }),
};
