/**
 * Widgets drawn with no native control and no ARIA (Fomantic-UI / Semantic UI style): a select
 * kept in a hidden input, a slider that is only a thumb on a track. Read as a person sees them.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor, placeholderSet } from '@/utils/collect/widgets';
import { visualSliderOf, visualSliderNumber, visualScale, sliderValue } from '@/utils/collect/widgets/slider';
import { collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const ctx = { placeholders: placeholderSet(DEFAULT_PROFILE.placeholders) };
const $ = (sel: string) => document.querySelector(sel)!;
const fields = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields;

const dropdown = (id: string, value: string, shown: string, multiple = false) => `
  <div class="field"><label>${id === 'q' ? 'ไตรมาสที่รายงาน' : 'กลุ่มเป้าหมายที่ได้รับประโยชน์'}</label>
    <div class="ui ${multiple ? 'multiple ' : ''}selection dropdown" id="${id}" tabindex="0"><input type="hidden" name="${id}" value="${value}"><i class="dropdown icon"></i>
      ${shown}
      <div class="menu" tabindex="-1"><div class="item" data-value="ก">ไตรมาสที่ 1</div><div class="item" data-value="ข">ไตรมาสที่ 2</div></div></div></div>`;

describe('select drawn around a hidden input', () => {
  it('an empty one is one empty field named by its label; its placeholder ("default text") is not a value', () => {
    document.body.innerHTML = `<form>${dropdown('q', '', '<div class="default text">เลือกไตรมาส</div>')}</form>`;
    expect(adapterFor($('#q input'))!.id).toBe('display-select');
    expect(fields().map((f) => [f.label, f.kind, f.empty, f.value])).toEqual([['ไตรมาสที่รายงาน', 'select', true, '']]);
  });

  it('a chosen item is its value; the menu\'s other items are not read', () => {
    document.body.innerHTML = `<form>${dropdown('q', 'ข', '<div class="text">ไตรมาสที่ 2</div>')}</form>`;
    const box = $('#q');
    expect(adapterFor(box)!.read!(box, ctx)).toMatchObject({ value: 'ไตรมาสที่ 2', empty: false, options: ['ไตรมาสที่ 1', 'ไตรมาสที่ 2'] });
  });

  it('a multiple one: the chips are the value; empty when its hidden input is, whatever the box draws', () => {
    document.body.innerHTML = `<form>${dropdown('b', 'ก,ข', '<a class="ui label" data-value="ก">ผู้ประกอบการ<i class="delete icon"></i></a><a class="ui label" data-value="ข">มัคคุเทศก์</a><div class="text"></div>', true)}</form>`;
    expect(fields().map((f) => [f.value, f.empty])).toEqual([['ผู้ประกอบการ มัคคุเทศก์', false]]);
    ($('#b input') as HTMLInputElement).value = '';
    expect(fields()[0]!.empty).toBe(true);
  });

  it('a type-ahead ("search selection") is part of the select, not an always-empty text box of its own', () => {
    document.body.innerHTML = `<form><div class="field"><label>หมุดหมาย</label>
      <div class="ui search selection dropdown" id="s"><input type="hidden" name="m" value="2"><input class="search" autocomplete="off" tabindex="0">
        <div class="text">หมุดหมายที่ 2</div><div class="menu"><div class="item" data-value="1">หมุดหมายที่ 1</div><div class="item" data-value="2">หมุดหมายที่ 2</div></div></div></div></form>`;
    expect(adapterFor($('#s .search'))!.id).toBe('display-select');
    expect(adapterFor($('#s .search'))!.focus!($('#s'))).toBe($('#s .search'));
    expect(fields().map((f) => [f.label, f.kind, f.value, f.empty])).toEqual([['หมุดหมาย', 'select', 'หมุดหมายที่ 2', false]]);
  });

  it('a box with two text inputs is not one select', () => {
    document.body.innerHTML = `<form><div id="x"><input type="hidden" name="m" value=""><input id="a"><input id="b">
      <div class="menu"><div class="item" data-value="1">หนึ่ง</div></div></div></form>`;
    expect(adapterFor($('#a'))!.id).toBe('text');
    expect(adapterFor($('input[name=m]'))).toBeNull();
  });

  it('a box drawn disabled (greyed, classed "disabled") is no field to fill', () => {
    document.body.innerHTML = `<form>${dropdown('q', '', '<div class="default text">เลือกไตรมาส</div>').replace('ui selection dropdown', 'ui disabled selection dropdown')}</form>`;
    expect(fields()).toEqual([]);
  });

  it('a hidden input alone (a form token, a value kept for a native select) is no field', () => {
    document.body.innerHTML = `<form><input type="hidden" name="csrf" value="x"><div tabindex="0"><input type="hidden" name="id" value="1"><span>ข้อความ</span></div></form>`;
    expect(adapterFor($('input[name=csrf]'))).toBeNull();
    expect(adapterFor($('input[name=id]'))).toBeNull();
    expect(fields()).toEqual([]);
  });

  it('a box with a role is left to the ARIA adapters (Vuetify keeps a hidden input inside its combobox)', () => {
    document.body.innerHTML = `<div role="combobox" tabindex="0"><input type="hidden" name="x" value="1"><div class="menu"><div data-value="1">หนึ่ง</div></div></div>`;
    expect(adapterFor($('input[name=x]'))).toBeNull();
  });
});

const slider = (left: string, ticks = '<li class="label">0</li><li class="label">50</li><li class="label">100</li>') => `
  <form><div class="field"><label>ความก้าวหน้าของโครงการ (ร้อยละ)</label>
    <div><div class="ui slider" id="p" tabindex="0"><div class="inner"><div class="track"></div><div class="track-fill"></div>
      <div class="thumb" style="left: ${left}"></div></div><ul class="auto labels">${ticks}</ul></div>
      <div class="ui basic label">0 %</div></div></div></form>`;

describe('slider drawn without input or ARIA', () => {
  it('is one slider field, named by its label, its number where the thumb sits', () => {
    document.body.innerHTML = slider('calc(45% - 10.5px)');
    expect(visualSliderOf($('.thumb'))).toBe($('#p'));
    expect(fields().map((f) => [f.label, f.kind, f.number])).toEqual([['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider', 45]]);
  });

  it('an undragged one reads 0 (the thumb at the start of the track)', () => {
    document.body.innerHTML = slider('calc(0% - 10.5px)');
    expect(fields()[0]).toMatchObject({ kind: 'slider', number: 0, empty: false });
  });

  it('reads the scale its tick labels print', () => {
    document.body.innerHTML = slider('50%', '<li>0</li><li>10</li>');
    expect(visualScale($('#p'))).toEqual({ min: 0, max: 10 });
    expect(visualSliderNumber($('#p'))).toBe(5);
    expect(sliderValue($('#p'))).toBe(5);
  });

  it('a slider drawn disabled is no field', () => {
    document.body.innerHTML = slider('0%').replace('ui slider', 'ui disabled slider');
    expect(fields()).toEqual([]);
  });

  it('a slider with ARIA or a range input is not read this way', () => {
    document.body.innerHTML = `<div class="slider" tabindex="0"><div class="track"></div><div class="thumb" role="slider" aria-valuenow="3"></div></div>
      <div class="MuiSlider-root"><span class="MuiSlider-rail"></span><span class="MuiSlider-thumb"><input type="range" value="7"></span></div>`;
    expect(visualSliderOf($('.thumb'))).toBeNull();
    expect(visualSliderOf($('.MuiSlider-thumb'))).toBeNull();
    expect(fields().map((f) => f.number)).toEqual([3, 7]);
  });

  it('a handle with no track (a drag handle of a sortable list) is no slider', () => {
    document.body.innerHTML = `<ul class="sortable" tabindex="0"><li><span class="drag-handle">⋮</span>แถวหนึ่ง</li></ul>`;
    expect(visualSliderOf($('.drag-handle'))).toBeNull();
    expect(fields()).toEqual([]);
  });
});

// jQuery UI's slider (1.14): the handle is a span placed by an inline percentage directly on the
// root div, which is the track; no ARIA. A spinner beside it mirrors the number.
const jquiSlider = (pct: number, box = String(pct)) => `
  <form class="form-horizontal"><div class="form-group"><label for="progress" class="control-label">ความก้าวหน้าของโครงการ (ร้อยละ) <span class="text-danger">*</span></label>
    <div class="col"><div id="s" class="ui-slider ui-corner-all ui-slider-horizontal ui-widget ui-widget-content">
      <div class="ui-slider-range ui-corner-all ui-widget-header ui-slider-range-min" style="width: ${pct}%;"></div>
      <span tabindex="0" class="ui-slider-handle ui-corner-all ui-state-default" style="left: ${pct}%;"></span></div></div>
    <div class="col"><span class="ui-spinner ui-widget ui-widget-content ui-corner-all"><input id="progress" class="form-control ui-spinner-input" role="spinbutton" aria-valuenow="${box}" value="${box}">
      <a tabindex="-1" class="ui-button ui-widget ui-spinner-button ui-spinner-up" role="button"></a></span></div></div></form>`;

// ion.rangeSlider (AdminLTE's range slider): the bar is drawn BEFORE a read-only input that stores
// its number; the thumb's inline place is shifted by its own width (97 % at 100), no ARIA.
const ionSlider = (value: number, place: string, readonly = true) => `
  <form><div class="form-group row"><label for="progress" class="col-sm-2 col-form-label">ความก้าวหน้าของโครงการ (ร้อยละ)</label><div class="col-sm-10">
    <span class="irs irs--round js-irs-0"><span class="irs"><span class="irs-line" tabindex="0"></span><span class="irs-min">0 %</span><span class="irs-max">100 %</span><span class="irs-single">${value} %</span></span>
      <span class="irs-grid">${Array.from({ length: 21 }, (_, i) => `<span class="irs-grid-pol" style="left: ${i * 5}%"></span>`).join('')}</span>
      <span class="irs-bar irs-bar--single" style="left: 0px; width: ${place};"></span><span class="irs-handle single" style="left: ${place};"><i></i></span></span>
    <input id="progress" type="text" name="progress" value="${value}" class="irs-hidden-input" tabindex="-1"${readonly ? ' readonly' : ''}>
  </div></div></form>`;

describe('slider storing its number in a read-only input beside it (ion.rangeSlider)', () => {
  it('is one editable slider field named by the label of its input, with the input\'s number', () => {
    document.body.innerHTML = ionSlider(100, '97.0874%');
    expect(adapterFor($('#progress'))!.id).toBe('slider');
    expect(fields().map((f) => [f.label, f.kind, f.number, f.editable, f.empty])).toEqual([['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider', 100, true, false]]);
    // the field is the drawn bar (what is shown and redraws when dragged), not the hidden input
    expect(collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).elements).toEqual([$('span.irs--round')]);
    document.body.innerHTML = ionSlider(0, '0%');
    expect(fields().map((f) => [f.kind, f.number])).toEqual([['slider', 0]]);
  });

  it('a read-only text input beside something that is no drawn slider stays a read-only text field', () => {
    document.body.innerHTML = `<form><label for="code">รหัสโครงการ</label><span class="badge">ใหม่</span><input id="code" value="R-001" readonly></form>`;
    expect(fields().map((f) => [f.label, f.kind, f.editable])).toEqual([['รหัสโครงการ', 'text', false]]);
  });
});

describe('slider whose root is its track (jQuery UI)', () => {
  it('the handle on the root div is a slider, read where the handle sits', () => {
    document.body.innerHTML = jquiSlider(45);
    expect(visualSliderOf($('.ui-slider-handle'))).toBe($('#s'));
    expect(sliderValue($('#s'))).toBe(45);
  });

  it('the spinner mirroring it is part of it: one slider field; undragged it reads 0', () => {
    document.body.innerHTML = jquiSlider(45);
    expect(adapterFor($('#progress'))!.id).toBe('slider-mirror');
    expect(fields().map((f) => [f.label, f.kind, f.number])).toEqual([['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider', 45]]);
    document.body.innerHTML = jquiSlider(0);
    expect(fields().map((f) => [f.kind, f.number])).toEqual([['slider', 0]]);
  });

  it('a spinner showing another number is a field of its own', () => {
    document.body.innerHTML = jquiSlider(45, '7');
    expect(adapterFor($('#progress'))?.id).not.toBe('slider-mirror');
  });

  it('a handle without an inline place on a slider-classed box is no slider', () => {
    document.body.innerHTML = `<div class="slider-gallery"><span class="handle" tabindex="0">⋮</span></div>`;
    expect(visualSliderOf($('.handle'))).toBeNull();
  });
});
