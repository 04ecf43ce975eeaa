/**
 * Corrections from the panel (issue 14), content-script side: each finding's menu
 * ("ไม่ต้องตรวจช่องนี้", "แก้ชื่อช่อง…", "ช่องนี้คือ…"), the header's "ช่องที่ไม่ได้ตรวจ" and
 * "ส่งออกโครงสร้างหน้า", and their dialogs. A correction applies at once (the checker
 * re-runs with it), then the background validates and stores it (utils/corrections/store.ts);
 * if it is refused, it is taken back and the reason shown. Corrections of other tabs and
 * of policy arrive through storage.local `activeCorrections`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { addMessages, render as renderMsg, t, type Msg } from '@/utils/i18n';
import { corrections as correctionMessages } from '@/utils/i18n/messages/corrections';
import { KEYS } from '@/utils/settings';
import { asActive, readActiveCorrections } from '@/utils/corrections/read';
import { CONCEPTS } from '@/utils/corrections/constants';
import type { ActiveCorrection, Correction, CorrectionAction } from '@/utils/corrections/schema';
import type { LiveState } from '@/utils/content/live-checker';
import { FindingMenu } from '@/components/FindingMenu';
import { ConceptDialog, IgnoredDialog, RenameDialog, ReportDialog, TeachTools } from '@/components/TeachDialogs';
import teachCss from '@/components/teach.css?inline';
import type { PanelHost } from './panel-host';

addMessages(correctionMessages);

type Dialog =
  | { kind: 'rename'; index: number }
  | { kind: 'concept'; index: number }
  | { kind: 'ignored' }
  | { kind: 'report'; text: string; controls: number; fileName: string }
  | null;

export interface TeachOptions {
  ctx: ContentScriptContext;
  /** storage.local's active corrections as read with the content script's start (null: none stored); undefined: read them here */
  stored?: unknown;
  panel: PanelHost;
  live: () => LiveState | null;
  profile: () => Profile;
  /** re-run the rules with the current corrections */
  recheck: () => void;
  /** the page-structure report of the current screen, as text (utils/report) */
  report?: () => { text: string; controls: number; fileName: string } | null;
}

export interface Teach {
  corrections: () => readonly ActiveCorrection[];
}

export async function startTeach(opts: TeachOptions): Promise<Teach> {
  const { ctx, panel } = opts;
  // read with the content script's start when it could (one storage read, issue 12)
  let active = (opts.stored !== undefined ? asActive(opts.stored) : await readActiveCorrections()).entries;
  /** entries applied here and not yet confirmed by the background */
  let pending: ActiveCorrection[] = [];
  let removed = new Set<string>();
  let dialog: Dialog = null;
  let notice = '';

  const all = (): readonly ActiveCorrection[] =>
    pending.length || removed.size ? [...active.filter((c) => !removed.has(c.id)), ...pending] : active;

  const style = document.createElement('style');
  style.textContent = teachCss;
  const layer = document.createElement('div');
  layer.className = 'ea-teach-layer';
  panel.shadow.append(style, layer);

  const changed = () => {
    opts.recheck();
    panel.redraw();
    drawDialog();
  };

  const say = (text: string) => {
    notice = text;
    panel.redraw();
  };

  const send = async (message: unknown): Promise<Msg[] | null> => {
    try {
      const r = (await browser.runtime.sendMessage(message)) as { ok: boolean; issues?: Msg[] } | undefined;
      return r?.ok ? null : r?.issues ?? [];
    } catch (e) {
      return [{ id: 'corrections.err.saveFailed', params: [String(e instanceof Error ? e.message : e)] }];
    }
  };

  const refused = (issues: Msg[]) => say(t('corrections.err.saveFailed', issues.map(renderMsg).join('; ')));

  const fieldName = (index: number): string => {
    const live = opts.live();
    const f = live?.raw.fields[index];
    return (f && (f.label || f.section[f.section.length - 1])) || t('field.unnamed');
  };

  const add = async (index: number, action: CorrectionAction) => {
    const live = opts.live();
    const field = live?.facts.fields[index];
    if (!live || !field) return say(t('corrections.err.noField'));
    const c: Correction = {
      id: crypto.randomUUID(),
      screen: live.facts.key,
      field,
      action,
      createdAt: new Date().toISOString(),
    };
    pending = [...pending, c];
    const what =
      action.type === 'ignore' ? t('change.ignore') : action.type === 'rename' ? t('change.rename', action.name) : t('change.concept', t(`concept.${action.concept}`));
    notice = t('corrections.applied', `${fieldName(index)}: ${what}`);
    changed();
    const issues = await send({ type: 'corrections:add', correction: c });
    pending = pending.filter((p) => p.id !== c.id);
    if (issues) {
      refused(issues);
      changed();
    }
  };

  const remove = async (c: ActiveCorrection, label: string) => {
    removed = new Set([...removed, c.id]);
    notice = t('corrections.restored', label);
    changed();
    const issues = await send({ type: 'corrections:remove', id: c.id });
    if (issues) {
      removed.delete(c.id);
      refused(issues);
      changed();
    }
  };

  const closeDialog = () => {
    dialog = null;
    drawDialog();
    // back to the panel: the header's first action is always there
    (panel.shadow.querySelector('.ea-teach-tool') as HTMLElement | null)?.focus();
  };

  const indexOf = (f: Finding): number | null => {
    const key = f.fieldKeys[0];
    if (!key) return null;
    const i = Number(key.slice(1));
    return opts.live()?.raw.fields[i] ? i : null;
  };

  const drawDialog = () => {
    const live = opts.live();
    let node = null;
    if (dialog?.kind === 'rename') {
      const i = dialog.index;
      node = (
        <RenameDialog
          original={live?.raw.fields[i]?.label ?? ''}
          current={fieldName(i)}
          onClose={closeDialog}
          onSave={(name) => {
            closeDialog();
            void add(i, { type: 'rename', name });
          }}
        />
      );
    } else if (dialog?.kind === 'concept') {
      const i = dialog.index;
      const current = live?.snapshot.fields.find((f) => f.key === `f${i}`)?.concept;
      node = (
        <ConceptDialog
          field={fieldName(i)}
          concepts={CONCEPTS.filter((c) => c in opts.profile().fields).map((id) => ({ id, name: t(`concept.${id}`) }))}
          current={current}
          onClose={closeDialog}
          onSave={(concept) => {
            closeDialog();
            void add(i, { type: 'concept', concept: concept as (typeof CONCEPTS)[number] });
          }}
        />
      );
    } else if (dialog?.kind === 'ignored') {
      const items = (live?.applied.ignored ?? []).map(({ field, correction }) => ({
        id: correction.id,
        label: field.label || field.section[field.section.length - 1] || t('field.unnamed'),
        locked: Boolean(correction.locked),
      }));
      node = (
        <IgnoredDialog
          items={items}
          onClose={closeDialog}
          onRestore={(id) => {
            const item = live?.applied.ignored.find((x) => x.correction.id === id);
            if (item) void remove(item.correction, items.find((x) => x.id === id)!.label);
          }}
        />
      );
    } else if (dialog?.kind === 'report') {
      const { text, controls, fileName } = dialog;
      node = (
        <ReportDialog
          text={text}
          controls={controls}
          onClose={closeDialog}
          onSave={() => {
            download(layer, fileName, text);
            closeDialog();
            say(t('report.saved', fileName));
          }}
        />
      );
    }
    render(node, layer);
  };

  panel.setTeach({
    menu: (f) => {
      const i = indexOf(f);
      if (i === null) return null;
      return (
        <FindingMenu
          name={t('menu.buttonName')}
          description={t('menu.button', fieldName(i))}
          items={[
            { id: 'ignore', text: t('menu.ignore') },
            { id: 'rename', text: t('menu.rename') },
            { id: 'concept', text: t('menu.concept') },
          ]}
          onSelect={(id) => {
            if (id === 'ignore') void add(i, { type: 'ignore' });
            else {
              dialog = { kind: id === 'rename' ? 'rename' : 'concept', index: i };
              drawDialog();
            }
          }}
        />
      );
    },
    tools: () => (
      <TeachTools
        ignored={opts.live()?.applied.ignored.length ?? 0}
        notice={notice}
        onIgnored={() => {
          dialog = { kind: 'ignored' };
          drawDialog();
        }}
        onReport={
          opts.report
            ? () => {
                const r = opts.report!();
                if (!r) return;
                dialog = { kind: 'report', ...r };
                drawDialog();
              }
            : undefined
        }
      />
    ),
  });

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[KEYS.activeCorrections]) return;
    const next = asActive(changes[KEYS.activeCorrections]!.newValue).entries;
    // the same entries: nothing to check again or redraw. The background's policy sync stores
    // the (empty) list once after start, 3 s after a fresh browser's first check of the page:
    // a field check and a panel redraw of the 2,000-control form (5.9 ms) that landed among
    // the bench's unrelated-mutation runs (1 check in 30 runs, issue 12)
    if (JSON.stringify(next) === JSON.stringify(active)) return;
    active = next;
    // what the background confirmed is in `active` now
    removed = new Set([...removed].filter((id) => active.some((c) => c.id === id)));
    changed();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    render(null, layer);
  });

  return { corrections: all };
}

/**
 * Save text as a file through the browser's own download (nothing is sent anywhere). The
 * link lives in our shadow root, so the page never sees its address.
 */
function download(parent: Element, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
