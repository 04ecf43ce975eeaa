#!/usr/bin/env node
/**
 * Replay (issue 14): a page-structure report (utils/report/build.ts, exported from the
 * panel's "ส่งออกโครงสร้างหน้า") → a replica page with the same controls, the same labels
 * placed where they were found (label for, wrapping label, aria-label, legend, table
 * header, text before the control…), the same sections, the same near wrappers (tags and
 * classes) and neutral values (filled fields get "ข้อความตัวอย่าง", 1000, option 1), so a
 * report from the field becomes a test page in one step.
 *
 *   npm run replay -- <report.json> [--out <file.html>]
 *
 * Without --out it writes tests/fixtures/replay-<name>.html, which scripts/replica-server.mjs
 * serves at https://emenscr.nesdc.go.th/replica/replay-<name>/… . `replayHtml(report)` is
 * also used by the tests (tests/e2e/teach.spec.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPORT_FORMAT = 'emenscr-assistant-page-report';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const CLASS_OK = /^[A-Za-z_][\w-]{0,59}$/;
/** Ancestors rebuilt around a control: its own row/wrappers, not the form's big containers. */
const STRUCTURAL = new Set(['form', 'section', 'fieldset', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'label', 'main', 'body', 'html', 'article', 'aside', 'nav', 'header', 'footer']);
const WRAP_ROLES = new Set(['presentation', 'none']);
const MAX_WRAPPERS = 3;

function open(node) {
  const cls = (node.classes ?? []).filter((c) => CLASS_OK.test(c));
  const role = node.role && WRAP_ROLES.has(node.role) ? ` role="${esc(node.role)}"` : '';
  return `<${node.tag}${cls.length ? ` class="${esc(cls.join(' '))}"` : ''}${role}>`;
}

/** The control's nearest non-structural ancestors, outermost first. */
function wrappersOf(c) {
  const out = [];
  for (const node of (c.shape ?? []).slice(1)) {
    if (STRUCTURAL.has(node.tag) || !/^[a-z][a-z0-9-]*$/.test(node.tag)) break;
    if (node.role && !WRAP_ROLES.has(node.role)) break;
    out.push(node);
    if (out.length >= MAX_WRAPPERS) break;
  }
  return out.reverse();
}

function inTable(c) {
  return (c.shape ?? []).some((n) => n.tag === 'td');
}

/**
 * How the control is drawn (native element or ARIA role), from the control's own node in
 * `shape`; a version 1 report said it in `widget` (version 2 names the adapter there).
 */
function drawnOf(c) {
  if (c.version1Widget) return c.version1Widget;
  const s = c.shape?.[0] ?? {};
  if (s.tag === 'input') {
    if (s.role) return `aria-${s.role}:input`;
    if (s.type === 'radio') return 'native-radio-group';
    return s.type === 'range' ? 'native-range' : `native-input:${s.type ?? 'text'}`;
  }
  if (s.tag === 'select' || s.tag === 'textarea') return `native-${s.tag}`;
  if (s.role) return `aria-${s.role}`;
  return c.kind === 'richtext' ? 'contenteditable' : s.tag ?? '';
}

/** Version 2 layers (utils/collect/labels) → where the label is put in the replay. */
const BY_LAYER = { next: 'next', table: 'table-header', sibling: 'sibling', geometric: 'sibling', title: 'title' };

/** Where the chosen label was found: aria-label, label-for, legend, table-header, sibling … */
function sourceOf(c) {
  if (c.labelSource) return c.labelSource; // version 1
  if (c.labelLayer === 'accessible') return c.labelVia ?? 'aria-label';
  return BY_LAYER[c.labelLayer] ?? 'fallback';
}

let uid = 0;
const nextId = (p) => `${p}${++uid}`;

function options(n) {
  return Array.from({ length: Math.max(1, n ?? 3) }, (_, i) => `ตัวเลือก ${i + 1}`);
}

function neutralText(c) {
  return /บาท|จำนวน|งบประมาณ|เงิน|amount|baht/i.test(c.label) || c.concept === 'spent' || c.concept === 'allocated' ? '1000' : 'ข้อความตัวอย่าง';
}

/** The control's markup; `labelAttr` names it by attribute when that is where its label was. */
function controlHtml(c, id, labelAttr, content = '') {
  const filled = !c.empty;
  const ro = c.editable === false ? ' readonly' : '';
  const req = c.required ? ' required' : '';
  const idAttr = id ? ` id="${id}"` : '';
  const shapeType = c.shape?.[0]?.type;
  const w = drawnOf(c);
  switch (c.kind) {
    case 'select': {
      if (w.startsWith('aria-')) return comboboxHtml(c, idAttr, labelAttr, ro, req);
      const opts = options(c.optionCount);
      return `<select${idAttr}${labelAttr}${req}${c.editable === false ? ' disabled' : ''}><option value="">-- กรุณาเลือก --</option>${opts
        .map((o, i) => `<option value="${i + 1}"${filled && i === 0 ? ' selected' : ''}>${o}</option>`)
        .join('')}</select>`;
    }
    case 'combobox':
      return comboboxHtml(c, idAttr, labelAttr, ro, req);
    case 'slider':
      if (w === 'native-range' || shapeType === 'range') return `<input type="range"${idAttr}${labelAttr} min="0" max="100" step="5" value="${filled ? 50 : 0}">`;
      return `<div role="slider" tabindex="0"${idAttr}${labelAttr} aria-valuemin="0" aria-valuemax="100"${filled ? ' aria-valuenow="50"' : ''}></div>`;
    case 'checkbox':
      if (w.startsWith('aria-')) {
        const role = w.includes('switch') ? 'switch' : 'checkbox';
        return `<div role="${role}" tabindex="0"${idAttr}${labelAttr} aria-checked="${filled}"${req ? ' aria-required="true"' : ''}>${content}</div>`;
      }
      return `<input type="checkbox"${idAttr}${labelAttr}${filled ? ' checked' : ''}${req}>`;
    case 'richtext':
      if (w === 'aria-textbox') return `<div role="textbox" tabindex="0" contenteditable="true"${idAttr}${labelAttr}>${filled ? neutralText(c) : ''}</div>`;
      return `<div contenteditable="true"${idAttr}${labelAttr}>${filled ? neutralText(c) : ''}</div>`;
    case 'text':
    default: {
      const value = filled ? neutralText(c) : '';
      if (w === 'native-textarea') return `<textarea${idAttr}${labelAttr} rows="2"${ro}${req}>${value}</textarea>`;
      if (w === 'aria-spinbutton') return `<div role="spinbutton" tabindex="0"${idAttr}${labelAttr}${filled ? ' aria-valuenow="1000"' : ''}></div>`;
      const type = shapeType && !['hidden', 'submit', 'button', 'reset', 'image', 'file', 'search', 'radio', 'checkbox', 'range'].includes(shapeType) ? shapeType : 'text';
      const v = type === 'number' && filled ? '1000' : value;
      return `<input type="${type}"${idAttr}${labelAttr} value="${esc(v)}"${ro}${req}>`;
    }
  }
}

function comboboxHtml(c, idAttr, labelAttr, ro, req) {
  const list = nextId('lb');
  const opts = options(c.optionCount).map((o) => `<li role="option">${o}</li>`).join('');
  const value = c.empty ? '' : 'ตัวเลือก 1';
  if (drawnOf(c) === 'aria-combobox:input') {
    return `<input role="combobox" aria-expanded="false" aria-controls="${list}"${idAttr}${labelAttr} value="${value}"${ro}${req}><ul role="listbox" id="${list}" hidden>${opts}</ul>`;
  }
  return `<div role="combobox" tabindex="0" aria-expanded="false" aria-controls="${list}"${idAttr}${labelAttr}${req ? ' aria-required="true"' : ''}>${value}</div><ul role="listbox" id="${list}" hidden>${opts}</ul>`;
}

function radiosHtml(c, labelAttr) {
  const name = nextId('r');
  const opts = options(c.optionCount);
  if (drawnOf(c).startsWith('aria-')) {
    return `<div role="radiogroup"${labelAttr}>${opts
      .map((o, i) => `<div role="radio" tabindex="0" aria-checked="${!c.empty && i === 0}">${o}</div>`)
      .join('')}</div>`;
  }
  return opts
    .map((o, i) => `<label><input type="radio" name="${name}" value="${i + 1}"${!c.empty && i === 0 ? ' checked' : ''}${c.required ? ' required' : ''}> ${o}</label>`)
    .join(' ');
}

/** One control with its label where the report says it was found. */
function fieldHtml(c, table) {
  const label = esc(c.label ?? '');
  const src = c.label ? sourceOf(c) : 'none';
  const radio = c.kind === 'radio';
  // an ARIA radio group is its own container; native radios get one only to carry a label
  const group = (attr) => (drawnOf(c).startsWith('aria-') ? radiosHtml(c, attr) : `<div role="radiogroup"${attr}>${radiosHtml(c, '')}</div>`);
  if (radio) {
    switch (src) {
      case 'aria-label':
      case 'group-label':
      case 'fallback':
        return { head: '', body: group(` aria-label="${label}"`) };
      case 'aria-labelledby': {
        const id = nextId('h');
        return { head: '', body: `<span id="${id}">${label}</span>${group(` aria-labelledby="${id}"`)}` };
      }
      case 'table-header':
        if (table) return { head: label, body: radiosHtml(c, '') };
      // falls through
      case 'sibling':
        return { head: '', body: `<div class="label">${label}</div><div class="options">${radiosHtml(c, '')}</div>` };
      case 'none':
        return { head: '', body: `<div class="options">${radiosHtml(c, '')}</div>` };
      default:
        return { head: '', body: `<fieldset><legend>${label}</legend>${radiosHtml(c, '')}</fieldset>` };
    }
  }
  switch (src) {
    case 'label-wrap':
      return { head: '', body: `<label>${label} ${controlHtml(c, '', '')}</label>` };
    case 'content':
      return { head: '', body: controlHtml(c, '', '', label) };
    case 'aria-label':
    case 'fallback':
      return { head: '', body: controlHtml(c, '', ` aria-label="${label}"`) };
    case 'aria-labelledby': {
      const id = nextId('h');
      return { head: '', body: `<span id="${id}">${label}</span>${controlHtml(c, '', ` aria-labelledby="${id}"`)}` };
    }
    case 'title':
      return { head: '', body: controlHtml(c, '', ` title="${label}"`) };
    case 'placeholder':
      return { head: '', body: controlHtml(c, '', ` placeholder="${label}"`) };
    case 'legend':
      return { head: '', body: `<fieldset><legend>${label}</legend>${controlHtml(c, '', '')}</fieldset>` };
    case 'group-label':
      return { head: '', body: `<div role="group" aria-label="${label}">${controlHtml(c, '', '')}</div>` };
    case 'sibling':
      return { head: '', body: `<div class="label">${label}</div>${controlHtml(c, '', '')}` };
    case 'next':
      // a checkbox or radio followed by its text (no <label for>)
      return { head: '', body: `${controlHtml(c, '', '')}<span class="label">${label}</span>` };
    case 'none':
      return { head: '', body: controlHtml(c, '', '') };
    case 'table-header':
      if (table) return { head: label, body: controlHtml(c, '', '') };
    // falls through
    case 'label-for':
    default: {
      const id = nextId('f');
      return { head: '', body: `<label for="${id}">${label}</label>${controlHtml(c, id, '')}` };
    }
  }
}

function wrap(c, inner) {
  const ws = wrappersOf(c);
  return ws.map(open).join('') + inner + ws.map((n) => `</${n.tag}>`).reverse().join('');
}

export function replayHtml(report) {
  if (!report || report.format !== REPORT_FORMAT || !Array.isArray(report.controls)) {
    throw new Error(`not a page-structure report (format must be "${REPORT_FORMAT}")`);
  }
  uid = 0;
  // version 1 named how a control was drawn in `widget` (now the adapter's id)
  const controls = report.version === 1 ? report.controls.map((c) => ({ ...c, version1Widget: c.widget })) : report.controls;
  const sectionTitles = new Set(controls.flatMap((c) => c.section ?? []));
  const labels = new Set(controls.map((c) => c.label));
  const pageHeadings = (report.screen?.headings ?? []).filter((h) => !sectionTitles.has(h) && !labels.has(h));
  const out = [];
  let path = []; // open <section> titles (block layout)
  let table = null; // the section path of the open table
  const closeTable = () => {
    if (table) out.push('</tbody></table>');
    table = null;
  };
  const closeSections = (keep) => {
    while (path.length > keep) {
      out.push('</section>');
      path.pop();
    }
  };
  for (const c of controls) {
    const section = c.section ?? [];
    const tableMode = inTable(c);
    let common = 0;
    while (common < path.length && common < section.length && path[common] === section[common]) common++;
    if (tableMode) {
      // sections of a table layout: the outer ones as <section>s, the innermost as a title row
      const outer = section.slice(0, -1);
      let keep = 0;
      while (keep < path.length && keep < outer.length && path[keep] === outer[keep]) keep++;
      if (keep < path.length || !table) {
        closeTable();
        closeSections(keep);
      }
      for (let i = path.length; i < outer.length; i++) {
        out.push(`<section><h${Math.min(3 + i, 6)}>${esc(outer[i])}</h${Math.min(3 + i, 6)}>`);
        path.push(outer[i]);
      }
      const title = section[section.length - 1];
      if (!table) {
        out.push('<table class="form-table"><tbody>');
        table = { title: undefined };
      }
      if (title !== undefined && table.title !== title) {
        out.push(`<tr class="sec"><th colspan="2">${esc(title)}</th></tr>`);
        table.title = title;
      }
      const f = fieldHtml(c, true);
      out.push(`<tr><th>${f.head}</th><td>${wrap(c, f.body)}</td></tr>`);
      continue;
    }
    closeTable();
    closeSections(common);
    for (let i = path.length; i < section.length; i++) {
      out.push(`<section><h${Math.min(3 + i, 6)}>${esc(section[i])}</h${Math.min(3 + i, 6)}>`);
      path.push(section[i]);
    }
    const f = fieldHtml(c, false);
    out.push(wrap(c, `<div class="replay-row">${f.body}</div>`));
  }
  closeTable();
  closeSections(0);
  const title = pageHeadings[0] ?? 'eMENSCR';
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>${esc(title)} - eMENSCR (replay)</title>
<!-- Replayed from a page-structure report (scripts/replay.mjs): same controls, labels and sections, neutral values. Route of the original: ${esc(report.screen?.route ?? '')} -->
<style>
body { font-family: "Sarabun", "Noto Sans Thai", sans-serif; font-size: 15px; margin: 0; padding: 16px 24px; max-width: 760px; }
.replay-row, td { margin-bottom: 10px; }
label, .label, th { display: block; font-weight: 600; }
input[type="text"], input[type="number"], select, textarea { width: 100%; box-sizing: border-box; padding: 6px; }
[role="combobox"], [role="slider"], [role="textbox"], [contenteditable="true"] { border: 1px solid #999; min-height: 1.6em; padding: 4px; }
[role="slider"] { height: 8px; }
</style>
</head>
<body>
<div class="page-head">${pageHeadings.map((h, i) => (i === 0 ? `<h1>${esc(h)}</h1>` : `<h2>${esc(h)}</h2>`)).join('')}</div>
<form novalidate autocomplete="off">
${out.join('\n')}
</form>
</body>
</html>
`;
}

async function main(argv) {
  const args = argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const outAt = args.indexOf('--out');
  if (!file) {
    console.error('usage: npm run replay -- <report.json> [--out <file.html>]');
    process.exit(2);
  }
  let report;
  try {
    report = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
  const html = replayHtml(report);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const name = 'replay-' + path.basename(file).replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const out = outAt >= 0 ? args[outAt + 1] : path.join(root, 'tests', 'fixtures', `${name}.html`);
  await writeFile(out, html);
  const route = (report.screen?.route ?? '').replace(/^\/replica\/[^/]+/, '').replace(/:id/g, '1');
  console.log(`wrote ${out}` + (outAt >= 0 ? '' : `\nserved at https://emenscr.nesdc.go.th/replica/${name}${route || '/'}`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
