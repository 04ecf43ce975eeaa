/**
 * "รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · ครบกำหนด 10 ม.ค. 2570 · เหลือ 36 วัน": the next deadline
 * not yet passed (utils/deadline.ts chooses it) and how far it is; "overdue" only for a quarter
 * known to be unreported. Reads the settings and saved reports itself unless given them (the
 * options page passes the form's values as a preview).
 */
import { useEffect, useState } from 'preact/hooks';
import './deadline-note.css';
import { addMessages, t } from '@/utils/i18n';
import { formatDate } from '@/utils/i18n/format';
import { deadline as deadlineMessages } from '@/utils/i18n/messages/deadline';
import { browser } from 'wxt/browser';
import { deadlineState, deadlineStatus, savedReportsIn, type DeadlineStatus } from '@/utils/deadline';
import { readSettings, type Settings } from '@/utils/settings';

addMessages(deadlineMessages);

type DeadlineSettings = Pick<Settings, 'deadlineDay' | 'internalDeadlineDay'>;

/** The note's text, part by part (joined with " · "). */
export function deadlineText(p: DeadlineStatus): string {
  const toInternal = p.daysLeftTo === 'internal' && p.internalDeadline !== undefined;
  const parts = [t('deadline.period', p.quarter, p.fiscalYear)];
  if (toInternal) parts.push(t('deadline.internal', formatDate(p.internalDeadline!)));
  parts.push(t('deadline.due', formatDate(p.deadline)));
  if (p.overdue) parts.push(t('deadline.overdue', -p.daysLeft));
  else if (p.daysLeft === 0) parts.push(t(toInternal ? 'deadline.todayInternal' : 'deadline.today'));
  else parts.push(t(toInternal ? 'deadline.leftInternal' : 'deadline.left', p.daysLeft));
  return parts.join(' · ');
}

export function DeadlineNote({ settings, today }: { settings?: DeadlineSettings; today?: Date }) {
  const [stored, setStored] = useState<DeadlineSettings | null>(null);
  const [saved, setSaved] = useState<Record<string, unknown>[] | undefined>(undefined);
  useEffect(() => {
    if (!settings) void readSettings().then(setStored);
    // the saved reports tell whether a passed deadline's quarter is still unreported
    void browser.storage.local
      .get(null)
      .then((all) => setSaved(savedReportsIn(all)))
      .catch(() => setSaved([]));
  }, [settings]);
  const s = settings ?? stored;
  if (!s) return null;
  const status = deadlineStatus(s, today ?? new Date(), saved);
  if (!status) return null;
  return (
    <p class="ea-deadline" data-state={status.overdue ? 'overdue' : deadlineState(status.daysLeft)} data-testid="deadline-note">
      <span class="ea-visually-hidden">{t('deadline.label')}: </span>
      {deadlineText(status)}
    </p>
  );
}
