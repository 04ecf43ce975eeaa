import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// happy-dom has no requestIdleCallback; the content script uses it to batch work.
if (!('requestIdleCallback' in globalThis)) {
  (globalThis as any).requestIdleCallback = (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number;
  (globalThis as any).cancelIdleCallback = (id: number) => clearTimeout(id);
}

beforeEach(() => {
  fakeBrowser.reset();
});
