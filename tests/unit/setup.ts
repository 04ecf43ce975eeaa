import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import thMessages from '../../public/_locales/th/messages.json';

// happy-dom has no requestIdleCallback; the content script uses it to batch work.
if (!('requestIdleCallback' in globalThis)) {
  (globalThis as any).requestIdleCallback = (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number;
  (globalThis as any).cancelIdleCallback = (id: number) => clearTimeout(id);
}

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser has no i18n: answer from the default (Thai) _locales file, as Chrome would
  (fakeBrowser.i18n as { getMessage: (key: string) => string }).getMessage = (key: string) =>
    (thMessages as Record<string, { message: string }>)[key]?.message ?? '';
});
