export * from './country';
export * from './catalogue-queries';
