/**
 * What the extension does when it is installed or updated: the welcome page on a first install,
 * a short "what's new" note (shown once in the popup and options) on an update that changes
 * something users see. Pure, unit-tested; the background does the opening.
 */
import { browser } from 'wxt/browser';

export const WHATS_NEW_KEY = 'whatsNew';

/** Versions whose changes users see, newest first, with the ids of their "what's new" lines (utils/i18n/messages/welcome.ts). */
export const RELEASE_NOTES: { version: string; items: string[] }[] = [
  { version: '0.2.0', items: ['welcome.new.deadline', 'welcome.new.panel', 'welcome.new.english', 'welcome.new.shortcut'] },
];

export interface InstallAction {
  openWelcome: boolean;
  /** version whose notes to show, or null */
  whatsNew: string | null;
}

function cmp(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** runtime.onInstalled → what to do. An update shows notes only when a noted version lies after the previous one. */
export function installAction(reason: string, version: string, previousVersion?: string): InstallAction {
  if (reason === 'install') return { openWelcome: true, whatsNew: null };
  if (reason !== 'update' || !previousVersion) return { openWelcome: false, whatsNew: null };
  const noted = RELEASE_NOTES.find((r) => cmp(r.version, previousVersion) > 0 && cmp(r.version, version) <= 0);
  return { openWelcome: false, whatsNew: noted ? noted.version : null };
}

/** The notes of a version (empty when unknown). */
export function notesOf(version: string | null | undefined): string[] {
  return RELEASE_NOTES.find((r) => r.version === version)?.items ?? [];
}

/** The installed version ('' where the manifest cannot be read, as in unit tests' fake browser). */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
