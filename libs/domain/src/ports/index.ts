export * from './page';
export * from './catalogue';
export * from './people';
export * from './bookkeeping';
export * from './store';
