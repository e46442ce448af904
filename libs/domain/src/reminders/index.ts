export * from './reminder-plan';
export * from './reminder-offsets';
