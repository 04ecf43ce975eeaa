/**
 * The settings form. Every control has a visible label and hint; a bad value is named
 * next to its control (aria-invalid + aria-describedby) and the first one gets focus.
 * A value fixed by policy is shown disabled, with the administrator note.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { render, t } from '@/utils/i18n';
import type { Lang } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { saveSettings, type EffectiveState } from '@/utils/profile/store';
import type { SettingIssue, SettingKey } from '@/utils/settings-schema';
import { arabicDigits } from '@/utils/text';
import { DeadlineNote } from '@/components/DeadlineNote';

interface Values {
  deadlineDay: string;
  internalDeadlineDay: string;
  defaultBudgetType: string;
  language: Lang;
}

function toValues(s: Settings): Values {
  return {
    deadlineDay: String(s.deadlineDay),
    internalDeadlineDay: s.internalDeadlineDay === null ? '' : String(s.internalDeadlineDay),
    defaultBudgetType: s.defaultBudgetType ?? '',
    language: s.language,
  };
}

/** Whole numbers as typed (Thai digits too); anything else stays a string so validation names it. */
function toNumber(v: string): number | string {
  const s = arabicDigits(v).trim();
  return /^\d+$/.test(s) ? Number(s) : v;
}

function fromValues(v: Values): Record<SettingKey, unknown> {
  return {
    deadlineDay: toNumber(v.deadlineDay),
    internalDeadlineDay: v.internalDeadlineDay.trim() === '' ? null : toNumber(v.internalDeadlineDay),
    defaultBudgetType: v.defaultBudgetType || null,
    language: v.language,
  };
}

interface Props {
  settings: Settings;
  state: EffectiveState;
  onSaved: (s: Settings) => void;
}

export function SettingsForm({ settings, state, onSaved }: Props) {
  const [values, setValues] = useState<Values>(() => toValues(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const locked = new Set(state.status.lockedSettings);

  // a policy change moves the locked values (and, when a lock goes, shows the user's own
  // value again); the user's unsaved edits elsewhere stay
  const lockedKey = JSON.stringify([...locked].map((k) => [k, settings[k]]));
  const wasLocked = useRef<Set<SettingKey>>(locked);
  useEffect(() => {
    const changed = new Set([...wasLocked.current, ...locked]);
    wasLocked.current = locked;
    setValues((v) => {
      const next = { ...v };
      const fresh = toValues(settings);
      for (const k of changed) (next as Record<string, string>)[k] = fresh[k];
      return next;
    });
  }, [lockedKey]);

  const set = (key: keyof Values) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setValues((v) => ({ ...v, [key]: value }));
    setStatus(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await saveSettings(fromValues(values));
    if (!r.ok) {
      const byKey: Partial<Record<SettingKey, string>> = {};
      for (const i of r.issues as SettingIssue[]) if (i.key !== '*') byKey[i.key] ??= render(i.message);
      setErrors(byKey);
      setStatus({ kind: 'error', text: t('settings.invalid') });
      const first = Object.keys(byKey)[0];
      if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]:not([disabled])`)?.focus();
      return;
    }
    setErrors({});
    onSaved(r.settings);
    setStatus({ kind: 'ok', text: t('settings.saved') });
  };

  const describedBy = (key: SettingKey, hint = true) =>
    [hint ? `${key}-hint` : '', errors[key] ? `${key}-error` : '', locked.has(key) ? `${key}-locked` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const extras = (key: SettingKey) => (
    <>
      {locked.has(key) && (
        <p class="locked" id={`${key}-locked`} data-testid={`locked-${key}`}>
          {t('options.locked')}
        </p>
      )}
      {errors[key] && (
        <p class="field-error" id={`${key}-error`}>
          {errors[key]}
        </p>
      )}
    </>
  );

  const previewDays = toNumber(values.deadlineDay);
  const previewInternal = values.internalDeadlineDay.trim() === '' ? null : toNumber(values.internalDeadlineDay);
  const budgetKnown = !values.defaultBudgetType || state.profile.budgetTypes.some((b) => b.id === values.defaultBudgetType);

  /** A number-of-days field (the deadline and the province's internal deadline). */
  const dayField = (key: 'deadlineDay' | 'internalDeadlineDay') => (
    <div class="field">
      <label for={key}>{t(`settings.${key}`)}</label>
      <input
        id={key}
        name={key}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={4}
        value={values[key]}
        onInput={set(key)}
        disabled={locked.has(key)}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={describedBy(key)}
      />
      <p class="hint" id={`${key}-hint`}>{t(`settings.${key}Hint`)}</p>
      {extras(key)}
    </div>
  );

  return (
    <section aria-labelledby="settings-heading" class="card">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <form ref={form} onSubmit={submit} noValidate>
        {dayField('deadlineDay')}

        {dayField('internalDeadlineDay')}

        <div class="field">
          <label for="defaultBudgetType">{t('settings.defaultBudgetType')}</label>
          <select
            id="defaultBudgetType"
            name="defaultBudgetType"
            value={values.defaultBudgetType}
            onChange={set('defaultBudgetType')}
            disabled={locked.has('defaultBudgetType')}
            aria-invalid={errors.defaultBudgetType ? 'true' : undefined}
            aria-describedby={describedBy('defaultBudgetType')}
          >
            <option value="">{t('settings.budgetNone')}</option>
            {state.profile.budgetTypes.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
            {!budgetKnown && <option value={values.defaultBudgetType}>{values.defaultBudgetType}</option>}
          </select>
          <p class="hint" id="defaultBudgetType-hint">
            {t('settings.defaultBudgetTypeHint')}
            {!budgetKnown && ` · ${t('settings.budgetUnknown', values.defaultBudgetType)}`}
          </p>
          {extras('defaultBudgetType')}
        </div>

        <fieldset
          class="field"
          disabled={locked.has('language')}
          aria-describedby={describedBy('language', false)}
        >
          <legend>{t('settings.language')}</legend>
          {(
            [
              ['th', 'ไทย'],
              ['en', 'English'],
            ] as const
          ).map(([lang, name]) => (
            <label class="radio" key={lang}>
              <input
                type="radio"
                name="language"
                value={lang}
                checked={values.language === lang}
                onChange={set('language')}
              />{' '}
              <span lang={lang}>{name}</span>
            </label>
          ))}
          {extras('language')}
        </fieldset>

        {typeof previewDays === 'number' && (previewInternal === null || typeof previewInternal === 'number') && (
          <div class="preview">
            <p class="hint">{t('settings.preview')}</p>
            <DeadlineNote settings={{ deadlineDay: previewDays, internalDeadlineDay: previewInternal }} />
          </div>
        )}

        <div class="actions">
          <button type="submit" class="primary">
            {t('settings.save')}
          </button>
          <p class={`status ${status?.kind ?? ''}`} role="status" data-testid="settings-status">
            {status?.text ?? ''}
          </p>
        </div>
      </form>
    </section>
  );
}
