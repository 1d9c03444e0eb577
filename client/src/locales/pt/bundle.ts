import errors from 'virtual:error-messages/pt';
import namespaces from './index.js';

/** Everything the interface says in this language: fetched on demand as one chunk (see lib/i18n.ts). */
export default { ...namespaces, errors };
