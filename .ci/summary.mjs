// Prints one closing line for the whole `npm test` from the Jest result files it wrote.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const results = JSON.parse(readFileSync(new URL(`../.data/test-results-${name}.json`, import.meta.url), 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
