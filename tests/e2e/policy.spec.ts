/**
 * Enterprise policy end to end, through Chromium's real policy loader: a policy file in
 * /etc/chromium/policies/managed/ (3rdparty → extensions → <our unpacked id>) reaches
 * chrome.storage.managed, passes managed_schema.json, is validated by the background and
 * locks the options page.
 *
 * It writes a system-wide policy file for the duration of each test, scoped to this build's
 * extension id (derived from the unpacked folder's path, so other checkouts are not affected)
 * and removed afterwards. It needs write access to /etc/chromium (CI runs as root);
 * EA_POLICY_DIR points it elsewhere for Chromium builds that read another folder.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, rmdir, writeFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, ORIGIN, launchWithExtension, serviceWorker, panelItems } from './harness';
import { DEFAULT_PROFILE } from '../../utils/profile/default';
// @ts-expect-error plain ESM helper
import { TEST_EXTENSION_DIR as EXTENSION_DIR } from '../../scripts/replica-server.mjs';

const POLICY_DIR = process.env.EA_POLICY_DIR || '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'emenscr-assistant-e2e.json');

/** Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits as a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** The first directory this run created (removed again afterwards), null if none, false if not writable. */
async function prepare(dir: string): Promise<string | null | false> {
  try {
    const created = (await mkdir(dir, { recursive: true })) ?? null;
    await access(dir, constants.W_OK);
    return created;
  } catch {
    return false;
  }
}

/** Remove the (now empty) directories this run created, innermost first. */
async function cleanDirs(created: string | null): Promise<void> {
  if (!created) return;
  for (let d = POLICY_DIR; d.startsWith(created); d = path.dirname(d)) {
    await rmdir(d).catch(() => {});
  }
}

test.describe.configure({ mode: 'serial' });

async function withPolicy(policy: Record<string, unknown>, body: (ctx: Awaited<ReturnType<typeof launchWithExtension>>, id: string) => Promise<void>) {
  const created = await prepare(POLICY_DIR);
  expect(created, `${POLICY_DIR} must be writable to test the enterprise policy (run as root)`).not.toBe(false);
  const id = unpackedId(EXTENSION_DIR);
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const dir = await mkdtemp(path.join(tmpdir(), 'ea-policy-'));
  try {
    const context = await launchWithExtension(dir);
    try {
      const sw = await serviceWorker(context);
      expect(new URL(sw.url()).host).toBe(id);
      await body(context, id);
    } finally {
      await context.close();
    }
  } finally {
    await rm(POLICY_FILE, { force: true });
    await cleanDirs(created || null);
    await rm(dir, { recursive: true, force: true });
  }
}

// Chrome answers storage.managed only once its policy service is ready (~5 s after start).
const SLOW = { timeout: 20_000 };

test('a policy profile and settings win and are shown locked', async () => {
  const profile = structuredClone(DEFAULT_PROFILE);
  profile.name = 'โปรไฟล์ของจังหวัด (นโยบาย)';
  profile.fields.progress = [...profile.fields.progress, 'ผลงานสะสม'];
  await withPolicy({ settings: { deadlineDay: 7 }, profile }, async (context, id) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByTestId('active-profile')).toHaveText(
      'โปรไฟล์ที่ใช้อยู่: โปรไฟล์ของจังหวัด (นโยบาย) · กำหนดโดยผู้ดูแลระบบ (นโยบายองค์กร)',
      SLOW,
    );
    const deadline = page.getByLabel('กำหนดส่งรายงาน (จำนวนวันหลังสิ้นไตรมาส)');
    await expect(deadline).toBeDisabled();
    await expect(deadline).toHaveValue('7');
    await expect(page.getByTestId('locked-deadlineDay')).toHaveText('กำหนดโดยผู้ดูแลระบบ (นโยบายองค์กร)');
    await expect(page.getByLabel('กำหนดส่งภายในของจังหวัด (จำนวนวันหลังสิ้นไตรมาส, ไม่บังคับ)')).toBeEnabled();
    await expect(page.getByLabel('นำเข้าโปรไฟล์ (ไฟล์ JSON)')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'คืนค่าโปรไฟล์เริ่มต้น' })).toBeDisabled();
    await expect(page.getByTestId('profile-locked')).toBeVisible();

    const replica = await context.newPage();
    await replica.goto(`${ORIGIN}/replica/m6-variant/report/1`);
    await expect(panelItems(replica).filter({ hasText: 'ยังไม่ได้ลากแถบความก้าวหน้า (%): ผลงานสะสม (เปอร์เซ็นต์)' })).toHaveCount(1);
  });
});

test('an invalid policy profile is ignored with a warning naming the bad path', async () => {
  const profile = structuredClone(DEFAULT_PROFILE) as any;
  profile.fields.progress = [];
  await withPolicy({ profile }, async (context, id) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const warning = page.getByTestId('policy-profile-invalid');
    await expect(warning).toContainText('fields.progress: ต้องมีอย่างน้อย 1 รายการ', SLOW);
    await expect(page.getByTestId('active-profile')).toContainText('ค่าเริ่มต้น (Default)');
    await expect(page.getByLabel('นำเข้าโปรไฟล์ (ไฟล์ JSON)')).toBeEnabled();
  });
});
