export * from './redis-lock';
export * from './first-sightings';
