/**
 * A generated "stress" eMENSCR progress-report form for the benchmark: the M6 core
 * fields (so the page is classified as a progress report and every rule runs) plus
 * `widgets` more controls of every kind the collector knows:
 *   text, textarea, select, native radio group, checkbox, range,
 *   role=slider, role=combobox + listbox, role=radiogroup (role=radio items), contenteditable,
 * laid out in nested <section>s with h2/h3/h4 headings, <fieldset>/<legend> groups and
 * tables whose rows hold controls (label from the row header).
 * A share of the widgets (`emptyRatio`) is left empty, so the page has many findings.
 * Deterministic: the same options give the same page.
 *
 * Served by bench/run.mjs at https://emenscr.nesdc.go.th/replica/stress/report/1.
 */

const KINDS = ['text', 'textarea', 'select', 'radios', 'checkbox', 'range', 'slider', 'combobox', 'radiogroup', 'editable', 'tableRow'];

const WORDS = [
  'งบประมาณ', 'กิจกรรม', 'ผลผลิต', 'ตัวชี้วัด', 'เป้าหมาย', 'พื้นที่', 'ผู้รับผิดชอบ', 'ระยะเวลา',
  'หน่วยงาน', 'ผลลัพธ์', 'ปัญหาอุปสรรค', 'ข้อเสนอแนะ', 'วิธีดำเนินการ', 'กลุ่มเป้าหมาย', 'ค่าใช้จ่าย', 'แผนงาน',
];
const OPTIONS = ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ไม่เกี่ยวข้อง'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * @param {{ widgets?: number, seed?: number, emptyRatio?: number, sections?: number, subsections?: number }} [opts]
 * @returns {{ html: string, widgets: number, byKind: Record<string, number>, expectedEmpty: number }}
 */
export function stressForm({ widgets = 2000, seed = 1, emptyRatio = 0.1, sections = 10, subsections = 4 } = {}) {
  const rand = rng(seed);
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let id = 0;
  let expectedEmpty = 0;
  const perSub = Math.ceil(widgets / (sections * subsections));
  let made = 0;
  let turn = 0;

  const label = (n) => `${WORDS[n % WORDS.length]} ${WORDS[(n * 7 + 3) % WORDS.length]} ข้อ ${n + 1}`;

  /** one widget of `kind`, numbered n; returns html */
  function widget(kind, n) {
    const empty = rand() < emptyRatio;
    if (empty && kind !== 'checkbox' && kind !== 'range' && kind !== 'slider') expectedEmpty++;
    const fid = `w${++id}`;
    const lab = label(n);
    const opt = OPTIONS[n % OPTIONS.length];
    byKind[kind]++;
    switch (kind) {
      case 'text':
        return `<div class="row"><label for="${fid}">${lab}</label><input type="text" id="${fid}" name="${fid}" value="${empty ? '' : esc('ค่า ' + (n + 1))}"></div>`;
      case 'textarea':
        return `<div class="row"><label for="${fid}">${lab} <span class="req">*</span></label><textarea id="${fid}" required>${empty ? '' : 'รายละเอียดการดำเนินงาน ' + (n + 1)}</textarea></div>`;
      case 'select':
        return `<div class="row"><label for="${fid}">${lab}</label><select id="${fid}"><option value="">-- กรุณาเลือก --</option>${OPTIONS.map((o, i) => `<option value="${i + 1}"${!empty && o === opt ? ' selected' : ''}>${o}</option>`).join('')}</select></div>`;
      case 'radios':
        return `<fieldset class="row"><legend>${lab}</legend><div class="opts">${OPTIONS.slice(0, 3).map((o, i) => `<span class="opt"><input type="radio" id="${fid}-${i}" name="${fid}" value="${i}"${!empty && i === n % 3 ? ' checked' : ''}><label for="${fid}-${i}">${o}</label></span>`).join('')}</div></fieldset>`;
      case 'checkbox':
        return `<div class="row opt"><input type="checkbox" id="${fid}"${empty ? '' : ' checked'}><label for="${fid}">${lab}</label></div>`;
      case 'range':
        return `<div class="row"><label for="${fid}">${lab} (ร้อยละ)</label><div class="range-wrap"><input type="range" id="${fid}" min="0" max="100" step="5" value="${empty ? 0 : (n * 5) % 100}"><output for="${fid}">${empty ? 0 : (n * 5) % 100}</output></div></div>`;
      case 'slider': {
        const v = empty ? 0 : (n * 10) % 100;
        return `<div class="row"><span id="${fid}-l" class="lbl">${lab} (ร้อยละ)</span><div class="slider" role="slider" tabindex="0" aria-labelledby="${fid}-l" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${v}"><span class="thumb" style="left:${v}%"></span></div></div>`;
      }
      case 'combobox':
        return `<div class="row"><span id="${fid}-l" class="lbl">${lab}</span><div class="combo" role="combobox" tabindex="0" aria-labelledby="${fid}-l" aria-expanded="false" aria-controls="${fid}-lb" aria-haspopup="listbox">${empty ? 'กรุณาเลือก' : opt}</div><ul role="listbox" id="${fid}-lb" hidden>${OPTIONS.map((o) => `<li role="option"${!empty && o === opt ? ' aria-selected="true"' : ''}>${o}</li>`).join('')}</ul></div>`;
      case 'radiogroup':
        return `<div class="row"><span id="${fid}-l" class="lbl">${lab}</span><div role="radiogroup" aria-labelledby="${fid}-l" class="opts">${OPTIONS.slice(0, 3).map((o, i) => `<span role="radio" tabindex="${i ? -1 : 0}" aria-checked="${!empty && i === n % 3}">${o}</span>`).join('')}</div></div>`;
      case 'editable':
        return `<div class="row"><span id="${fid}-l" class="lbl">${lab}</span><div class="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="${fid}-l">${empty ? '' : 'บันทึก ' + (n + 1)}</div></div>`;
      default:
        throw new Error(kind);
    }
  }

  /** a table: each row is a row header and a text input, a number input and a select */
  function table(n, rows) {
    let body = '';
    for (let r = 0; r < rows; r++) {
      const empty = () => {
        const e = rand() < emptyRatio;
        if (e) expectedEmpty++;
        return e;
      };
      const base = ++id;
      byKind.tableRow += 3;
      body += `<tr><th scope="row">${WORDS[(n + r) % WORDS.length]} แถว ${r + 1}</th>` +
        `<td><input type="text" id="t${base}a" value="${empty() ? '' : 'รายการ ' + (r + 1)}"></td>` +
        `<td><input type="text" inputmode="decimal" id="t${base}b" value="${empty() ? '' : (r + 1) * 1000}"></td>` +
        `<td><select id="t${base}c"><option value="">-- เลือก --</option><option${empty() ? '' : ' selected'}>บาท</option><option>ร้อยละ</option></select></td></tr>`;
    }
    return `<table class="grid"><caption>ตาราง ${WORDS[n % WORDS.length]} ${n + 1}</caption><thead><tr><th>รายการ</th><th>รายละเอียด</th><th>จำนวน</th><th>หน่วย</th></tr></thead><tbody>${body}</tbody></table>`;
  }

  let out = '';
  for (let s = 0; s < sections && made < widgets; s++) {
    out += `<section class="card"><h3>ส่วนที่ ${s + 1} ${WORDS[s % WORDS.length]}</h3>`;
    for (let sub = 0; sub < subsections && made < widgets; sub++) {
      out += `<section class="sub"><h4>${s + 1}.${sub + 1} ${WORDS[(s + sub) % WORDS.length]}</h4>`;
      let inSub = 0;
      while (inSub < perSub && made < widgets) {
        // ten widget kinds in turn; every 22nd turn a table of up to 3 rows (3 controls a row)
        const t = turn++;
        const kind = t % 22 === 21 ? 'tableRow' : KINDS[t % 10];
        const room = Math.min(perSub - inSub, widgets - made);
        if (kind === 'tableRow' && room >= 3) {
          const rows = Math.min(3, Math.floor(room / 3));
          out += table(made, rows);
          made += rows * 3;
          inSub += rows * 3;
        } else if (kind === 'tableRow') {
          continue;
        } else if (t % 23 === 7 && room >= 2) {
          // a nested group: fieldset with a legend around two widgets
          out += `<fieldset class="group"><legend>กลุ่ม ${WORDS[made % WORDS.length]}</legend>${widget(kind, made)}${widget(KINDS[(t + 1) % 10], made + 1)}</fieldset>`;
          made += 2;
          inSub += 2;
        } else {
          out += widget(kind, made);
          made++;
          inSub++;
        }
      }
      out += `</section>`;
    }
    out += `</section>`;
  }

  const html = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>eMENSCR ระบบติดตามและประเมินผลแห่งชาติ (stress)</title>
<style>
body{margin:0;font-family:"Loma","Garuda",sans-serif;background:#eef2f7;color:#1e293b;line-height:1.5}
[hidden]{display:none!important}
header{background:#174a8b;color:#fff;padding:8px 16px}
main{max-width:760px;margin:12px auto;padding:0 12px}
.card{background:#fff;border:1px solid #d5deea;border-radius:6px;padding:0 16px 12px;margin-bottom:10px}
h3{background:#2b6cb8;color:#fff;margin:0 -16px 10px;padding:6px 16px;font-size:1rem}
h4{color:#174a8b;margin:6px 0;font-size:.95rem}
.row{margin:0 0 8px}
.row>label,.lbl,legend{display:block;font-weight:600}
input[type=text],select,textarea{font:inherit;width:100%}
.slider{position:relative;height:14px;background:#dbe7f7;border-radius:7px}
.thumb{position:absolute;top:-2px;width:18px;height:18px;border-radius:50%;background:#1f5fae}
.combo,.editor{border:1px solid #b6c3d4;min-height:1.6em;padding:2px 6px;background:#fff}
.opts{display:flex;gap:12px}
table.grid{width:100%;border-collapse:collapse;margin-bottom:8px}
table.grid th,table.grid td{border:1px solid #e2e8f0;padding:2px 4px}
</style></head>
<body>
<header><nav><a href="/replica/stress/">หน้าหลัก</a> <input type="search" placeholder="ค้นหา"></nav></header>
<main>
<h2>บันทึกรายงานความก้าวหน้า ปีงบประมาณ 2568</h2>
<form id="report">
<section class="card"><h3>ข้อมูลโครงการ</h3>
<div class="row"><label for="name">ชื่อโครงการ <span class="req">*</span></label><input type="text" id="name" required value="โครงการทดสอบภาระงาน"></div>
<div class="row"><label for="fy">ปีงบประมาณ</label><input type="text" id="fy" readonly value="2568"></div>
<div class="row"><label for="q">ไตรมาสที่รายงาน</label><select id="q"><option value="">-- กรุณาเลือก --</option><option>ไตรมาสที่ 1</option><option selected>ไตรมาสที่ 2</option><option>ไตรมาสที่ 3</option><option>ไตรมาสที่ 4</option></select></div>
<fieldset class="row"><legend>สถานะโครงการ</legend><div class="opts"><input type="radio" name="status" id="st1"><label for="st1">ยังไม่ดำเนินการ</label><input type="radio" name="status" id="st2" checked><label for="st2">อยู่ระหว่างดำเนินการ</label><input type="radio" name="status" id="st3"><label for="st3">ดำเนินการแล้วเสร็จ</label></div></fieldset>
<div class="row"><label for="progress">ความก้าวหน้าของโครงการ (ร้อยละ)</label><input type="range" id="progress" min="0" max="100" step="5" value="45"></div>
<div class="row"><label for="alloc">งบประมาณที่ได้รับจัดสรร (บาท)</label><input type="text" id="alloc" value="1,000,000"></div>
<div class="row"><label for="spent">ผลการเบิกจ่าย (บาท)</label><input type="text" id="spent" value="450,000"></div>
</section>
<section class="card"><h3>ความเชื่อมโยงกับแผนระดับต่างๆ</h3>
<section><h4>ยุทธศาสตร์ชาติ</h4><div class="row opt"><input type="checkbox" id="p1" checked><label for="p1">เชื่อมโยงกับยุทธศาสตร์ชาติ</label></div><div class="row"><label for="p1d">ประเด็นยุทธศาสตร์</label><input type="text" id="p1d" value="ด้านความมั่นคง"></div></section>
<section><h4>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</h4><div class="row opt"><input type="checkbox" id="p2" checked><label for="p2">เชื่อมโยงกับแผนพัฒนาฯ ฉบับที่ 13</label></div><div class="row"><label for="p2d">หมุดหมาย</label><input type="text" id="p2d" value=""></div></section>
</section>
${out}
<div class="actions"><button type="button">บันทึก</button><button type="submit">ส่งรายงาน</button></div>
</form>
<div id="bench-probe"></div>
</main>
<footer>replica stress form</footer>
<script>window.__replica = { ready: true, screen: 'stress' };</script>
</body></html>`;
  return { html, widgets: made, byKind, expectedEmpty };
}

// `node bench/stress-form.mjs > /tmp/stress.html` writes one page for a look in a browser
if (import.meta.url === `file://${process.argv[1]}`) {
  const { html, widgets, byKind, expectedEmpty } = stressForm();
  process.stdout.write(html);
  console.error({ widgets, byKind, expectedEmpty, bytes: html.length });
}
