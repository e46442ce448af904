export * from './page';
export * from './catalogue';
export * from './people';
export * from './bookkeeping';
export * from './store';
export * from './calendar-source';
export * from './drive-source';
export * from './outbox';
