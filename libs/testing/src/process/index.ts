export { startWatchedProcess, within, type WatchedProcess } from './watched-process';
