export { loadDemoData, type DemoLoadSummary } from './load-demo-data';
