/**
 * What the guard learns about projects as the user works, for later sends: the list row a
 * send starts from (right-click or click), and on the progress report form its last check
 * and budget type (browser.storage.local via utils/guard/memory).
 */
import type { Profile } from '@/utils/profile/schema';
import type { LiveState } from '@/utils/content/live-checker';
import { projectKeys, type ProjectMemory, type ProjectRecord, type ProjectRef } from '@/utils/guard/memory';
import { projectOfSnapshot, summariseCheck } from '@/utils/guard/facts';
import { eventElement, pageProjectId, readRow, type RowNote } from '@/utils/guard/dom';
import { isOwnUi } from '@/utils/guard/step';
import { classifyRecipient } from '@/utils/recipient';
import { HONORIFICS } from '@/utils/recipient/thai';

/** A position, or a name with a title ("นายสมชาย ใจดี"): a project name is neither. */
function isPersonOrPosition(text: string, profile: Profile): boolean {
  const kind = classifyRecipient(text, profile).kind;
  if (kind === 'recipient' || kind === 'notRecipient') return true;
  return kind === 'person' && HONORIFICS.some((h) => text.startsWith(h));
}

/** Rewrite an unchanged report check at most this often (its time moves on every keystroke). */
const CHECK_REWRITE_MS = 60 * 1000;

export class Rememberer {
  lastRow: RowNote | null = null;
  private lastCheckSig = '';
  private lastCheckWrite = 0;

  constructor(
    private memory: ProjectMemory,
    private profile: () => Profile,
  ) {}

  /** Remember the row a right-click or click happened in (the send list's project). */
  noteRow(e: Event): void {
    try {
      const el = eventElement(e);
      if (!el || isOwnUi(el)) return;
      const profile = this.profile();
      const note = readRow(el, profile, Date.now());
      if (!note) return;
      // a row of people (choosing the approver in a table) is not a project the send started from
      if (!note.id && !note.budgetType && note.name && isPersonOrPosition(note.name, profile)) return;
      const prev = this.lastRow;
      if (prev && note.id && prev.id === note.id) {
        note.name ??= prev.name;
        note.budgetType ??= prev.budgetType;
      }
      this.lastRow = note;
      if (note.budgetType) {
        const ref = { id: note.id, name: note.name };
        if (this.memory.recall(ref)?.budgetType !== note.budgetType) {
          this.memory.remember(ref, { budgetType: note.budgetType, budgetFrom: 'screen', budgetAt: Date.now() });
        }
      }
    } catch (err) {
      console.warn('[eMENSCR Assistant] send guard: could not read the row', err);
    }
  }

  /** On the progress report form: remember its last check (errors) and budget type for the project. */
  rememberCheck(live: LiveState): void {
    const profile = this.profile();
    const { name, budgetType } = projectOfSnapshot(live.snapshot, profile);
    const ref: ProjectRef = { id: pageProjectId(document), name };
    const keys = projectKeys(ref);
    if (!keys.length) return;
    const check = summariseCheck(live.result);
    const sig = JSON.stringify([keys, check.errors, budgetType]);
    const now = Date.now();
    if (sig === this.lastCheckSig && now - this.lastCheckWrite < CHECK_REWRITE_MS) return;
    this.lastCheckSig = sig;
    this.lastCheckWrite = now;
    const patch: Partial<ProjectRecord> = { check };
    if (budgetType && this.memory.recall(ref)?.budgetType !== budgetType) {
      Object.assign(patch, { budgetType, budgetFrom: 'screen', budgetAt: now });
    }
    this.memory.remember(ref, patch);
  }

  /** The user told the budget type: remembered for the project (or for this step only when it has no id or name). */
  answer(ref: ProjectRef, budgetTypeId: string): boolean {
    if (!projectKeys(ref).length) return false;
    this.memory.remember(ref, { budgetType: budgetTypeId, budgetFrom: 'answer', budgetAt: Date.now() });
    return true;
  }
}
