export * from './delivery-job';
