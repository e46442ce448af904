import { glokalTestConfig } from '../../vitest.shared';

export default glokalTestConfig('config');
