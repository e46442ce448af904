/** Discord's documented limits, as the fake enforces them (API v10). */
export const messageLimits = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

/** Modals (interaction callback type 9) and what they hold. */
export const modalLimits = {
  customId: 100,
  title: 45,
  components: 5,
  label: 45,
  description: 100,
  placeholder: 100,
  selectPlaceholder: 150,
  textValue: 4000,
  textDisplay: 4000,
  options: 25,
  optionText: 100,
} as const;

export const commandLimits = {
  commands: 100,
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Characters of names, descriptions and choice values of one command, per locale. */
  total: 4000,
  autocompleteChoices: 25,
} as const;

/** Discord's rule for chat-input command and option names (lower case is checked separately). */
export const commandNamePattern = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The locales Discord accepts in `name_localizations` and `description_localizations`. */
export const discordLocales = [
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
] as const;
