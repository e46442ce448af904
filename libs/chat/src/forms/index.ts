export * from './form';
export { formCatalogue, formById } from './form-catalogue';
export { readForm, type ReadForm } from './read-form';
export { submitForm, type FormReference } from './submit-form';
export { openForm } from './open-form';
export { runFormTool, type FormToolReference } from './run-form-tool';
export {
  localisedForm,
  localisedErrors,
  type LocalisedForm,
  type LocalisedField,
} from './localise-form';
