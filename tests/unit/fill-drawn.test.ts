/**
 * Fill on widgets drawn without native control or ARIA: the same adapters collect reads them
 * with decide whether the value took (a slider's thumb position, a drawn select's box text).
 */
import { describe, expect, it } from 'vitest';
import { isDisplaySelect, setAriaSlider, setDisplaySelect } from '@/utils/fill/widgets';
import { sliderValue } from '@/utils/collect/widgets/slider';

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

/** A drawn slider that, like Fomantic's, moves 1 per arrow key and 10 per page key while focused. */
function drawnSlider(keys: boolean): void {
  document.body.innerHTML = `<div class="ui slider" id="p" tabindex="0"><div class="inner"><div class="track"></div>
    <div class="thumb" style="left: calc(0% - 10px)"></div></div><ul class="labels"><li>0</li><li>100</li></ul></div>`;
  let value = 0;
  const draw = () => $('.thumb').setAttribute('style', `left: calc(${value}% - 10px)`);
  if (!keys) return;
  $('#p').addEventListener('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    const step = k === 'ArrowRight' ? 1 : k === 'ArrowLeft' ? -1 : k === 'PageUp' ? 10 : k === 'PageDown' ? -10 : 0;
    value = Math.min(100, Math.max(0, value + step));
    draw();
  });
}

describe('fill: slider drawn without ARIA', () => {
  it('moves the thumb with keys until collect reads the wanted number', async () => {
    drawnSlider(true);
    expect(await setAriaSlider($('#p'), 45)).toEqual({ ok: true });
    expect(sliderValue($('#p'))).toBe(45);
  });

  it('a slider that does not move is refused as failed, not reported as filled', async () => {
    drawnSlider(false);
    expect(await setAriaSlider($('#p'), 45)).toEqual({ ok: false, reason: 'failed' });
    expect(sliderValue($('#p'))).toBe(0);
  });
});

function drawnSelect(): void {
  document.body.innerHTML = `<div class="ui selection dropdown" id="q" tabindex="0"><input type="hidden" name="q" value="">
    <div class="default text">เลือกไตรมาส</div>
    <div class="menu"><div class="item" data-value="1">ไตรมาสที่ 1 (ต.ค. - ธ.ค.)</div><div class="item" data-value="2">ไตรมาสที่ 2 (ม.ค. - มี.ค.)</div></div></div>`;
  // as the library does: a click on an item stores its value and shows its text
  $('#q .menu').addEventListener('click', (e) => {
    const item = (e.target as Element).closest('[data-value]');
    if (!item) return;
    $<HTMLInputElement>('#q input').value = item.getAttribute('data-value')!;
    const text = $('#q .text');
    text.className = 'text';
    text.textContent = item.textContent;
  });
}

describe('fill: select drawn around a hidden input', () => {
  it('clicks the matching item and checks the box shows it', async () => {
    drawnSelect();
    expect(isDisplaySelect($('#q'))).toBe(true);
    expect(await setDisplaySelect($('#q'), 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)')).toEqual({ ok: true, chosen: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)' });
    expect($<HTMLInputElement>('#q input').value).toBe('2');
  });

  it('an option the menu does not have is refused as noOption; nothing is clicked', async () => {
    drawnSelect();
    expect(await setDisplaySelect($('#q'), 'ไตรมาสที่ 9')).toEqual({ ok: false, reason: 'noOption' });
    expect($<HTMLInputElement>('#q input').value).toBe('');
  });
});

describe('focus: the adapter says where the caret goes', () => {
  it('going to a drawn search select focuses its type-ahead, not its hidden input', async () => {
    const { goToField } = await import('@/utils/content/focus');
    document.body.innerHTML = `<div class="ui search selection dropdown" id="s"><input type="hidden" name="m" value=""><input class="search" tabindex="0">
      <div class="default text">พิมพ์เพื่อค้นหา</div><div class="menu"><div class="item" data-value="1">หนึ่ง</div></div></div><div id="hl"></div>`;
    goToField($('#s'), $('#hl'));
    expect(document.activeElement).toBe($('#s .search'));
  });
});
