/** Issue 5: the background's snippet handlers (messages, context menu, keyboard command). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAll, closeSnippetDb, putSnippet } from '@/utils/snippets/db';
import { newTextSnippet } from '@/utils/snippets/schema';
import { COMMAND_INSERT, MENU_RECENT, registerSnippetHandlers } from '@/utils/snippets/background';
import type { SnippetReply } from '@/utils/messages';
import { errorText } from './i18n-render';

type Listener = (...args: any[]) => unknown;

function fakeEvent() {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), fire: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))) };
}

let menus: { id?: string | number; parentId?: string | number; title?: string; contexts?: string[]; documentUrlPatterns?: string[] }[];
let clicked: ReturnType<typeof fakeEvent>;
let command: ReturnType<typeof fakeEvent>;
let sent: { tabId: number; msg: any }[];

/** What the listeners answer (the fake's sendMessage only knows sendResponse, not returned promises). */
async function ask(msg: object): Promise<SnippetReply<any>> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(msg, {}, () => {});
  return (await replies.find((r: unknown) => r !== undefined)) as unknown as SnippetReply<any>;
}

/** The menu is rebuilt (debounced) after a change: wait for the last rebuild to finish. */
async function menusSettled(): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
  await vi.waitFor(() => expect(menus.some((m) => m.id === 'ea-snippet-save-field')).toBe(true));
}

beforeEach(async () => {
  await clearAll();
  menus = [];
  clicked = fakeEvent();
  command = fakeEvent();
  sent = [];
  const b = fakeBrowser as any;
  b.contextMenus.removeAll = vi.fn(async () => void (menus = []));
  b.contextMenus.create = vi.fn((p: (typeof menus)[number]) => void menus.push(p));
  b.contextMenus.onClicked = clicked;
  b.commands.onCommand = command;
  b.tabs.sendMessage = vi.fn(async (tabId: number, msg: unknown) => void sent.push({ tabId, msg }));
  registerSnippetHandlers();
});

afterEach(async () => {
  await closeSnippetDb();
});

describe('snippet messages', () => {
  it('a draft saved twice with its client id (a retry after the worker restarted) is stored once; without an id, twice', async () => {
    const draft = { id: 'dialog-7f3a', kind: 'text', name: 'ที่อยู่สำนักงาน', text: 'ศาลากลางจังหวัดระยอง' };
    const first = await ask({ type: 'snippets:save', draft });
    const retry = await ask({ type: 'snippets:save', draft });
    expect(first.ok && retry.ok).toBe(true);
    expect(retry.ok && retry.value.id).toBe('dialog-7f3a');
    const all = await ask({ type: 'snippets:list' });
    expect(all.ok && all.value.filter((s: any) => s.name === 'ที่อยู่สำนักงาน')).toHaveLength(1);
    // the old way (the background chose the id) made a second copy on every retry
    const { id: _id, ...noId } = draft;
    await ask({ type: 'snippets:save', draft: { ...noId, name: 'ไม่มีรหัส' } });
    await ask({ type: 'snippets:save', draft: { ...noId, name: 'ไม่มีรหัส' } });
    const after = await ask({ type: 'snippets:list' });
    expect(after.ok && after.value.filter((s: any) => s.name === 'ไม่มีรหัส')).toHaveLength(2);
  });

  it('creates from a draft, finds it, marks it used; every reply is {ok, value}', async () => {
    const saved = await ask({ type: 'snippets:save', draft: { kind: 'text', name: 'คำลงท้าย', text: 'ขอแสดงความนับถือ', tags: ['จดหมาย'] } });
    expect(saved.ok).toBe(true);
    const id = saved.ok && saved.value.id;
    expect(saved.ok && saved.value).toMatchObject({ kind: 'text', name: 'คำลงท้าย', useCount: 0, source: { screen: 'other' } });
    const found = await ask({ type: 'snippets:search', query: 'นับถือ' });
    expect(found.ok && found.value.map((s: any) => s.id)).toEqual([id]);
    const used = await ask({ type: 'snippets:markUsed', id });
    expect(used.ok && used.value.useCount).toBe(1);
    const got = await ask({ type: 'snippets:get', id: 'nope' });
    expect(got).toEqual({ ok: true, value: null });
  });

  it('answers a store failure with its Thai message instead of failing silently', async () => {
    const bad = await ask({ type: 'snippets:save', draft: { kind: 'form', name: 'ว่าง', fields: [] } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalid', paths: ['fields'] });
    expect(!bad.ok && errorText(bad.error)).toContain('ไม่ได้บันทึก');
    const missing = await ask({ type: 'snippets:markUsed', id: 'ไม่มี' });
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('ignores messages that are not snippet requests', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'tabState' }, {}, () => {});
    expect(replies.every((r: unknown) => r === undefined)).toBe(true);
  });
});

describe('context menu and command', () => {
  it('lists the most recently used text snippets on editable eMENSCR fields, then "เลือกข้อความ…"', async () => {
    for (let i = 0; i < MENU_RECENT + 2; i++) await putSnippet({ ...newTextSnippet({ name: `ข้อความ ${i}`, text: String(i) }), usedAt: 1000 + i });
    await menusSettled();
    const top = menus.filter((m) => !m.parentId);
    expect(top.map((m) => m.title)).toEqual(['แทรกข้อความที่บันทึกไว้', 'บันทึกข้อความในช่องนี้เป็นข้อความสำเร็จรูป…']);
    expect(menus.every((m) => m.contexts?.join() === 'editable' && m.documentUrlPatterns?.join() === 'https://emenscr.nesdc.go.th/*')).toBe(true);
    const sub = menus.filter((m) => m.parentId);
    expect(sub.length).toBe(MENU_RECENT + 2); // recent ones, a separator, the picker
    expect(sub[0]!.title).toBe(`ข้อความ ${MENU_RECENT + 1}`);
    expect(sub.at(-1)!.title).toBe('เลือกข้อความ…');
  });

  it('sends the clicked snippet, the picker or the save request to the tab and frame', async () => {
    const s = await putSnippet(newTextSnippet({ name: 'สั้น', text: 'ข้อความ {วันที่}' }));
    await menusSettled();
    const item = menus.find((m) => m.title === 'สั้น')!;
    await clicked.fire({ menuItemId: item.id, frameId: 0 }, { id: 7 });
    await clicked.fire({ menuItemId: 'ea-snippet-pick', frameId: 0 }, { id: 7 });
    await clicked.fire({ menuItemId: 'ea-snippet-save-field', frameId: 0 }, { id: 7 });
    await command.fire(COMMAND_INSERT, { id: 8 });
    await vi.waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.map((x) => `${x.tabId} ${x.msg.type} ${x.msg.kind ?? ''}`).sort()).toEqual([
      '7 snippets:insert ',
      '7 snippets:openPicker text',
      '7 snippets:saveField ',
      '8 snippets:openPicker text',
    ]);
    expect(sent.find((x) => x.msg.type === 'snippets:insert')!.msg.snippet).toMatchObject({ id: s.id, text: 'ข้อความ {วันที่}' });
  });
});
