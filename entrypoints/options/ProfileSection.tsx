/**
 * The eMENSCR profile: which one is active, import (file input or drop), export, reset.
 * A bad file changes nothing and gets a list of the bad paths.
 */
import { useRef, useState } from 'preact/hooks';
import { getLang, render, t, type Msg } from '@/utils/i18n';
import { checkProfileSize, profileToText } from '@/utils/profile/parse';
import { importProfileText, resetProfile, type EffectiveState } from '@/utils/profile/store';
import { userCorrections } from '@/utils/corrections/store';
import { ProfileView } from './ProfileView';
import { downloadJson } from '@/utils/files';

type Outcome =
  | { kind: 'ok'; text: string; notes?: Msg[] }
  | { kind: 'error'; title: string; issues: Msg[] }
  | { kind: 'busy' }
  | null;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ProfileSection({ state }: { state: EffectiveState }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const locked = state.source === 'managed';
  const { profile } = state;

  const show = (o: Outcome) => {
    setOutcome(o);
    // errors: move focus to the message so keyboard and screen-reader users hear it
    if (o?.kind === 'error') setTimeout(() => result.current?.focus(), 0);
  };

  const importFile = async (file: File | undefined) => {
    if (!file || locked) return;
    show({ kind: 'busy' });
    const tooLarge = checkProfileSize(file.size);
    if (tooLarge) return show({ kind: 'error', title: t('profile.importFailed', file.name), issues: tooLarge.issues });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return show({ kind: 'error', title: t('profile.readFailed'), issues: [] });
    }
    const r = await importProfileText(text);
    if (input.current) input.current.value = ''; // the same file can be chosen again
    if (!r.ok) return show({ kind: 'error', title: t('profile.importFailed', file.name), issues: r.issues });
    show({ kind: 'ok', text: t('profile.imported', r.state.profile.name), notes: r.notes });
  };

  const reset = async () => {
    if (!window.confirm(t('profile.resetConfirm'))) return;
    const r = await resetProfile();
    show(r.ok ? { kind: 'ok', text: t('profile.resetDone') } : { kind: 'error', title: r.issues[0] ? render(r.issues[0]) : '', issues: [] });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFile(e.dataTransfer?.files?.[0]);
  };

  // the file carries the corrections in force that are the user's own (utils/corrections), after the profile's own
  const exportProfile = async () => {
    const mine = await userCorrections().catch(() => []);
    const own = profile.corrections ?? [];
    const corrections = [...own, ...mine.filter((c) => !own.some((o) => o.id === c.id))];
    downloadJson(`emenscr-profile-${today()}.json`, profileToText(corrections.length ? { ...profile, corrections } : profile));
  };

  const en = getLang() === 'en';
  return (
    <section aria-labelledby="profile-heading" class="card">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <p class="active-profile" data-testid="active-profile">
        {/* the profile's name is data (an administrator's or the default's Thai name): marked with its language */}
        {t('profile.active', '')}
        <span lang={/[\u0E00-\u0E7F]/.test(profile.name) ? 'th' : undefined}>{profile.name}</span>
        {` · ${t(`profile.source.${state.source}`)}`}
      </p>
      {locked && (
        <p class="locked" id="profile-locked" data-testid="profile-locked">
          {t('profile.lockedNote')}
        </p>
      )}

      <div
        class={`dropzone${dragging ? ' dragging' : ''}${locked ? ' disabled' : ''}`}
        onDragOver={(e) => {
          if (locked) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <label for="profile-file">{t('profile.import')}</label>
        <input
          id="profile-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={locked}
          aria-describedby={locked ? 'profile-file-hint profile-locked' : 'profile-file-hint'}
          onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="hint" id="profile-file-hint">
          {t('profile.importHint')}
        </p>
      </div>

      <div ref={result} tabIndex={-1} class="result" role="status" data-testid="import-result">
        {outcome?.kind === 'busy' && <p>{t('profile.importing')}</p>}
        {outcome?.kind === 'ok' && (
          <>
            <p class="ok" data-testid="import-ok">
              {outcome.text}
            </p>
            {outcome.notes && outcome.notes.length > 0 && (
              <ul class="issues notes" data-testid="import-notes">
                {outcome.notes.map((line, i) => (
                  <li key={i}>{render(line)}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {outcome?.kind === 'error' && (
          <div class="notice error" data-testid="import-error">
            <p>{outcome.title}</p>
            {outcome.issues.length > 0 && (
              <ul class="issues">
                {outcome.issues.map((line, i) => (
                  <li key={i}>{render(line)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div class="actions">
        <button type="button" onClick={() => void exportProfile()}>
          {t('profile.export')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => void reset()}
          disabled={locked || (state.source === 'default' && !state.status.userProfileIssues.length && !state.hasUserCorrections)}
          aria-describedby={locked ? 'profile-locked' : undefined}
        >
          {t('profile.reset')}
        </button>
      </div>

      <ProfileView profile={profile} lang={en ? 'en' : 'th'} />
    </section>
  );
}
