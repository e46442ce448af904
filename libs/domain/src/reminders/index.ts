export * from './reminder-plan';
