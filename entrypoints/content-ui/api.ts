/**
 * The contract between the two parts of the content script:
 *  - the always-loaded part (entrypoints/emenscr.content): checker, panel, badge, the send
 *    guard's interception and decision, the field the user works in, message handlers;
 *  - the UI loaded on first use or when the page is idle after a form was checked
 *    (entrypoints/content-ui/index.ts, built to /content-ui.js): the guard's dialog, the snippet
 *    bar at the foot of the panel, the snippet dialogs, the fill report and the fill engine.
 * The lazy part registers a ContentUi object on the isolated world's global under
 * UI_GLOBAL; entrypoints/emenscr.content/ui.ts imports it and hands out that object. Each part has its
 * own Preact and i18n: state crosses only through the arguments below.
 * Types and constants only: importing this adds no code to either bundle.
 */
import type { Lang } from '@/utils/i18n';
import type { Profile } from '@/utils/profile/schema';
import type { FillReport, PageReader } from '@/utils/fill';
import type { Caret } from '@/utils/fill/caret';
import type { LiveState } from '@/utils/content/live-checker';
import type { FormSnippet, SnippetKind, TextSnippet } from '@/utils/snippets/schema';
import type { SnippetPageRequest } from '@/utils/messages';
import type { GuardDialogProps } from '@/components/GuardDialog';

export const UI_GLOBAL = '__emenscrAssistantUI';
/** Bumped when ContentUi changes: a content script never uses a UI of another build. */
export const UI_VERSION = 3;

/** What the snippet bar in the panel shows below its buttons. */
export interface BarState {
  busy?: { done: number; total: number };
  report?: { name: string; report: FillReport };
  notice?: { text: string; error?: boolean };
}

/** What the snippet UI gets from the always-loaded part. */
export interface SnippetEnv {
  /** our layer in a closed shadow root of its own (the dialogs show stored snippets): the dialogs render here */
  layer: HTMLElement;
  /** the snippet bar renders here (the always-loaded part keeps it at the foot of the panel) */
  bar: HTMLElement;
  /** in the panel's shadow root: the bar's stylesheets go before it */
  barStyles: HTMLElement;
  /** puts the dialogs' host back in the page if the page removed it */
  attach(): void;
  /** inside our own UI (shadow host) */
  isOwn(node: EventTarget | null): boolean;
  /** the page field to insert into, with its caret (fresh when it still has focus) */
  target(): Caret | null;
  /** the page field the user was last in (right-clicked) */
  lastField(): HTMLElement | null;
  /** text went into `el`: it is the field now, its remembered caret is stale */
  inserted(el: HTMLElement): void;
  profile(): Profile;
  /** the live checker's last result */
  current(): LiveState | null;
  /** a fresh collector of the profile's placeholders */
  reader(): PageReader;
  /** aborted when the content script is invalidated */
  signal: AbortSignal;
}

export interface SnippetUi {
  /** a message from the background (context menu, command) or the popup */
  handle(req: SnippetPageRequest): void | Promise<void>;
  openPicker(kind?: SnippetKind): void;
  insert(snippet: TextSnippet): Promise<void>;
  fill(snippet: FormSnippet): Promise<void>;
  /** the context menu's "บันทึกข้อความในช่องนี้…" */
  openSaveField(): void;
  /** the bar's "บันทึกฟอร์มนี้เป็นชุดข้อความ…" */
  openSaveForm(): void;
  dispose(): void;
}

export interface ContentUi {
  version: typeof UI_VERSION;
  /** the language of the always-loaded part (its settings) */
  setLang(lang: Lang): void;
  /**
   * Render (or re-render) the guard's dialog into `layer`, shown with showModal() in the top
   * layer. True only when it is shown there and its buttons are what a click would hit; false
   * otherwise (the dialog is closed again, and the guard must let the held send go at once).
   * A shown dialog that later becomes unreachable (covered, closed or removed by the page)
   * calls props.onBack: the held send never outlives its dialog.
   */
  showGuardDialog(layer: HTMLElement, props: GuardDialogProps): boolean;
  closeGuardDialog(layer: HTMLElement): void;
  /** the snippet UI of this page (once per content script) */
  snippets(env: SnippetEnv): SnippetUi;
}
