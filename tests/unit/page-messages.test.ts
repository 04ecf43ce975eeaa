/**
 * Issue 12: the boot of the content script is the one runtime.onMessage listener; it hands each
 * message to the main part's handlers (utils/content/page-messages.ts), also one that came while
 * the main part was loading. Each message gets the first handler's answer, exactly once.
 */
import { describe, expect, it, vi } from 'vitest';
import { dispatchPageMessage, onPageMessage } from '@/utils/content/page-messages';

describe('page messages', () => {
  it('answers with the first handler that answers, asks no later one, and stops a removed handler', async () => {
    const notMine = vi.fn(() => undefined);
    const state = vi.fn((m: unknown) => ((m as { type: string }).type === 'getState' ? Promise.resolve('state') : undefined));
    const later = vi.fn(() => 'later');
    const stops = [onPageMessage(notMine), onPageMessage(state), onPageMessage(later)];

    await expect(dispatchPageMessage({ type: 'getState' })).resolves.toBe('state');
    expect(notMine).toHaveBeenCalledTimes(1);
    expect(state).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();

    // not the second handler's: the third answers
    expect(dispatchPageMessage({ type: 'panel:focus' })).toBe('later');

    stops[2]!();
    expect(dispatchPageMessage({ type: 'panel:focus' })).toBeUndefined();
    expect(later).toHaveBeenCalledTimes(1);
    stops[0]!();
    stops[1]!();
  });

  it('a handler that throws does not keep the message from the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stopA = onPageMessage(() => {
      throw new Error('broken handler');
    });
    const stopB = onPageMessage(() => 'answered');
    expect(dispatchPageMessage({ type: 'x' })).toBe('answered');
    expect(warn).toHaveBeenCalledTimes(1);
    stopA();
    stopB();
    warn.mockRestore();
  });
});
