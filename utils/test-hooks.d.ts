/**
 * `__TEST_HOOKS__` is replaced at build time (wxt.config.ts, vitest.config.ts): true only in
 * the test build (`npm run build:test`, EA_TEST_HOOKS=1), which the end-to-end tests and the
 * benchmark load. Code behind `if (__TEST_HOOKS__)` (the debug:guardThrows switch, the
 * benchmark's recheck event and check-kind attribute) is dropped from the production build;
 * scripts/check-production.mjs verifies that none of it is left.
 */
declare const __TEST_HOOKS__: boolean;
