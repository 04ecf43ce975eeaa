/**
 * Corrections taught from the panel (issue 14): one row per correction with its screen,
 * field, change and date; the user's own can be deleted (with undo), the policy's are
 * shown locked. Writes go through utils/corrections/store.ts (validated with zod).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { render, t, type Msg } from '@/utils/i18n';
import { formatDateTime } from '@/utils/i18n/format';
import { KEYS } from '@/utils/settings';
import { asActive, type ActiveCorrections } from '@/utils/corrections/read';
import { addCorrection, removeCorrection, syncCorrections } from '@/utils/corrections/store';
import type { ActiveCorrection } from '@/utils/corrections/schema';

function fieldName(c: ActiveCorrection): string {
  return c.field.label || c.field.section[c.field.section.length - 1] || t('field.unnamed');
}

function change(c: ActiveCorrection): string {
  const a = c.action;
  if (a.type === 'ignore') return t('change.ignore');
  if (a.type === 'rename') return t('change.rename', a.name);
  return t('change.concept', t(`concept.${a.concept}`));
}

type Status = { text: string; undo?: ActiveCorrection } | { error: Msg[] } | null;

export function CorrectionsSection() {
  const [active, setActive] = useState<ActiveCorrections | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void syncCorrections().then(setActive).catch(() => setActive({ entries: [], policyIssues: [] }));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[KEYS.activeCorrections]) setActive(asActive(changes[KEYS.activeCorrections]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const announce = (s: Status) => {
    setStatus(s);
    setTimeout(() => statusRef.current?.querySelector<HTMLElement>('button')?.focus() ?? statusRef.current?.focus(), 0);
  };

  const remove = async (c: ActiveCorrection) => {
    const r = await removeCorrection(c.id);
    if (!r.ok) return announce({ error: r.issues });
    setActive(r.active);
    announce({ text: t('options.corrections.deleted', fieldName(c)), undo: c });
  };

  const undo = async (c: ActiveCorrection) => {
    const { locked: _locked, ...entry } = c;
    const r = await addCorrection(entry);
    if (!r.ok) return announce({ error: r.issues });
    setActive(r.active);
    announce({ text: t('options.corrections.undone', fieldName(c)) });
  };

  if (!active) return null;
  return (
    <section aria-labelledby="corrections-heading" class="card" data-testid="corrections">
      <h2 id="corrections-heading">{t('options.corrections.heading')}</h2>
      <p class="hint">{t('options.corrections.intro')}</p>
      {active.policyIssues.length > 0 && (
        <div class="notice error" data-testid="policy-corrections-invalid">
          <p>{t('options.corrections.policyInvalid')}</p>
          <ul class="issues">
            {active.policyIssues.map((m, i) => (
              <li key={i}>{render(m)}</li>
            ))}
          </ul>
        </div>
      )}
      <div ref={statusRef} tabIndex={-1} role="status" class="result" data-testid="corrections-status">
        {status && 'text' in status && (
          <p class="ok">
            {status.text}{' '}
            {status.undo && (
              <button type="button" onClick={() => void undo(status.undo!)}>
                {t('options.corrections.undo')}
              </button>
            )}
          </p>
        )}
        {status && 'error' in status && (
          <ul class="issues notice error">
            {status.error.map((m, i) => (
              <li key={i}>{render(m)}</li>
            ))}
          </ul>
        )}
      </div>
      {active.entries.length === 0 ? (
        <p data-testid="corrections-none">{t('options.corrections.none')}</p>
      ) : (
        <table class="corrections">
          <thead>
            <tr>
              <th scope="col">{t('options.corrections.screen')}</th>
              <th scope="col">{t('options.corrections.field')}</th>
              <th scope="col">{t('options.corrections.change')}</th>
              <th scope="col">{t('options.corrections.when')}</th>
              <th scope="col">{t('options.corrections.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {active.entries.map((c) => (
              <tr key={c.id} data-correction={c.id} data-locked={c.locked ? 'true' : undefined}>
                <td>
                  {c.screen.title && <span class="screen-title">{c.screen.title}</span>}
                  <code class="route">{c.screen.route}</code>
                </td>
                <td>{fieldName(c)}</td>
                <td>{change(c)}</td>
                <td>{formatDateTime(new Date(c.createdAt))}</td>
                <td>
                  {c.locked ? (
                    <span class="locked">{t('options.corrections.locked')}</span>
                  ) : (
                    <button type="button" class="danger" onClick={() => void remove(c)}>
                      {t('options.corrections.delete', fieldName(c))}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
