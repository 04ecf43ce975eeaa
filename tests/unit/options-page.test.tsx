/** The options page in happy-dom: policy locks and warnings, from the background's policy copy. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { KEYS } from '@/utils/settings';
import { setLang } from '@/utils/i18n';

let host: HTMLElement;

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mount(): Promise<void> {
  await act(async () => {
    render(<OptionsApp />, host);
  });
  await settle();
}

const $ = (sel: string) => host.querySelector(sel) as HTMLElement | null;
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  render(null, host);
  host.remove();
  setLang('th');
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('without a policy nothing is locked', async () => {
    await mount();
    expect(($('#deadlineDay') as HTMLInputElement).disabled).toBe(false);
    expect(host.querySelectorAll('[data-testid^="locked-"]')).toHaveLength(0);
    expect(byTestId('active-profile')!.textContent).toBe('โปรไฟล์ที่ใช้อยู่: ค่าเริ่มต้น (Default) · ค่าเริ่มต้นที่มากับส่วนขยาย');
  });

  it('policy settings and profile are shown locked, with the administrator note', async () => {
    const profile = { ...structuredClone(DEFAULT_PROFILE), name: 'โปรไฟล์ของจังหวัด' };
    await fakeBrowser.storage.local.set({
      [KEYS.settings]: { deadlineDay: 12, language: 'th' },
      [KEYS.managedPolicy]: { value: { settings: { deadlineDay: 7 }, profile }, available: true },
    });
    await mount();
    const deadline = $('#deadlineDay') as HTMLInputElement;
    expect(deadline.disabled).toBe(true);
    expect(deadline.value).toBe('7');
    expect(deadline.getAttribute('aria-describedby')).toContain('deadlineDay-locked');
    expect(byTestId('locked-deadlineDay')!.textContent).toBe('กำหนดโดยผู้ดูแลระบบ (นโยบายองค์กร)');
    expect(($('#internalDeadlineDay') as HTMLInputElement).disabled).toBe(false);
    expect(byTestId('active-profile')!.textContent).toContain('โปรไฟล์ของจังหวัด · กำหนดโดยผู้ดูแลระบบ (นโยบายองค์กร)');
    expect(($('#profile-file') as HTMLInputElement).disabled).toBe(true);
    expect(byTestId('profile-locked')).not.toBeNull();
    // the background's copy became the active profile (validated on the way)
    expect(((await fakeBrowser.storage.local.get(KEYS.activeProfile))[KEYS.activeProfile] as any).name).toBe('โปรไฟล์ของจังหวัด');

    // the policy goes away: the lock lifts and the user's own value comes back
    await act(async () => {
      await fakeBrowser.storage.local.set({ [KEYS.managedPolicy]: { value: {}, available: true } });
    });
    await settle();
    expect(($('#deadlineDay') as HTMLInputElement).disabled).toBe(false);
    expect(($('#deadlineDay') as HTMLInputElement).value).toBe('12');
  });

  it('an invalid policy profile and bad policy settings are named, not applied', async () => {
    const bad = structuredClone(DEFAULT_PROFILE) as any;
    bad.fields.progress = [];
    await fakeBrowser.storage.local.set({
      [KEYS.managedPolicy]: { value: { settings: { deadlineDay: 0 }, profile: bad }, available: true },
    });
    await mount();
    expect(byTestId('policy-profile-invalid')!.textContent).toContain('fields.progress: ต้องมีอย่างน้อย 1 รายการ');
    expect(byTestId('policy-settings-invalid')!.textContent).toContain('settings.deadlineDay: กำหนดส่งต้องเป็นจำนวนเต็ม 1–90');
    expect(($('#deadlineDay') as HTMLInputElement).disabled).toBe(false);
    expect(($('#profile-file') as HTMLInputElement).disabled).toBe(false);
  });
});
