import { glokalTestConfig } from '../../vitest.shared';

export default glokalTestConfig('sync');
