export * from './ports';
export * from './announce';
export * from './calendar';
export * from './drive';
