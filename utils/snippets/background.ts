/**
 * The snippet side of the background service worker: it owns the snippet database
 * (IndexedDB on the extension origin) and answers the content script, popup and library
 * by message; it keeps the context menu on editable eMENSCR fields ("แทรกข้อความที่บันทึกไว้"
 * with the recent text snippets, "เลือกข้อความ…", "บันทึกข้อความในช่องนี้…") and the
 * keyboard command that opens the in-page picker.
 *
 * Call registerSnippetHandlers() once, synchronously, when the worker starts (MV3 only
 * delivers events to listeners added in the first turn).
 */
import { browser, type Browser } from 'wxt/browser';
import {
  getSnippet,
  listSnippets,
  markUsed,
  onSnippetsChanged,
  putSnippet,
  saveSnippetById,
  searchSnippets,
} from './db';
import { toStoreError } from './errors';
import { newFormSnippet, newTextSnippet, type Snippet, type TextSnippet } from './schema';
import {
  isSnippetRequest,
  type SnippetDraft,
  type SnippetPageRequest,
  type SnippetReply,
  type SnippetRequest,
} from '@/utils/messages';

export const EMENSCR_PATTERNS = ['https://emenscr.nesdc.go.th/*'];
export const COMMAND_INSERT = 'insert-snippet';
const MENU = {
  insert: 'ea-snippet-insert',
  insertPrefix: 'ea-snippet-insert:',
  separator: 'ea-snippet-separator',
  pick: 'ea-snippet-pick',
  saveField: 'ea-snippet-save-field',
} as const;
/** how many recent text snippets the context menu lists */
export const MENU_RECENT = 8;

function fromDraft(d: SnippetDraft): Snippet {
  const base = { name: d.name, tags: d.tags ?? [], source: d.source ?? { screen: 'other' } };
  const s = d.kind === 'text' ? newTextSnippet({ ...base, text: d.text }) : newFormSnippet({ ...base, fields: d.fields });
  return typeof d.id === 'string' && d.id ? { ...s, id: d.id } : s;
}

async function handle(req: SnippetRequest): Promise<unknown> {
  switch (req.type) {
    case 'snippets:list': {
      const all = await listSnippets({ order: req.order ?? 'recent' });
      const list = req.kind ? all.filter((s) => s.kind === req.kind) : all;
      return req.limit ? list.slice(0, req.limit) : list;
    }
    case 'snippets:search':
      return searchSnippets(req.query, { kind: req.kind, limit: req.limit ?? 50 });
    case 'snippets:get':
      return (await getSnippet(req.id)) ?? null;
    case 'snippets:save':
      // a draft is saved by its id: a retried save overwrites, never duplicates
      return 'draft' in req ? saveSnippetById(fromDraft(req.draft)) : putSnippet(req.snippet);
    case 'snippets:markUsed':
      return markUsed(req.id);
    case 'snippets:openLibrary':
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      return true;
  }
}

/** Every reply is {ok, value} or {ok: false, error} with the store's Thai message: nothing fails silently. */
async function reply(req: SnippetRequest): Promise<SnippetReply<unknown>> {
  try {
    return { ok: true, value: await handle(req) };
  } catch (e) {
    console.error('[eMENSCR Assistant] snippet request failed', req.type, e);
    return { ok: false, error: toStoreError(e, req.type === 'snippets:save' || req.type === 'snippets:markUsed' ? 'write' : 'read').toJSON() };
  }
}

// ---------------------------------------------------------------- context menu

function menuTitle(s: TextSnippet): string {
  const name = s.name.replace(/&/g, '&&'); // a single & marks an access key in menu titles
  return name.length > 60 ? name.slice(0, 59) + '…' : name;
}

let menuChain: Promise<void> = Promise.resolve();
let menuTimer: ReturnType<typeof setTimeout> | null = null;

async function buildMenus(): Promise<void> {
  const cm = browser.contextMenus;
  await cm.removeAll();
  const base = { contexts: ['editable'] as ['editable'], documentUrlPatterns: EMENSCR_PATTERNS };
  cm.create({ ...base, id: MENU.insert, title: browser.i18n.getMessage('menuInsert') });
  let recent: Snippet[] = [];
  try {
    recent = (await listSnippets({ order: 'recent' })).filter((s) => s.kind === 'text').slice(0, MENU_RECENT);
  } catch (e) {
    console.warn('[eMENSCR Assistant] snippets unavailable for the context menu', e);
  }
  for (const s of recent) {
    cm.create({ ...base, id: MENU.insertPrefix + s.id, parentId: MENU.insert, title: menuTitle(s as TextSnippet) });
  }
  if (recent.length) cm.create({ ...base, id: MENU.separator, parentId: MENU.insert, type: 'separator' });
  cm.create({ ...base, id: MENU.pick, parentId: MENU.insert, title: browser.i18n.getMessage('menuPick') });
  cm.create({ ...base, id: MENU.saveField, title: browser.i18n.getMessage('menuSaveField') });
}

/** Rebuild the menu (debounced; one rebuild at a time, since removeAll/create race otherwise). */
export function rebuildMenus(delay = 150): void {
  if (menuTimer) clearTimeout(menuTimer);
  menuTimer = setTimeout(() => {
    menuTimer = null;
    menuChain = menuChain.then(buildMenus).catch((e) => console.warn('[eMENSCR Assistant] context menu', e));
  }, delay);
}

async function toTab(tabId: number | undefined, msg: SnippetPageRequest, frameId?: number): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await browser.tabs.sendMessage(tabId, msg, frameId === undefined ? undefined : { frameId });
  } catch {
    // no content script in that tab (not an eMENSCR page): nothing to do
  }
}

async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const id = String(info.menuItemId);
  const frameId = info.frameId;
  if (id === MENU.pick) return toTab(tab?.id, { type: 'snippets:openPicker', kind: 'text' }, frameId);
  if (id === MENU.saveField) return toTab(tab?.id, { type: 'snippets:saveField' }, frameId);
  if (id.startsWith(MENU.insertPrefix)) {
    const snippet = await getSnippet(id.slice(MENU.insertPrefix.length)).catch(() => undefined);
    if (snippet?.kind === 'text') return toTab(tab?.id, { type: 'snippets:insert', snippet }, frameId);
    // deleted meanwhile: let the user pick another
    return toTab(tab?.id, { type: 'snippets:openPicker', kind: 'text' }, frameId);
  }
}

async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== COMMAND_INSERT) return;
  let tabId = tab?.id;
  if (tabId === undefined) [{ id: tabId } = { id: undefined }] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  await toTab(tabId, { type: 'snippets:openPicker', kind: 'text' });
}

// ---------------------------------------------------------------- wiring

export function registerSnippetHandlers(): void {
  browser.runtime.onMessage.addListener((msg: unknown) => (isSnippetRequest(msg) ? reply(msg) : undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // menus outlive the worker, but the recent list must follow the library: rebuild on
  // install/update, on browser start, when the worker wakes, and after every change
  browser.runtime.onInstalled.addListener(() => rebuildMenus(0));
  browser.runtime.onStartup.addListener(() => rebuildMenus(0));
  onSnippetsChanged(() => rebuildMenus());
  rebuildMenus(0);
}
