import { loadCmsEnv } from '../src/lib/env';

// Merged over Strapi's own logger settings; only the level is ours to choose.
export default () => ({ level: loadCmsEnv().LOG_LEVEL });
