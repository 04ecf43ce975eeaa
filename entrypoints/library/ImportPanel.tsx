/**
 * Import conflicts: a snippet in the file has the id or the name of a different one in
 * the library. For each: keep both (the incoming one renamed "… (นำเข้า)"), replace the
 * library's, or skip. Nothing is stored until "นำเข้า"; then all of it in one transaction.
 */
import { useState } from 'preact/hooks';
import type { ConflictChoice } from '@/utils/snippets/io';
import { render, t } from '@/utils/i18n';
import { preview } from '@/components/snippets/Picker';
import { LIST_PAGE, type PendingImport } from './pending';

const CHOICES: ConflictChoice[] = ['keep-both', 'replace', 'skip'];

export function ImportPanel({ pending, onApply, onCancel }: { pending: PendingImport; onApply: (c: ConflictChoice[]) => void; onCancel: () => void }) {
  const { plan } = pending;
  const [choices, setChoices] = useState<ConflictChoice[]>(() => plan.conflicts.map(() => 'keep-both'));
  const setAll = (c: ConflictChoice) => setChoices(plan.conflicts.map(() => c));
  // thousands of conflicts are decided with "for all"; drawing them all at once is a long task
  const [limit, setLimit] = useState(LIST_PAGE);

  return (
    <section class="lib-import" aria-labelledby="lib-import-title" data-testid="import-conflicts">
      <h2 id="lib-import-title">{t('lib.import.title')}</h2>
      <p>{t('lib.import.summary', plan.toAdd.length, plan.identical.length, plan.conflicts.length)}</p>
      {pending.warnings.length > 0 && <p class="lib-help">{pending.warnings.map(render).join('\n')}</p>}
      <p class="lib-help">
        {t('lib.import.all')}{' '}
        {CHOICES.map((c) => (
          <button key={c} type="button" class="lib-chip" onClick={() => setAll(c)}>
            {t(`lib.choice.${c}`)}
          </button>
        ))}
      </p>
      <ol class="lib-conflicts">
        {plan.conflicts.slice(0, limit).map((c, i) => (
          <li key={i}>
            <fieldset>
              <legend>
                {t(c.reason === 'same-id' ? 'lib.import.sameId' : 'lib.import.sameName', c.incoming.name)}
              </legend>
              <p class="lib-muted">
                {t('lib.import.inLibrary')}: {preview(c.existing)}
                <br />
                {t('lib.import.inFile')}: {preview(c.incoming)}
              </p>
              {CHOICES.map((choice) => (
                <label key={choice} class="lib-inline">
                  <input
                    type="radio"
                    name={`conflict-${i}`}
                    checked={choices[i] === choice}
                    onChange={() => {
                      const next = choices.slice();
                      next[i] = choice;
                      setChoices(next);
                    }}
                  />{' '}
                  {t(`lib.choice.${choice}`)}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      {plan.conflicts.length > limit && (
        <button type="button" class="lib-btn lib-more" onClick={() => setLimit((n) => n + LIST_PAGE)}>
          {t('lib.showMore', Math.min(LIST_PAGE, plan.conflicts.length - limit), limit, plan.conflicts.length)}
        </button>
      )}
      <div class="lib-editor-actions">
        <button type="button" class="lib-btn" onClick={onCancel}>
          {t('snip.cancel')}
        </button>
        <button type="button" class="lib-btn lib-primary" onClick={() => onApply(choices)}>
          {t('lib.import.apply')}
        </button>
      </div>
    </section>
  );
}
