/**
 * The active profile, readable: label variants per concept, plans with their fiscal
 * years, budget types with their recipients, placeholders, the deadline day.
 * Everything is rendered as text nodes (the profile may come from a file: never HTML).
 */
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/i18n';
import type { PlanDef, Profile } from '@/utils/profile/schema';

function Chips({ items, testId }: { items: readonly string[]; testId?: string }) {
  if (!items.length) return <span class="none">{t('view.none')}</span>;
  return (
    <ul class="chips" data-testid={testId}>
      {items.map((s, i) => (
        <li key={i} lang="th">
          {s}
        </li>
      ))}
    </ul>
  );
}

/** "ตั้งแต่ปีงบประมาณ 2566", "ถึงปีงบประมาณ 2565", "ปีงบประมาณ 2566–2570", "ทุกปีงบประมาณ". */
export function fiscalYearsText(plan: Pick<PlanDef, 'fiscalYears'>): string {
  const r = plan.fiscalYears;
  if (r?.from !== undefined && r.to !== undefined) return t('view.yearRange', r.from, r.to);
  if (r?.from !== undefined) return t('view.fromYear', r.from);
  if (r?.to !== undefined) return t('view.toYear', r.to);
  return t('view.allYears');
}

function conceptName(prefix: string, key: string): string {
  const k = `${prefix}.${key}`;
  const name = t(k);
  return name === k ? key : name;
}

export function ProfileView({ profile, lang }: { profile: Profile; lang: Lang }) {
  return (
    <div class="profile-view" data-testid="profile-view" data-lang={lang}>
      <h3>{t('view.heading')}</h3>
      <p data-testid="profile-deadline">{t('view.deadline', profile.calendar.deadlineDay)}</p>

      <h4>{t('view.fields')}</h4>
      <dl class="concepts" data-testid="profile-fields">
        {Object.entries(profile.fields).map(([key, variants]) => (
          <div key={key} class="concept" data-concept={key}>
            <dt>{conceptName('concept', key)}</dt>
            <dd>
              <Chips items={variants} />
            </dd>
          </div>
        ))}
      </dl>

      <h4>{t('view.statuses')}</h4>
      <dl class="concepts">
        {Object.entries(profile.statuses).map(([key, variants]) => (
          <div key={key} class="concept">
            <dt>{conceptName('status', key)}</dt>
            <dd>
              <Chips items={variants} />
            </dd>
          </div>
        ))}
      </dl>

      <h4>{t('view.plans')}</h4>
      <ul class="plans" data-testid="profile-plans">
        {profile.plans.map((p) => (
          <li key={p.id} data-plan={p.id}>
            <p>
              <strong lang="th">{p.name}</strong>
              {' · '}
              {p.required ? t('view.required') : t('view.optional')}
              {' · '}
              {fiscalYearsText(p)}
            </p>
            <p class="sub">{t('view.variants')}:</p>
            <Chips items={p.variants} />
          </li>
        ))}
      </ul>

      <h4>{t('view.budgetTypes')}</h4>
      <ul class="budget-types" data-testid="profile-budget-types">
        {profile.budgetTypes.map((b) => (
          <li key={b.id} data-budget-type={b.id}>
            <p>
              <strong lang="th">{b.name}</strong> ({b.id}) {' → '}
              <span lang="th">{t('view.sendTo', b.recipient.title)}</span>
            </p>
            <p class="sub">{t('view.variants')}:</p>
            <Chips items={b.variants} />
            <p class="sub">{t('view.recipientVariants')}:</p>
            <Chips items={b.recipient.variants} />
          </li>
        ))}
      </ul>

      <h4>{t('view.notRecipients')}</h4>
      <Chips items={profile.notRecipients} />

      <h4>{t('view.placeholders')}</h4>
      <Chips items={profile.placeholders} testId="profile-placeholders" />

      <h4>{t('view.saveActions')}</h4>
      <Chips items={profile.saveActions} />

      <h4>{t('view.sendActions')}</h4>
      <Chips items={profile.sendActions} />

      <details>
        <summary>{t('view.abbreviations')}</summary>
        <dl class="concepts">
          {Object.entries(profile.abbreviations).map(([abbr, full]) => (
            <div key={abbr} class="concept">
              <dt lang="th">{abbr}</dt>
              <dd lang="th">{full}</dd>
            </div>
          ))}
        </dl>
      </details>

      <details>
        <summary>{t('view.screens')}</summary>
        <dl class="concepts">
          {Object.entries(profile.screens).map(([id, sig]) => (
            <div key={id} class="concept">
              <dt>{t(`screen.${id}`)}</dt>
              <dd>
                <p class="sub">{t('view.screenHeadings')}:</p>
                <Chips items={sig.headings} />
                <p class="sub">{t('view.screenLabels')}:</p>
                <Chips items={sig.labels} />
                <p class="sub">{t('view.screenUrls')}:</p>
                <Chips items={sig.urlPatterns} />
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
