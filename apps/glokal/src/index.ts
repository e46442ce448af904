export { startGlokal, type RunningGlokal, type StartGlokalOptions } from './start-glokal';
