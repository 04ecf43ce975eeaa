/**
 * Rich-text editors drawn in an iframe (utils/collect/widgets/iframe-editor.ts): TinyMCE and
 * CKEditor 4 hide the page's textarea and put the editing body in a same-origin iframe. The
 * markup is TinyMCE 8.9.2's as the zoo's jquery-legacy page draws it (measured in Chromium: the
 * textarea display:none + aria-hidden, then div.tox-tinymce[role=application] › editor-container
 * › sidebar-wrap › edit-area › iframe[srcdoc], the body contenteditable). happy-dom loads srcdoc
 * frames (not about:blank ones), asynchronously: each test waits for its frames.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectForm, Collector } from '@/utils/collect';
import { MAX_EDITOR_FRAMES, editorBody, iframeEditor } from '@/utils/collect/widgets/iframe-editor';
import { adapterFor } from '@/utils/collect/widgets';
import { setRichText } from '@/utils/fill/widgets';
import { LiveChecker, type LiveState } from '@/utils/content/live-checker';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const EMPTY_BODY = '<p><br data-mce-bogus="1"></p>';

/** TinyMCE 8's markup around the textarea `id` (the editing body's HTML in `body`, editable unless `editable` is false). */
function tinymce(id: string, body = EMPTY_BODY, editable = true): string {
  const doc = `<!DOCTYPE html><html><head></head><body id="tinymce" class="mce-content-body" data-id="${id}" aria-label="Rich Text Area"${editable ? ' contenteditable="true"' : ''}>${body}</body></html>`;
  return `<textarea id="${id}" name="${id}" style="display: none;" aria-hidden="true"></textarea>
    <div role="application" class="tox tox-tinymce"><div class="tox-editor-container">
      <div class="tox-editor-header"><div role="group" class="tox-toolbar-overlord"><div role="toolbar" class="tox-toolbar">
        <button type="button" aria-label="Undo" class="tox-tbtn"><span>Undo</span></button><button type="button" aria-label="Bold" class="tox-tbtn" aria-pressed="false"><span>Bold</span></button>
      </div></div></div>
      <div class="tox-sidebar-wrap"><div class="tox-edit-area"><iframe id="${id}_ifr" class="tox-edit-area__iframe" title="Rich Text Area" srcdoc="${doc.replace(/"/g, '&quot;')}"></iframe></div></div>
    </div><div class="tox-statusbar"><div class="tox-statusbar__path"><div class="tox-statusbar__path-item" role="button">p</div></div></div></div>`;
}

/** Bootstrap 3's form group as the zoo page writes it: <label for> the textarea, the editor after it. */
const group = (id: string, label: string, body?: string, editable?: boolean) =>
  `<div class="form-group"><label for="${id}" class="col-sm-3 control-label">${label} <span class="text-danger">*</span></label><div class="col-sm-9">${tinymce(id, body, editable)}</div></div>`;

/** Waits until every iframe in the document has its srcdoc document. */
async function framesLoaded(): Promise<void> {
  await vi.waitFor(() => {
    for (const f of document.querySelectorAll('iframe')) expect(f.contentDocument?.body).toBeTruthy();
  });
}

const frame = (id: string) => document.getElementById(`${id}_ifr`) as HTMLIFrameElement;
const collect = () => collectForm(document, { placeholders: [] }).snapshot.fields;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('editors in an iframe (TinyMCE 8, CKEditor 4)', () => {
  it('an empty TinyMCE editor is one empty, required rich-text field named by the label of the textarea it replaced', async () => {
    document.body.innerHTML = `<form>${group('result', 'ผลการดำเนินงาน')}${group('problems', 'ปัญหา/อุปสรรค', '<p>ขาดงบประมาณ</p>')}</form>`;
    await framesLoaded();
    const fields = collect();
    // the hidden textareas are no fields; neither the toolbar's buttons nor the status bar's path
    expect(fields.map((f) => [f.label, f.kind, f.empty, f.required, f.editable])).toEqual([
      ['ผลการดำเนินงาน', 'richtext', true, true, true],
      ['ปัญหา/อุปสรรค', 'richtext', false, true, true],
    ]);
    expect(fields[1]!.value).toBe('ขาดงบประมาณ');
    expect(adapterFor(frame('result'))).toBe(iframeEditor);
  });

  it('reads the body\'s text as typed, without the editor\'s caret fillers', async () => {
    document.body.innerHTML = `<form>${group('result', 'ผลการดำเนินงาน')}</form>`;
    await framesLoaded();
    const body = editorBody(frame('result'))!;
    body.innerHTML = '<p>\uFEFF</p><p><br></p>';
    expect(collect()[0]!.empty).toBe(true);
    body.innerHTML = '<p>อบรม <strong>2 รุ่น</strong></p><p>\u200B</p>';
    expect(collect()[0]).toMatchObject({ value: 'อบรม 2 รุ่น', empty: false });
  });

  it('never names the field by the iframe\'s title or the toolbar\'s words when the page labelled nothing', async () => {
    document.body.innerHTML = `<form><div><b>ข้อเสนอแนะ/แนวทางแก้ไข</b></div><div>${tinymce('s').replace(/<textarea[^>]*><\/textarea>/, '')}</div></form>`;
    await framesLoaded();
    const [f] = collect();
    expect(f?.label).toBe('ข้อเสนอแนะ/แนวทางแก้ไข');
  });

  it('a frame whose body is not editable (a preview), or whose document cannot be read (cross-origin), is no field', async () => {
    document.body.innerHTML = `<form><label>ชื่อโครงการ <input id="name"></label>${group('preview', 'ตัวอย่าง', '<p>ข้อความ</p>', false)}
      <iframe id="ext" srcdoc="<p>map</p>"></iframe></form>`;
    // a cross-origin frame: contentDocument is null, or throws in some engines
    Object.defineProperty(document.getElementById('ext')!, 'contentDocument', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    await vi.waitFor(() => expect(frame('preview').contentDocument?.body).toBeTruthy());
    expect(collect().map((f) => f.label)).toEqual(['ชื่อโครงการ']);
  });

  it('an older editor\'s document in designMode is an editor too', async () => {
    document.body.innerHTML = `<form>${group('result', 'ผลการดำเนินงาน', '<p>x</p>', false)}</form>`;
    await framesLoaded();
    frame('result').contentDocument!.designMode = 'on';
    // happy-dom may not implement designMode: then this proves nothing, and says so
    if (frame('result').contentDocument!.designMode !== 'on') return void console.warn('happy-dom has no designMode: not tested');
    expect(collect().map((f) => f.label)).toEqual(['ผลการดำเนินงาน']);
  });

  it('a frame that becomes an editor after a pass (TinyMCE makes the body editable once the frame loaded) is found by the next pass', async () => {
    document.body.innerHTML = `<form>${group('result', 'ผลการดำเนินงาน', '', false)}</form>`;
    await framesLoaded();
    const collector = new Collector({ placeholders: [], watch: true });
    try {
      expect(collector.collect(document).snapshot.fields).toEqual([]);
      // a change inside the frame only: the page's own document did not change
      frame('result').contentDocument!.body.setAttribute('contenteditable', 'true');
      expect(collector.collect(document).snapshot.fields.map((f) => f.label)).toEqual(['ผลการดำเนินงาน']);
    } finally {
      collector.dispose();
    }
  });

  it(`looks into at most ${MAX_EDITOR_FRAMES} iframes a pass`, async () => {
    const n = MAX_EDITOR_FRAMES + 3;
    document.body.innerHTML = `<form>${Array.from({ length: n }, (_, i) => group(`e${i}`, `ช่องที่ ${i + 1}`)).join('')}</form>`;
    await framesLoaded();
    expect(collect()).toHaveLength(MAX_EDITOR_FRAMES);
  });

  it('fill writes into the editing body, not into the iframe element or the hidden textarea', async () => {
    document.body.innerHTML = `<form>${group('result', 'ผลการดำเนินงาน')}</form>`;
    await framesLoaded();
    const body = editorBody(frame('result'))!;
    const typed = vi.fn();
    body.addEventListener('input', typed);
    expect(setRichText(frame('result'), 'อบรม 2 รุ่น')).toEqual({ ok: true });
    expect(body.textContent).toBe('อบรม 2 รุ่น');
    expect(typed).toHaveBeenCalled();
    expect(frame('result').childNodes).toHaveLength(0);
    expect((document.getElementById('result') as HTMLTextAreaElement).value).toBe('');
    expect(collect()[0]).toMatchObject({ value: 'อบรม 2 รุ่น', empty: false });
  });
});

describe('LiveChecker: typing in an editor\'s iframe', () => {
  let checker: LiveChecker | null = null;
  afterEach(() => {
    checker?.stop();
    checker = null;
  });

  const start = async () => {
    document.body.innerHTML = `<h2>แบบฟอร์มทดสอบ</h2><form>${group('result', 'ผลการดำเนินงาน')}<label>ชื่อผู้ติดต่อ * <input id="a" required value="สมชาย"></label></form>`;
    await framesLoaded();
    // past the frames' load events (each schedules a full scan: not what is tested here)
    await new Promise((r) => setTimeout(r, 100));
    const results: LiveState[] = [];
    checker = new LiveChecker({ doc: document, profile: () => DEFAULT_PROFILE, isOwnNode: () => false, onResult: (s) => results.push(s), onError: (e) => { throw e; } });
    checker.start();
    checker.flush();
    return results;
  };
  const flagged = (s: LiveState) => s.result.findings.filter((f) => f.fieldKeys.length).map((f) => s.snapshot.fields[Number(f.fieldKeys[0]!.slice(1))]!.label);

  it('an input event in the iframe\'s document re-reads the editor\'s field (no full scan needed)', async () => {
    const results = await start();
    expect(flagged(results.at(-1)!)).toEqual(['ผลการดำเนินงาน']);
    const body = editorBody(frame('result'))!;
    const before = results.length;
    body.innerHTML = '<p>อบรม 2 รุ่น</p>';
    body.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => {
      expect(results.length).toBeGreaterThan(before);
      expect(flagged(results.at(-1)!)).toEqual([]);
    });
    expect(results.at(-1)!.lastCheckKind).toBe('field');
  });

  it('a frame\'s load event (TinyMCE makes its body editable then, a change the page\'s document does not see) brings a scan that finds the editor', async () => {
    const results = await start();
    // an editor added after the first scan, its frame not editable yet
    document.querySelector('form')!.insertAdjacentHTML('beforeend', group('problems', 'ปัญหา/อุปสรรค', '', false));
    await framesLoaded();
    await vi.waitFor(() => expect(results.at(-1)!.snapshot.fields).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 100));
    frame('problems').contentDocument!.body.setAttribute('contenteditable', 'true');
    frame('problems').dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(flagged(results.at(-1)!).sort()).toEqual(['ปัญหา/อุปสรรค', 'ผลการดำเนินงาน'].sort()));
  });

  it('content set by the page with no event (editor.setContent) is re-read too, and stop() stops listening', async () => {
    const results = await start();
    expect(flagged(results.at(-1)!)).toEqual(['ผลการดำเนินงาน']);
    const body = editorBody(frame('result'))!;
    body.innerHTML = '<p>ข้อความจากเซิร์ฟเวอร์</p>';
    await vi.waitFor(() => expect(flagged(results.at(-1)!)).toEqual([]));
    checker!.stop();
    const count = results.length;
    body.innerHTML = EMPTY_BODY;
    body.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(results.length).toBe(count);
  });
});
