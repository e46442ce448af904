export * from './polish-holidays';
export * from './working-hours';
export * from './free-slots';
