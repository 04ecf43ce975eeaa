/**
 * utils/content/chrome-browser.ts: the content script's `browser` on Chrome's own chrome.*
 * (issue 12). The one polyfill behaviour it keeps: a runtime.onMessage listener answers with
 * a Promise, and a listener that returns nothing leaves the message to the others.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '@/utils/content/chrome-browser';

type Raw = (msg: unknown, sender: object, sendResponse: (r?: unknown) => void) => boolean;

let raw: Raw[];
let runtimeId: string | undefined;

beforeEach(() => {
  raw = [];
  runtimeId = 'abc';
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      get id() {
        return runtimeId;
      },
      getURL: (p: string) => `chrome-extension://abc${p}`,
      sendMessage: vi.fn(async (m: unknown) => ({ echo: m })),
      onMessage: {
        addListener: (fn: Raw) => raw.push(fn),
        removeListener: (fn: Raw) => (raw = raw.filter((f) => f !== fn)),
      },
    },
    storage: { local: { get: vi.fn(async () => ({ a: 1 })) }, onChanged: { addListener: vi.fn() } },
  };
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('chrome-browser', () => {
  it('a Promise from a listener keeps the channel open and answers with its value', async () => {
    const listener = (msg: unknown) => ((msg as { type: string }).type === 'getState' ? Promise.resolve({ ok: 1 }) : undefined);
    browser.runtime.onMessage.addListener(listener);
    expect(raw).toHaveLength(1);
    const sendResponse = vi.fn();
    expect(raw[0]!({ type: 'getState' }, {}, sendResponse)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(sendResponse).toHaveBeenCalledWith({ ok: 1 });
  });

  it('undefined (not ours) and a throwing listener return false: another listener may answer', () => {
    browser.runtime.onMessage.addListener(() => undefined);
    browser.runtime.onMessage.addListener(() => {
      throw new Error('bug');
    });
    const sendResponse = vi.fn();
    expect(raw[0]!({ type: 'x' }, {}, sendResponse)).toBe(false);
    expect(raw[1]!({ type: 'x' }, {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('a rejected Promise answers undefined instead of leaving the sender waiting', async () => {
    browser.runtime.onMessage.addListener(() => Promise.reject(new Error('no')));
    const sendResponse = vi.fn();
    expect(raw[0]!({}, {}, sendResponse)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(sendResponse).toHaveBeenCalledWith(undefined);
  });

  it('removeListener removes the wrapper that was added', () => {
    const l = () => undefined;
    browser.runtime.onMessage.addListener(l);
    expect(browser.runtime.onMessage.hasListener(l)).toBe(true);
    browser.runtime.onMessage.removeListener(l);
    expect(raw).toHaveLength(0);
    expect(browser.runtime.onMessage.hasListener(l)).toBe(false);
  });

  it('runtime.id is read live (undefined once the extension is reloaded); the rest is chrome.*', async () => {
    expect(browser.runtime.id).toBe('abc');
    runtimeId = undefined;
    expect(browser.runtime.id).toBeUndefined();
    expect(browser.runtime.getURL('/content-ui.js')).toBe('chrome-extension://abc/content-ui.js');
    expect(await browser.runtime.sendMessage({ type: 'tabState' })).toEqual({ echo: { type: 'tabState' } });
    expect(await browser.storage.local.get('a')).toEqual({ a: 1 });
  });
});
