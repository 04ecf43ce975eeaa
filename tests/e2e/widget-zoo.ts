/**
 * A small M6-like form built only from custom ARIA widgets (APG patterns), served by the
 * snippet tests as https://emenscr.nesdc.go.th/replica/snippet-zoo/report/1. It checks the
 * filler against widgets that ignore `.value`: a select-only combobox whose listbox lives
 * outside it, a slider that moves only by keys or by a pointer on its track, a radiogroup,
 * (?slider=pointer: no keys at all), a checkbox toggle that reveals its plan block, a contenteditable text box, and a child
 * list that loads asynchronously after its parent changes. Labels follow m6-native.
 */
export const ZOO_HTML = String.raw`<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>บันทึกรายงานความก้าวหน้า - eMENSCR</title>
<style>
body{font:15px/1.6 sans-serif;margin:0;background:#eef2f7}
main{max-width:720px;margin:16px auto;background:#fff;padding:8px 20px 20px}
.row{margin:0 0 14px}.lbl{display:block;font-weight:600}
[role=combobox]{border:1px solid #94a3b8;border-radius:4px;padding:6px 9px;cursor:pointer;min-height:22px}
[role=listbox]{border:1px solid #94a3b8;background:#fff;position:absolute;z-index:5;max-height:220px;overflow:auto;width:640px}
[role=option]{padding:4px 9px;cursor:pointer}[role=option]:hover{background:#dbeafe}
.track{position:relative;height:24px;width:400px;background:#cbd5e1;border-radius:12px;display:inline-block;vertical-align:middle}
[role=slider]{position:absolute;top:2px;width:20px;height:20px;border-radius:50%;background:#1f5fae;margin-left:-10px}
[role=radio],[role=checkbox]{display:inline-block;margin-right:16px;cursor:pointer}
[role=radio]::before{content:"○ "}[role=radio][aria-checked=true]::before{content:"◉ "}
[role=checkbox]::before{content:"☐ "}[role=checkbox][aria-checked=true]::before{content:"☑ "}
[contenteditable]{border:1px solid #94a3b8;border-radius:4px;min-height:48px;padding:6px 9px}
.plan{border-left:4px solid #2b6cb8;padding:4px 12px;margin:0 0 12px}
</style></head><body>
<header><b>eMENSCR</b></header>
<main>
<h2>บันทึกรายงานความก้าวหน้า</h2>
<section><h3>รายงานผลการดำเนินงาน</h3>
  <div class="row"><span class="lbl" id="l-q">ไตรมาสที่รายงาน</span><div data-combo="q" data-options="ไตรมาสที่ 1 (ต.ค. - ธ.ค.)|ไตรมาสที่ 2 (ม.ค. - มี.ค.)|ไตรมาสที่ 3 (เม.ย. - มิ.ย.)|ไตรมาสที่ 4 (ก.ค. - ก.ย.)"></div></div>
  <div class="row"><span class="lbl" id="l-st">สถานะโครงการ</span>
    <div role="radiogroup" aria-labelledby="l-st"><span role="radio" aria-checked="false" tabindex="0">ยังไม่ดำเนินการ</span><span role="radio" aria-checked="false" tabindex="-1">อยู่ระหว่างดำเนินการ</span><span role="radio" aria-checked="false" tabindex="-1">ดำเนินการแล้วเสร็จ</span></div></div>
  <div class="row"><span class="lbl" id="l-p">ความก้าวหน้าของโครงการ (ร้อยละ)</span>
    <div class="track" id="track"><div role="slider" tabindex="0" aria-labelledby="l-p" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" aria-valuetext="0%" style="left:0%"></div></div></div>
  <div class="row"><label class="lbl" for="spent">ผลการเบิกจ่ายงบประมาณ (บาท)</label><input id="spent"></div>
  <div class="row"><span class="lbl" id="l-r">ผลการดำเนินงาน</span><div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="l-r"></div></div>
  <div class="row"><span class="lbl" id="l-pr">ปัญหา/อุปสรรค</span><div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="l-pr"></div></div>
  <div class="row"><span class="lbl" id="l-sg">ข้อเสนอแนะ/แนวทางแก้ไข</span><div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="l-sg"></div></div>
</section>
<section><h3>ความสอดคล้องกับแผน</h3>
  <div class="row"><span role="checkbox" aria-checked="false" tabindex="0" data-plan="ns">ยุทธศาสตร์ชาติ</span><span role="checkbox" aria-checked="false" tabindex="0" data-plan="nesdp">แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</span></div>
  <div class="plan" id="plan-ns" hidden><h4>ยุทธศาสตร์ชาติ</h4>
    <div class="row"><span class="lbl" id="l-ns-side">ยุทธศาสตร์ชาติด้าน</span><div data-combo="ns-side" data-options="ด้านความมั่นคง|ด้านการสร้างความสามารถในการแข่งขัน|ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์"></div></div>
    <div class="row"><span class="lbl" id="l-ns-goal">เป้าหมาย</span><div data-combo="ns-goal" data-options="" data-parent="ns-side"></div></div>
    <div class="row"><label class="lbl" for="ns-text">ผลการดำเนินงานที่สอดคล้อง</label><textarea id="ns-text"></textarea></div>
  </div>
  <div class="plan" id="plan-nesdp" hidden><h4>แผนพัฒนาฯ ฉบับที่ 13</h4>
    <div class="row"><span class="lbl" id="l-nesdp-pin">หมุดหมาย</span><div data-combo="nesdp-pin" data-options="หมุดหมายที่ 1 ไทยเป็นประเทศชั้นนำด้านสินค้าเกษตรและเกษตรแปรรูปมูลค่าสูง|หมุดหมายที่ 2 ไทยเป็นจุดหมายของการท่องเที่ยวที่เน้นคุณภาพและความยั่งยืน"></div></div>
    <div class="row"><span class="lbl" id="l-nesdp-goal">เป้าหมาย</span><div data-combo="nesdp-goal" data-options="เป้าหมายที่ 1 การท่องเที่ยวไทยเน้นคุณค่า สร้างรายได้สูง|เป้าหมายที่ 2 การท่องเที่ยวไทยมีความยั่งยืนและมีภูมิคุ้มกัน"></div></div>
    <div class="row"><label class="lbl" for="nesdp-text">ผลการดำเนินงานที่สอดคล้อง</label><textarea id="nesdp-text"></textarea></div>
  </div>
</section>
</main>
<script>
const GOALS = {
  'ด้านความมั่นคง': ['ประชาชนอยู่ดี มีสุข'],
  'ด้านการสร้างความสามารถในการแข่งขัน': ['ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น', 'ประเทศไทยมีการพัฒนาเศรษฐกิจอย่างยั่งยืน'],
};
let n = 0;
function combo(host) {
  const id = host.dataset.combo;
  const box = document.createElement('div');
  box.setAttribute('role', 'combobox');
  box.tabIndex = 0;
  box.setAttribute('aria-expanded', 'false');
  box.setAttribute('aria-haspopup', 'listbox');
  box.setAttribute('aria-labelledby', 'l-' + id);
  box.setAttribute('aria-controls', 'lb-' + id);
  box.textContent = '-- กรุณาเลือก --';
  const list = document.createElement('div');
  list.setAttribute('role', 'listbox');
  list.id = 'lb-' + id;
  list.hidden = true;
  document.body.append(list); // rendered outside the widget, as popup libraries do
  const setOptions = (opts) => {
    list.innerHTML = '';
    for (const o of opts) {
      const el = document.createElement('div');
      el.setAttribute('role', 'option');
      el.id = 'opt-' + (++n);
      el.textContent = o;
      el.addEventListener('mousedown', (e) => e.preventDefault());
      el.addEventListener('click', () => {
        box.textContent = o;
        box.dataset.value = o;
        close();
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
      list.append(el);
    }
  };
  const open = () => {
    if (box.getAttribute('aria-disabled') === 'true') return;
    const r = box.getBoundingClientRect();
    list.style.left = (r.left + scrollX) + 'px';
    list.style.top = (r.bottom + scrollY) + 'px';
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
  };
  const close = () => { list.hidden = true; box.setAttribute('aria-expanded', 'false'); };
  box.addEventListener('click', () => (list.hidden ? open() : close()));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { open(); e.preventDefault(); }
    if (e.key === 'Escape') close();
  });
  document.addEventListener('mousedown', (e) => { if (!box.contains(e.target) && !list.contains(e.target)) close(); });
  setOptions(host.dataset.options ? host.dataset.options.split('|') : []);
  host.replaceWith(box);
  box.setOptions = setOptions;
  return box;
}
const boxes = {};
document.querySelectorAll('[data-combo]').forEach((h) => { boxes[h.dataset.combo] = combo(h); });
// the goal list loads 300–600 ms after a side is chosen; disabled meanwhile
const goal = boxes['ns-goal'];
goal.setAttribute('aria-disabled', 'true');
boxes['ns-side'].addEventListener('change', () => {
  goal.setAttribute('aria-disabled', 'true');
  goal.textContent = 'กำลังโหลด…';
  goal.setOptions([]);
  setTimeout(() => {
    goal.setOptions(GOALS[boxes['ns-side'].dataset.value] || []);
    goal.textContent = '-- กรุณาเลือก --';
    goal.removeAttribute('aria-disabled');
  }, 300 + Math.random() * 300);
});
// radios
document.querySelectorAll('[role=radio]').forEach((r) => r.addEventListener('click', () => {
  r.parentElement.querySelectorAll('[role=radio]').forEach((x) => { x.setAttribute('aria-checked', String(x === r)); x.tabIndex = x === r ? 0 : -1; });
}));
// plan toggles reveal their blocks
document.querySelectorAll('[role=checkbox]').forEach((c) => {
  const toggle = () => {
    const on = c.getAttribute('aria-checked') !== 'true';
    c.setAttribute('aria-checked', String(on));
    document.getElementById('plan-' + c.dataset.plan).hidden = !on;
  };
  c.addEventListener('click', toggle);
  c.addEventListener('keydown', (e) => { if (e.key === ' ') { e.preventDefault(); toggle(); } });
});
// slider: keys and a pointer on the track; ignores anything else
const slider = document.querySelector('[role=slider]');
const track = document.getElementById('track');
const set = (v) => {
  v = Math.max(0, Math.min(100, Math.round(v)));
  slider.setAttribute('aria-valuenow', String(v));
  slider.setAttribute('aria-valuetext', v + '%');
  slider.style.left = v + '%';
};
const pointerOnly = new URLSearchParams(location.search).get('slider') === 'pointer';
slider.addEventListener('keydown', (e) => {
  if (pointerOnly) return; // ?slider=pointer: a widget without keyboard support
  const now = Number(slider.getAttribute('aria-valuenow'));
  const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[e.key];
  if (step !== undefined) set(now + step);
  else if (e.key === 'Home') set(0);
  else if (e.key === 'End') set(100);
  else return;
  e.preventDefault();
});
track.addEventListener('pointerdown', (e) => {
  const r = track.getBoundingClientRect();
  set(((e.clientX - r.left) / r.width) * 100);
});
</script>
</body></html>`;

/**
 * Native cascading selects (M1-like): each child list loads 300–600 ms after its parent
 * changes, disabled with a "กำลังโหลด…" option meanwhile; a grandchild waits for its
 * child. ?state=complete renders every level chosen. Served as /replica/snippet-cascade/….
 */
export const CASCADE_HTML = String.raw`<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>ความเชื่อมโยงกับแผน - eMENSCR</title>
<style>body{font:15px/1.6 sans-serif;margin:0}main{max-width:720px;margin:16px auto}label{display:block;font-weight:600;margin-top:10px}select{width:100%}</style>
</head><body><main>
<h2>ความเชื่อมโยงกับแผนระดับต่างๆ</h2>
<form>
<fieldset><legend>ยุทธศาสตร์ชาติ</legend>
  <label for="z1">ยุทธศาสตร์ชาติ 20 ปี (ด้านหลัก)</label><select id="z1" data-level="0" data-chain="z"></select>
  <label for="z2">เป้าหมาย</label><select id="z2" data-level="1" data-chain="z"></select>
  <label for="z3">ประเด็นยุทธศาสตร์</label><select id="z3" data-level="2" data-chain="z"></select>
</fieldset>
<fieldset><legend>แผนแม่บทภายใต้ยุทธศาสตร์ชาติ</legend>
  <label for="y1">ประเด็น</label><select id="y1" data-level="0" data-chain="y"></select>
  <label for="y2">เป้าหมาย</label><select id="y2" data-level="1" data-chain="y"></select>
</fieldset>
</form></main>
<script>
const TREE = {
  z: { 'ด้านความมั่นคง': { 'ประชาชนอยู่ดี มีสุข': ['การรักษาความสงบภายในประเทศ', 'การพัฒนาศักยภาพของประเทศให้พร้อมเผชิญภัยคุกคาม'] },
       'ด้านการสร้างความสามารถในการแข่งขัน': { 'ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น': ['การเกษตรสร้างมูลค่า', 'อุตสาหกรรมบริการแห่งอนาคต', 'สร้างความหลากหลายด้านการท่องเที่ยว'], 'ประเทศไทยมีการพัฒนาเศรษฐกิจอย่างยั่งยืน': ['โครงสร้างพื้นฐาน เชื่อมไทย เชื่อมโลก'] } },
  y: { 'การท่องเที่ยว': { 'รายได้จากการท่องเที่ยวเพิ่มขึ้น': [] , 'การท่องเที่ยวเชิงวัฒนธรรมมีรายได้เพิ่มขึ้น': [] },
       'การเกษตร': { 'สินค้าเกษตรมีมูลค่าเพิ่มขึ้น': [] } },
};
const PH = '-- กรุณาเลือก --';
const sels = (chain) => [...document.querySelectorAll('select[data-chain="' + chain + '"]')];
function optionsFor(chain, level) {
  let node = TREE[chain];
  const s = sels(chain);
  for (let i = 0; i < level; i++) {
    const v = s[i].value;
    if (!v || !node) return [];
    node = Array.isArray(node) ? null : node[v];
  }
  if (!node) return [];
  return Array.isArray(node) ? node : Object.keys(node);
}
function fill(sel, opts, chosen) {
  sel.innerHTML = '<option value="">' + PH + '</option>' + opts.map((o) => '<option>' + o + '</option>').join('');
  sel.value = chosen || '';
}
function load(chain, level) {
  const s = sels(chain);
  for (let i = level; i < s.length; i++) { s[i].disabled = true; s[i].innerHTML = '<option value="">' + (i === level ? 'กำลังโหลด…' : PH) + '</option>'; }
  if (!optionsFor(chain, level).length && level > 0 && !s[level - 1].value) return;
  setTimeout(() => { fill(s[level], optionsFor(chain, level)); s[level].disabled = false; }, 300 + Math.random() * 300);
}
const complete = new URLSearchParams(location.search).get('state') === 'complete';
const PICK = { z: ['ด้านการสร้างความสามารถในการแข่งขัน', 'ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น', 'สร้างความหลากหลายด้านการท่องเที่ยว'], y: ['การท่องเที่ยว', 'การท่องเที่ยวเชิงวัฒนธรรมมีรายได้เพิ่มขึ้น'] };
for (const chain of ['z', 'y']) {
  const s = sels(chain);
  s.forEach((sel, i) => {
    if (complete) fill(sel, optionsFor(chain, i), PICK[chain][i]);
    else if (i === 0) fill(sel, optionsFor(chain, 0));
    else { fill(sel, []); sel.disabled = true; }
    sel.addEventListener('change', () => { if (i + 1 < s.length) load(chain, i + 1); });
  });
}
</script></body></html>`;
