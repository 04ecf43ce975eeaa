/**
 * The content script's main part (loaded by the boot, entrypoints/emenscr.content/index.ts, on
 * eMENSCR pages with a field; entrypoints/content-main/api.ts): checks the form live, shows the
 * checklist panel, reports the count for the toolbar badge, answers the popup and guards the
 * send. Any error inside stays here: the page keeps working.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Boot, MainApi } from '@/entrypoints/content-main/api';
import { dispatchPageMessage, onPageMessage } from '@/utils/content/page-messages';
import type { ContentRequest, TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { KEYS, readSettings, readStart } from '@/utils/settings';
import { PANEL_PREFS_KEY } from '@/utils/panel-prefs';
import type { Profile } from '@/utils/profile/schema';
import { LiveChecker, type LiveState } from '@/utils/content/live-checker';
import { mountPanel, PRIVATE_ATTRIBUTE } from './panel-host';
import { goToField } from '@/utils/content/focus';
import { ProgressMemory, isSaveAction } from '@/utils/content/progress-memory';
import { startSnippets } from './snippets';
import { mountGuard } from './guard';
import { preloadUi, setLanguage, ui } from './ui';
import { startTeach } from './teach';
import { buildReport, reportFileName, reportText } from '@/utils/report/build';

export async function startMain(ctx: ContentScriptContext, boot: Boot): Promise<MainApi> {
  {
    let failed = false;
    let tabState: TabState = { isForm: false, screen: 'other', result: null, url: location.href };
    let lastSent = '';
    /** what the panel last drew from (findings, counts, send state, the fields' elements) */
    let lastDrawn = '';
    let lastElements: readonly Element[] | null = null;

    // one storage read; the default profile is stored by the background, not carried here
    // settings, profile, the panel's choices, the active corrections, the guard's project memory
    // and the progress history: one read at start (issue 12; the guard read all of storage
    // anyway for its memory)
    const start = await readStart('all');
    let settings = start.settings;
    let defaultProfile: Profile | null = start.defaultProfile;
    let usingDefault = start.profile === null || start.profile === defaultProfile;
    let profile: Profile = start.profile ?? (defaultProfile = (await browser.runtime.sendMessage({ type: 'defaultProfile' })) as Profile);
    const memory = new ProgressMemory(() => checker.recheck(), start.more);
    setLanguage(settings.language);

    const activate = (f: Finding) => {
      const el = f.fieldKeys.length ? checker.elementOf(f.fieldKeys[0]!) : undefined;
      if (el) goToField(el, panel.highlight);
    };
    const panel = mountPanel(ctx, activate, start.more ? (start.more[PANEL_PREFS_KEY] ?? null) : undefined);
    const host = panel.host;
    // "อย่ากดส่งผิด": stops a send to the wrong approver or of an incomplete report (utils/guard)
    const guard = mountGuard({ ctx, host, profile: () => profile, recheck: () => checker.recheck(), ui, settings, stored: start.more });
    // the rows clicked before this part was up: a send may start from one of them
    for (const e of boot.takePointers()) guard.notePointer(e);

    const report = () => {
      // badge: only tell the background when something it shows changed
      const key = JSON.stringify([tabState.isForm, tabState.failed, tabState.result?.findings.map((f) => f.severity), tabState.send?.verdict]);
      if (key === lastSent) return;
      lastSent = key;
      browser.runtime.sendMessage({ type: 'tabState', state: tabState }).catch(() => {});
    };

    const onResult = (live: LiveState) => {
      // a check that failed once does not hide the checklist for good: the next good one clears it
      failed = false;
      tabState = {
        isForm: live.isForm,
        screen: live.screen.id,
        result: live.result,
        failed,
        url: location.href,
        send: guard.onResult(live),
      };
      host.dataset.lastCheckMs = live.lastCheckMs.toFixed(3);
      if (__TEST_HOOKS__) host.dataset.lastCheckKind = live.lastCheckKind;
      host.dataset.checks = String(Number(host.dataset.checks ?? 0) + 1);
      // redraw only when something the panel shows changed: typing in a filled field or a
      // re-check of an unchanged page leaves the findings as they are
      const drawKey = JSON.stringify([tabState.isForm, tabState.screen, tabState.url, tabState.send, live.result.fieldCount, live.result.findings, settings.language]);
      if (drawKey !== lastDrawn || checker.fieldElements !== lastElements) {
        lastDrawn = drawKey;
        lastElements = checker.fieldElements;
        panel.update(tabState, checker.fieldElements);
      }
      report();
      // the dialogs (guard, snippets) load when the page is idle after the user's first input
      // on a form (./ui.ts): the send finds them ready, and pages without a form never load them
      if (live.isForm) preloadUi(ctx);
    };

    // corrections (issue 14): read before the first check, so an ignored field never flashes up
    const teach = await startTeach({
      ctx,
      // null: read with the start, nothing stored
      stored: start.more ? (start.more[KEYS.activeCorrections] ?? null) : undefined,
      panel,
      live: () => checker.current,
      profile: () => profile,
      recheck: () => checker.recheck(),
      report: () => {
        const live = checker.flush();
        if (!live) return null;
        const r = buildReport({
          raw: live.raw,
          elements: checker.fieldElements,
          fields: checker.describeFields(),
          facts: live.facts,
          applied: live.applied,
          screenId: live.screen.id,
          profile,
        });
        return { text: reportText(r), controls: r.controls.length, fileName: reportFileName(r) };
      },
    });

    const checker = new LiveChecker({
      doc: document,
      profile: () => profile,
      corrections: teach.corrections,
      context: (snapshot, screen) => ({
        calendar: { deadlineDay: settings.deadlineDay, internalDeadlineDay: settings.internalDeadlineDay },
        history: screen.id === 'progressReport' ? memory.historyFor(snapshot, profile) : undefined,
      }),
      // the panel's host and the snippet dialogs' (closed) host: typing there is not the form's
      isOwnNode: (n) => n === host || host.contains(n) || (n instanceof Element && n.hasAttribute(PRIVATE_ATTRIBUTE)),
      onResult,
      onError: (e) => {
        failed = true;
        console.warn('[eMENSCR Assistant] check failed; the page is not affected', e);
        tabState = { ...tabState, failed: true };
        lastDrawn = '';
        panel.update(tabState, []);
        report();
      },
    });
    checker.start();
    const snippets = startSnippets({ ctx, panel, checker, profile: () => profile, ui });

    // Benchmark hook (bench/run.mjs), in the test build only: a `emenscr-assistant:recheck` event
    // on document triggers an immediate full re-check (cached labels kept); it changes nothing else.
    if (__TEST_HOOKS__) ctx.addEventListener(document as EventTarget, 'emenscr-assistant:recheck', () => checker.fullScan());

    ctx.addEventListener(window, 'wxt:locationchange', () => checker.reset());

    // progress is remembered only when the user saves the report
    const onSave = (e: Event) => {
      try {
        if (e.type === 'click' && !isSaveAction(e.target, profile)) return;
        if (e.type === 'submit' && !isSaveAction((e as SubmitEvent).submitter ?? null, profile)) return;
        const live = checker.flush();
        if (!live || live.screen.id !== 'progressReport') return;
        void memory.rememberSaved(live.snapshot, profile, live.screen.fiscalYear).catch(() => {});
      } catch {
        /* never in the way of the user's own save */
      }
    };
    ctx.addEventListener(document, 'click', onSave, { capture: true });
    ctx.addEventListener(document, 'submit', onSave, { capture: true });

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const def = changes[KEYS.defaultProfile]?.newValue as Profile | undefined;
      if (def) defaultProfile = def;
      if (changes[KEYS.activeProfile] || (def && usingDefault)) {
        const active = changes[KEYS.activeProfile] ? (changes[KEYS.activeProfile]?.newValue as Profile | undefined) : usingDefault ? undefined : profile;
        usingDefault = !active;
        profile = active ?? defaultProfile ?? profile;
        checker.reset();
      }
      if (changes[KEYS.settings] || changes[KEYS.managedSettings]) {
        void readSettings().then((s) => {
          settings = s;
          setLanguage(s.language);
          snippets.drawButtons();
          checker.reset();
        });
      }
    });

    onPageMessage((msg: unknown) => {
      const req = msg as ContentRequest;
      if (req?.type === 'getState') return Promise.resolve(tabState);
      if (req?.type === 'activateFinding') {
        const f = tabState.result?.findings.find((x) => x.id === req.findingId);
        if (f) activate(f);
        return Promise.resolve(Boolean(f));
      }
      return undefined;
    });

    ctx.onInvalidated(() => checker.stop());
    return { handle: dispatchPageMessage, held: (e, raw, at) => guard.held(e, raw, at) };
  }
}
