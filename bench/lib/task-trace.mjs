/**
 * Which main-thread tasks ran extension code, from a Chromium trace of one page load (CDP
 * Tracing on the page's session). The page's own long task (the stress form renders 2,000
 * widgets in one 200–270 ms task) says nothing about the extension, so the long-task probe's
 * "longest task with the extension" cannot judge "no extension task ≥ 50 ms" (issue 12).
 *
 * A task is a top-level `RunTask` (or `ThreadControllerImpl::RunTask`) on the renderer main
 * thread; extension time inside it is the time of the script events whose URL is the
 * extension's (`FunctionCall`, `EvaluateScript`, `TimerFire`… with `data.url`
 * chrome-extension://, and `v8.compile`/`v8.evaluateModule` of its scripts), outermost only.
 * A task is "the extension's" when extension time is at least half its script time and 1 ms
 * (our timer, our idle callback, our listener); a page task in which our MutationObserver
 * callback also ran stays the page's, with our part counted (extInOne).
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'v8'];

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'V8.ScriptCompiler', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run']);

function urlOf(e) {
  const d = e.args?.data ?? e.args ?? {};
  return d.url ?? d.fileName ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '';
}

/**
 * Per task on the main thread of the renderer that ran `origin`'s pages: duration, extension
 * time (outermost extension script events), page script time. Tasks under 1 ms are dropped.
 */
export function tasksOf(events, { extensionPrefix = 'chrome-extension://' } = {}) {
  // the renderer main thread that ran extension code (the tab's)
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, true);
  }
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!threads.has(key) || e.ph !== 'X') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const out = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let task = null;
    let extEnd = -1;
    let scriptEnd = -1;
    for (const e of list) {
      if (isTask(e)) {
        if (task && e.ts < task.end) continue; // nested RunTask (a nested loop): part of the outer one
        task = { start: e.ts, end: e.ts + (e.dur ?? 0), dur: (e.dur ?? 0) / 1000, ext: 0, script: 0 };
        out.push(task);
        extEnd = scriptEnd = -1;
        continue;
      }
      if (!task || e.ts >= task.end || !SCRIPT_EVENTS.has(e.name)) continue;
      const end = e.ts + (e.dur ?? 0);
      if (e.ts >= scriptEnd) {
        task.script += (e.dur ?? 0) / 1000;
        scriptEnd = end;
      }
      if (e.ts >= extEnd && urlOf(e).startsWith(extensionPrefix)) {
        task.ext += (e.dur ?? 0) / 1000;
        extEnd = end;
      }
    }
  }
  return out.filter((t) => t.dur >= 1);
}

/** The figures of one load: longest task that is mostly ours, most extension time in one task, longest task of all. */
export function taskFigures(tasks) {
  let oursLongest = 0;
  let extInOne = 0;
  let longest = 0;
  let extTotal = 0;
  for (const t of tasks) {
    longest = Math.max(longest, t.dur);
    extInOne = Math.max(extInOne, t.ext);
    extTotal += t.ext;
    // layout forced by our script runs inside our call (counted in ext); a task with a sliver of
    // our script and a long page parse or render is not ours
    if (t.ext >= 1 && t.ext >= t.script / 2) oursLongest = Math.max(oursLongest, t.dur);
  }
  return { oursLongest, extInOne, longest, extTotal };
}

const EXT_SCRIPT = new Set(['FunctionCall', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'EvaluateScript']);

/**
 * A short trace (one mutation and what follows it): extension ms on the tab's main thread (the
 * outermost script events whose URL is the extension's: observer callbacks, timers, idle
 * callbacks, with the DOM work and layout they force), `by` event name + function; `tasks` all
 * main-thread task ms, and `kinds` / `counts` the events directly under a task by name.
 */
export function extensionTime(events) {
  const main = new Set();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const list = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && EXT_SCRIPT.has(e.name) && urlOf(e).startsWith('chrome-extension://'));
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let end = -1, total = 0;
  const by = {};
  for (const e of list) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    const ms = (e.dur ?? 0) / 1000;
    total += ms;
    const d = e.args?.data ?? {};
    const k = `${e.name} ${d.functionName || ''}:${d.lineNumber ?? ''}`;
    by[k] = (by[k] ?? 0) + ms;
  }
  // all the tab's main-thread work: tasks, and the time of each kind of event directly under a task
  const all = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let task = null, inner = -1, tasks = 0;
  const kinds = {};
  const counts = {};
  for (const e of all) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      if (task && e.ts < task) continue;
      task = e.ts + (e.dur ?? 0);
      tasks += (e.dur ?? 0) / 1000;
      inner = -1;
      continue;
    }
    if (task === null || e.ts >= task || e.ts < inner) continue;
    inner = e.ts + (e.dur ?? 0);
    kinds[e.name] = (kinds[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    counts[e.name] = (counts[e.name] ?? 0) + 1;
  }
  return { total, by, tasks, kinds, counts };
}
