/**
 * "รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 69 · เหลือ 3 วัน": the quarter being
 * reported today and how far its deadline is. Reads the settings itself unless given them
 * (the options page passes the form's values as a preview).
 */
import { useEffect, useState } from 'preact/hooks';
import './deadline-note.css';
import { addMessages, t } from '@/utils/i18n';
import { formatDate } from '@/utils/i18n/format';
import { deadline as deadlineMessages } from '@/utils/i18n/messages/deadline';
import type { ReportingPeriod } from '@/utils/calendar';
import { currentPeriod, deadlineState } from '@/utils/deadline';
import { readSettings, type Settings } from '@/utils/settings';

addMessages(deadlineMessages);

type DeadlineSettings = Pick<Settings, 'deadlineDay' | 'internalDeadlineDay'>;

/** The note's text, part by part (joined with " · "). */
export function deadlineText(p: ReportingPeriod): string {
  const toInternal = p.daysLeftTo === 'internal' && p.internalDeadline !== undefined;
  const parts = [t('deadline.period', p.quarter, p.fiscalYear)];
  if (toInternal) parts.push(t('deadline.internal', formatDate(p.internalDeadline!)));
  parts.push(t('deadline.due', formatDate(p.deadline)));
  if (p.daysLeft < 0) parts.push(t('deadline.overdue', -p.daysLeft));
  else if (p.daysLeft === 0) parts.push(t(toInternal ? 'deadline.todayInternal' : 'deadline.today'));
  else parts.push(t(toInternal ? 'deadline.leftInternal' : 'deadline.left', p.daysLeft));
  return parts.join(' · ');
}

export function DeadlineNote({ settings, today }: { settings?: DeadlineSettings; today?: Date }) {
  const [stored, setStored] = useState<DeadlineSettings | null>(null);
  useEffect(() => {
    if (!settings) void readSettings().then(setStored);
  }, [settings]);
  const s = settings ?? stored;
  if (!s) return null;
  const period = currentPeriod(s, today ?? new Date());
  if (!period) return null;
  return (
    <p class="ea-deadline" data-state={deadlineState(period.daysLeft)} data-testid="deadline-note">
      <span class="ea-visually-hidden">{t('deadline.label')}: </span>
      {deadlineText(period)}
    </p>
  );
}
