/** The guard's dialog and the send-step card, rendered (Thai and English). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { decideSend } from '@/utils/guard/decide';
import { setLang } from '@/utils/i18n';
import { GuardDialog } from '@/components/GuardDialog';
import { SendCheck } from '@/components/SendCheck';
import { trustedClick, trustedKey } from './trusted-events';

const OSM = 'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)';

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

afterEach(() => setLang('th'));

describe('GuardDialog', () => {
  const wrong = decideSend(
    {
      recipient: OSM,
      budget: { budgetType: 'provincial', source: 'row' },
      lastCheck: { errors: [{ message: 'rule.fieldEmpty', params: ['ปัญหา/อุปสรรค'] }], checkedAt: new Date(2026, 10, 21, 9, 5).getTime() },
    },
    P,
  );

  it('says what is wrong in Thai, names the recipient, lists the unmet check with its time', () => {
    const onBack = vi.fn();
    const root = mount(<GuardDialog decision={wrong} recipient={OSM} profile={P} answered={false} onBack={onBack} onProceed={() => {}} onAnswer={() => {}} />);
    const dlg = root.querySelector('[role="alertdialog"]')!;
    expect(dlg.getAttribute('aria-modal')).toBe('true');
    const text = dlg.textContent!;
    expect(text).toContain('ผู้อนุมัติที่เลือกเป็นผู้รับรายงานของงบกลุ่มจังหวัด ไม่ใช่ของงบจังหวัด');
    expect(text).toContain('รายงานงบจังหวัดต้องส่งถึง หัวหน้าสำนักงานจังหวัด');
    expect(text).toContain('แหล่งงบประมาณ: งบจังหวัด (จากรายการโครงการ)');
    expect(text).toContain('การตรวจรายงานครั้งล่าสุด (21 พฤศจิกายน 2569 เวลา 09:05 น.) ยังมี 1 ข้อที่ต้องแก้ไข');
    expect(text).toContain('ยังไม่ได้กรอก: ปัญหา/อุปสรรค');
    expect([...dlg.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['กลับไปแก้ไข', 'ส่งต่อไป']);
    // a page script's Escape does nothing; the user's goes back
    dlg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onBack).not.toHaveBeenCalled();
    trustedKey(dlg, 'Escape');
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('asks for the budget type when it is unknown, and reports the answer', () => {
    const d = decideSend({ recipient: OSM, budget: { budgetType: null, source: 'none' }, lastCheck: null }, P);
    const onAnswer = vi.fn();
    const root = mount(<GuardDialog decision={d} recipient={OSM} profile={P} answered={false} onBack={() => {}} onProceed={() => {}} onAnswer={onAnswer} />);
    expect(root.textContent).toContain('โครงการนี้ใช้งบประมาณประเภทใด');
    const choices = [...root.querySelectorAll<HTMLButtonElement>('[data-budget-type]')];
    expect(choices.map((b) => b.textContent)).toEqual(['งบจังหวัด', 'งบกลุ่มจังหวัด']);
    // the page cannot answer for the user (issue 11: a page script's answer was stored as the user's)
    choices[1]!.click();
    choices[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onAnswer).not.toHaveBeenCalled();
    trustedClick(choices[1]!);
    expect(onAnswer).toHaveBeenCalledWith('cluster');
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it('is a native dialog whose buttons act only on the user’s own clicks', () => {
    const onBack = vi.fn();
    const onProceed = vi.fn();
    const root = mount(<GuardDialog decision={wrong} recipient={OSM} profile={P} answered={false} onBack={onBack} onProceed={onProceed} onAnswer={() => {}} />);
    const dlg = root.querySelector('[role="alertdialog"]')!;
    expect(dlg.tagName).toBe('DIALOG');
    const back = dlg.querySelector<HTMLButtonElement>('[data-guard="back"]')!;
    const proceed = dlg.querySelector<HTMLButtonElement>('[data-guard="proceed"]')!;
    proceed.click();
    back.click();
    proceed.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    dlg.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onProceed).not.toHaveBeenCalled();
    expect(onBack).not.toHaveBeenCalled();
    trustedClick(proceed);
    expect(onProceed).toHaveBeenCalledTimes(1);
    trustedClick(back);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('speaks English when the setting says so', () => {
    setLang('en');
    const root = mount(<GuardDialog decision={wrong} recipient={OSM} profile={P} answered={false} onBack={() => {}} onProceed={() => {}} onAnswer={() => {}} />);
    expect(root.textContent).toContain('Check before sending');
    expect(root.textContent).toContain('must be sent to หัวหน้าสำนักงานจังหวัด');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Go back and fix', 'Send anyway']);
  });
});

describe('SendCheck', () => {
  it('shows budget type and source, approver and verdict', () => {
    const root = mount(
      <SendCheck
        send={{ budgetType: 'cluster', budgetName: 'งบกลุ่มจังหวัด', budgetSource: 'dialog', recipient: OSM, verdict: 'match', reason: 'ok', expected: 'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด' }}
      />,
    );
    expect(root.textContent).toContain('งบกลุ่มจังหวัด (จากหน้าต่างส่งรายงาน)');
    expect(root.textContent).toContain(OSM);
    expect(root.textContent).toContain('ถูกต้อง: ส่งถึง ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  });
  it('nothing chosen and budget unknown', () => {
    const root = mount(
      <SendCheck send={{ budgetType: null, budgetName: null, budgetSource: 'none', recipient: '', verdict: 'unknown', reason: 'empty', expected: null }} />,
    );
    expect(root.textContent).toContain('ไม่ทราบ (จะถามเมื่อกดส่ง)');
    expect(root.textContent).toContain('ยังไม่ได้เลือก');
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('unknown');
  });
});
