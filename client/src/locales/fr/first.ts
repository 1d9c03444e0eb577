import errors from 'virtual:error-messages/fr';
import common from './common.json' with { type: 'json' };
import auth from './auth.json' with { type: 'json' };

/** The first screen's texts in this language: fetched at start as one small chunk (see lib/i18n.ts). */
export default { common, auth, errors };
