/** Discord's message limits the renderer keeps within (API v10). */
export const limits = {
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;

/** Discord's modal limits (interaction callback type 9). */
export const modalLimits = {
  title: 45,
  components: 5,
  label: 45,
  description: 100,
  placeholder: 100,
  selectPlaceholder: 150,
  text: 4000,
  options: 25,
  optionText: 100,
} as const;
