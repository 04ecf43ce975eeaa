/**
 * A generated 60-field form for the fill benchmark, and the saved values to fill into it:
 * 57 plain fields (text, textarea, select, radio groups, checkboxes, range) in four
 * sections, and three cascading selects (กระทรวง → กรม → หน่วยงาน) whose child lists
 * load `delay` ms after the parent changes (disabled, "กำลังโหลด…" meanwhile), as on
 * eMENSCR. Served by bench/run.mjs at https://emenscr.nesdc.go.th/replica/fill60/?delay=N.
 */

const SECTIONS = ['ข้อมูลทั่วไป', 'หน่วยงานรับผิดชอบ', 'ผลการดำเนินงาน', 'ปัญหาและข้อเสนอแนะ'];
const TOPICS = ['งบประมาณ', 'กิจกรรม', 'ผลผลิต', 'ตัวชี้วัด', 'เป้าหมาย', 'พื้นที่', 'ระยะเวลา', 'ผลลัพธ์', 'วิธีดำเนินการ', 'กลุ่มเป้าหมาย'];
const CHOICES = ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ'];
const PLAIN = [...Array(20).fill('text'), ...Array(8).fill('textarea'), ...Array(10).fill('select'), ...Array(7).fill('radio'), ...Array(6).fill('checkbox'), ...Array(6).fill('range')];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const ministries = [1, 2, 3, 4, 5].map((i) => `กระทรวงที่ ${i}`);
const departments = (m) => [1, 2, 3, 4].map((j) => `กรม ${m}.${j}`);
const units = (d) => [1, 2, 3].map((k) => `หน่วยงาน ${d}.${k}`);

/** @returns {{ html: string, wanted: { label: string, section: string[], kind: string, value: string, checked?: boolean }[] }} */
export function fillForm() {
  const wanted = [];
  const sections = SECTIONS.map(() => []);
  // interleave the kinds over the sections, so each section has a mix
  PLAIN.forEach((kind, i) => {
    const s = i % SECTIONS.length;
    const label = `${TOPICS[i % TOPICS.length]} ข้อ ${i + 1}`;
    const id = `f${i + 1}`;
    let html;
    let want;
    switch (kind) {
      case 'text':
        html = `<div class="row"><label for="${id}">${label}</label><input type="text" id="${id}"></div>`;
        want = { kind: 'text', value: `ค่าที่บันทึก ${i + 1}` };
        break;
      case 'textarea':
        html = `<div class="row"><label for="${id}">${label}</label><textarea id="${id}"></textarea></div>`;
        want = { kind: 'text', value: `รายละเอียดการดำเนินงานข้อ ${i + 1} ตามแผน` };
        break;
      case 'select':
        html = `<div class="row"><label for="${id}">${label}</label><select id="${id}"><option value="">-- กรุณาเลือก --</option>${CHOICES.map((c, k) => `<option value="${k + 1}">${c}</option>`).join('')}</select></div>`;
        want = { kind: 'select', value: CHOICES[i % 3] };
        break;
      case 'radio':
        html = `<fieldset class="row"><legend>${label}</legend>${CHOICES.map((c, k) => `<label><input type="radio" name="${id}" value="${k}"> ${c}</label>`).join(' ')}</fieldset>`;
        want = { kind: 'radio', value: CHOICES[(i + 1) % 3] };
        break;
      case 'checkbox':
        html = `<div class="row"><label><input type="checkbox" id="${id}"> ${label}</label></div>`;
        want = { kind: 'checkbox', value: 'true', checked: true };
        break;
      case 'range':
        html = `<div class="row"><label for="${id}">${label} (ร้อยละ)</label><input type="range" id="${id}" min="0" max="100" step="5" value="0"></div>`;
        want = { kind: 'slider', value: String(((i * 15) % 95) + 5) };
        break;
    }
    sections[s].push(html);
    wanted.push({ label: kind === 'range' ? `${label} (ร้อยละ)` : label, section: [SECTIONS[s]], ...want });
  });
  // the cascade sits in the second section
  const cascade = [
    ['c1', 'กระทรวง', ministries[2]],
    ['c2', 'กรม', departments(3)[1]],
    ['c3', 'หน่วยงาน', units('3.2')[0]],
  ];
  sections[1].unshift(
    cascade
      .map(([id, label], n) => `<div class="row"><label for="${id}">${label}</label><select id="${id}"${n ? ' disabled' : ''}><option value="">-- กรุณาเลือก --</option>${n ? '' : ministries.map((m) => `<option>${esc(m)}</option>`).join('')}</select></div>`)
      .join(''),
  );
  for (const [, label, value] of cascade) wanted.push({ label, section: [SECTIONS[1]], kind: 'select', value });

  const html = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>eMENSCR (fill benchmark)</title>
<style>body{font-family:"Loma",sans-serif;max-width:760px;margin:12px auto}.row{margin:6px 0}label,legend{font-weight:600}input[type=text],select,textarea{width:100%}</style></head>
<body><main><h2>บันทึกข้อมูลโครงการ</h2><form id="f">
${sections.map((rows, s) => `<section><h3>${SECTIONS[s]}</h3>${rows.join('\n')}</section>`).join('\n')}
<button type="button">บันทึก</button></form></main>
<script>
const DELAY = Number(new URLSearchParams(location.search).get('delay') ?? 150);
const DEPARTMENTS = (m) => [1, 2, 3, 4].map((j) => 'กรม ' + m + '.' + j);
const UNITS = (d) => [1, 2, 3].map((k) => 'หน่วยงาน ' + d + '.' + k);
const c1 = document.getElementById('c1'), c2 = document.getElementById('c2'), c3 = document.getElementById('c3');
const reset = (sel) => { sel.innerHTML = '<option value="">-- กรุณาเลือก --</option>'; sel.disabled = true; };
function load(sel, items) {
  sel.disabled = true;
  sel.innerHTML = '<option value="">กำลังโหลด…</option>';
  setTimeout(() => {
    sel.innerHTML = '<option value="">-- กรุณาเลือก --</option>' + items.map((t) => '<option>' + t + '</option>').join('');
    sel.disabled = false;
  }, DELAY);
}
c1.addEventListener('change', () => { reset(c3); if (c1.value) load(c2, DEPARTMENTS(c1.value.replace('กระทรวงที่ ', ''))); else reset(c2); });
c2.addEventListener('change', () => { if (c2.value) load(c3, UNITS(c2.value.replace('กรม ', ''))); else reset(c3); });
window.__replica = { ready: true, screen: 'fill60' };
</script></body></html>`;
  return { html, wanted };
}
