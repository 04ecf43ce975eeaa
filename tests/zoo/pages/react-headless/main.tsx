/**
 * Zoo page: React 19 + Headless UI 2, written from Headless UI's docs (unstyled components, a
 * small Tailwind-like stylesheet beside this file, no Tailwind build): Fieldset + Legend per
 * section, Field + Label + Description with Input / Textarea (ids linked by the library),
 * Listbox (a button showing the choice, options in a portal anchored to it, `name` → hidden
 * input) for the quarter, a multiple Listbox for the target groups (the chosen ones as text in
 * the button), a Combobox with search for the long list of master-plan issues, a RadioGroup of
 * Radio for the status, a native range Input for the progress, Inputs with ฿ / บาท adornments,
 * a plain table of KPI rows with Inputs, Switches revealing the plan sections; on M1 cascading
 * Listboxes, the plan edition as a RadioGroup, and a table of plan rows with Listbox cells.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Combobox, ComboboxButton, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Dialog, DialogBackdrop, DialogPanel, DialogTitle, Field, Fieldset, Input, Label,
  Legend, Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import './style.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import { parseThaiDate, thaiDate, type M1Values, type M6Values, type PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const P = FORM.placeholder;
const Chevron = () => (
  <svg className="chevron" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M5.22 10.22a.75.75 0 0 1 1.06 0L8 11.94l1.72-1.72a.75.75 0 1 1 1.06 1.06l-2.25 2.25a.75.75 0 0 1-1.06 0l-2.25-2.25a.75.75 0 0 1 0-1.06ZM10.78 5.78a.75.75 0 0 1-1.06 0L8 4.06 6.28 5.78a.75.75 0 0 1-1.06-1.06l2.25-2.25a.75.75 0 0 1 1.06 0l2.25 2.25a.75.75 0 0 1 0 1.06Z" /></svg>
);
const Check = () => (
  <svg className="check" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M12.416 3.376a.75.75 0 0 1 .208 1.04l-5 7.5a.75.75 0 0 1-1.154.114l-3-3a.75.75 0 0 1 1.06-1.06l2.353 2.353 4.493-6.74a.75.75 0 0 1 1.04-.207Z" /></svg>
);

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-gray-50">
      <nav className="flex items-center gap-4 bg-indigo-700 px-6 py-3 text-white">
        <a href={route.base} data-link className="font-bold">eMENSCR</a>
        {navLinks(route.base).map((l) => (
          <a key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true} className="text-sm text-indigo-100">{l.text}</a>
        ))}
        <div className="flex-1" />
        <input type="search" placeholder={FORM.chrome.search} className="rounded-md bg-indigo-600 px-3 py-1 text-sm text-white" />
        <span className="text-sm">{FORM.chrome.user}</span>
      </nav>
      <main className="mx-auto max-w-4xl px-6 py-6">{children}</main>
      <footer className="pb-6 text-center text-xs text-gray-500">{FORM.chrome.footer}</footer>
    </div>
  );
}

const Crumbs = ({ items, base }: { items: string[]; base: string }) => (
  <ol className="mb-4 flex gap-2 text-sm text-gray-500">
    {items.map((t, i) => <li key={t}>{i > 0 && <span className="mr-2">/</span>}{i === 0 ? <a href={base} data-link className="text-indigo-600">{t}</a> : t}</li>)}
  </ol>
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <div className="mb-6 rounded-lg bg-white p-6 shadow">
      <h2 className="text-base font-semibold text-gray-900">{FORM.summary.title}</h2>
      <dl className="mt-4 grid grid-cols-2 gap-4">
        {items.map(([k, v]) => (
          <div key={k} className={k === L.name ? 'col-span-2' : ''}>
            <dt className="text-sm text-gray-500">{k}</dt>
            <dd className="text-sm text-gray-900">{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A Headless UI Listbox as its docs draw it: the button shows the choice, the options float in a portal. */
function Select<T extends string | number>({ value, onChange, options, labelOf, placeholder = P, disabled, name, invalid }: {
  value: T | null; onChange: (v: T) => void; options: T[]; labelOf: (v: T) => string; placeholder?: string; disabled?: boolean; name?: string; invalid?: boolean;
}) {
  return (
    <Listbox value={value} onChange={onChange} disabled={disabled} name={name} invalid={invalid}>
      <ListboxButton className="listbox-button">
        {value === null ? <span className="text-gray-400">{placeholder}</span> : <span>{labelOf(value)}</span>}
        <Chevron />
      </ListboxButton>
      <ListboxOptions anchor="bottom start" className="options">
        {options.map((o) => (
          <ListboxOption key={o} value={o} className="option"><Check /><span>{labelOf(o)}</span></ListboxOption>
        ))}
      </ListboxOptions>
    </Listbox>
  );
}
const same = (s: string) => s;

/** The send step (form.json send): a Headless UI Dialog with the project and its budget source, the approver in a Listbox as the quarter. */
function SendDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [to, setTo] = useState<number | null>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { if (open) { const n = sendChoice(); setTo(n >= 0 ? n : null); setInvalid(false); } }, [open]);
  const commit = () => {
    if (to === null) { setInvalid(true); return; }
    markSent(T.recipient.options[to]!);
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} className="relative dialog">
      <DialogBackdrop className="dialog-backdrop" />
      <div className="dialog-wrap">
        <DialogPanel className="dialog-panel">
          <DialogTitle className="text-base font-semibold text-gray-900">{T.title}</DialogTitle>
          <dl className="mt-4 space-y-4">
            {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
              <div key={k}><dt className="text-sm text-gray-500">{k}</dt><dd className="text-sm text-gray-900">{val}</dd></div>
            ))}
          </dl>
          <Field className="field mt-4">
            <Label className="label">{T.recipient.label}</Label>
            <Select value={to} onChange={(n) => { setTo(n); setInvalid(false); }} options={T.recipient.options.map((_, i) => i)} labelOf={(n) => T.recipient.options[n]!}
              placeholder={T.recipient.placeholder} invalid={invalid} />
            {invalid && <Description className="description text-red-600">{`กรุณา${T.recipient.placeholder}`}</Description>}
          </Field>
          <div className="dialog-actions">
            <Button className="btn" onClick={onClose}>{T.cancel}</Button>
            <Button className="btn btn-primary" onClick={commit}>{T.commit}</Button>
          </div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [v, setV] = useState(initial);
  const [sending, setSending] = useState(false);
  const [filter, setFilter] = useState('');
  const [query, setQuery] = useState('');
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);

  const [dates, setDates] = useState({ reportDate: thaiDate(v.reportDate), startDate: thaiDate(v.startDate), endDate: thaiDate(v.endDate) });
  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <Field className="field">
      <Label className="label">{F[key].label}</Label>
      <Input name={key} className="input" placeholder={F[key].placeholder} value={dates[key]}
        onChange={(e) => { setDates((d) => ({ ...d, [key]: e.target.value })); set(key, parseThaiDate(e.target.value)); }} />
    </Field>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Field className="field">
      <Label className="label">{F[key].label}</Label>
      <Textarea name={key} rows={3} maxLength={F[key].maxLength} className="input" value={v[key]} onChange={(e) => set(key, e.target.value)} />
      <Description className="description text-right">{v[key].length}/{F[key].maxLength}</Description>
    </Field>
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    const setP = (patch: Partial<typeof p>) => setV((o) => ({ ...o, plans: { ...o.plans, [key]: { ...o.plans[key], ...patch } } }));
    const filtered = query === '' ? list : list.filter((o) => o.includes(query));
    return (
      <div key={key}>
        <Field className="flex items-center gap-3">
          <Switch checked={p.on} onChange={(on) => setP({ on })} className="switch"><span className="switch-thumb" /></Switch>
          <Label className="text-sm font-medium">{name}</Label>
        </Field>
        {p.on && (
          <div className="ml-12 mt-3 space-y-4 rounded-md border border-gray-200 p-4">
            {key === 'mp' ? (
              <Field className="field">
                <Label className="label">{label}</Label>
                <Combobox value={p.detail || null} onChange={(d: string | null) => setP({ detail: d ?? '' })} onClose={() => setQuery('')}>
                  <div className="relative">
                    <ComboboxInput className="input pr-8" displayValue={(d: string | null) => d ?? ''} placeholder={P} onChange={(e) => setQuery(e.target.value)} />
                    <ComboboxButton className="combobox-button"><Chevron /></ComboboxButton>
                  </div>
                  <ComboboxOptions anchor="bottom start" className="options empty:invisible">
                    {filtered.map((o) => <ComboboxOption key={o} value={o} className="option"><Check /><span>{o}</span></ComboboxOption>)}
                  </ComboboxOptions>
                </Combobox>
              </Field>
            ) : (
              <Field className="field">
                <Label className="label">{label}</Label>
                <Select name={`plans.${key}.detail`} value={p.detail || null} onChange={(d) => setP({ detail: d })} options={list} labelOf={same} />
              </Field>
            )}
            <Field className="field">
              <Label className="label">{FORM.m6.plans.textLabel}</Label>
              <Textarea name={`plans.${key}.text`} rows={2} className="input" value={p.text} onChange={(e) => setP({ text: e.target.value })} />
            </Field>
          </div>
        )}
      </div>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <h1 className="mb-4 text-2xl font-bold text-gray-900">{FORM.m6.title}</h1>
      <Summary fy={v.fiscalYear} />

      <Fieldset className="card">
        <Legend className="legend">{S.report}</Legend>
        <Field className="field">
          <Label className="label">{F.quarter.label}</Label>
          <Select name="quarter" value={v.quarter || null} onChange={(q) => set('quarter', q)} options={F.quarter.options} labelOf={same} placeholder={F.quarter.placeholder} />
        </Field>
        {date('reportDate')}
        <Field className="field">
          <Label className="label">{F.status.label}</Label>
          <RadioGroup name="status" value={v.status || null} onChange={(s: string) => set('status', s)} className="flex flex-wrap gap-4">
            {F.status.options.map((o) => (
              <Field key={o} className="flex items-center gap-2">
                <Radio value={o} className="radio"><span className="radio-dot" /></Radio>
                <Label className="text-sm">{o}</Label>
              </Field>
            ))}
          </RadioGroup>
        </Field>
        <Field className="field">
          <Label className="label">{F.progress.label}</Label>
          <div className="flex items-center gap-3">
            <Input type="range" name="progress" min={0} max={100} step={1} className="range flex-1" value={v.progress} onChange={(e) => set('progress', Number(e.target.value))} />
            <span className="w-12 text-right text-sm">{v.progress} {F.progress.unit}</span>
          </div>
          <Description className="description">{F.progress.helper}</Description>
        </Field>
        <div className="grid grid-cols-2 gap-4">{date('startDate')}{date('endDate')}</div>
        <Field className="field">
          <Label className="label">{F.beneficiaries.label}</Label>
          <Listbox value={v.beneficiaries} onChange={(b: string[]) => set('beneficiaries', b)} multiple name="beneficiaries">
            <ListboxButton className="listbox-button">
              {v.beneficiaries.length ? <span>{v.beneficiaries.join(', ')}</span> : <span className="text-gray-400">{F.beneficiaries.placeholder}</span>}
              <Chevron />
            </ListboxButton>
            <ListboxOptions anchor="bottom start" className="options">
              {F.beneficiaries.options.map((o) => <ListboxOption key={o} value={o} className="option"><Check /><span>{o}</span></ListboxOption>)}
            </ListboxOptions>
          </Listbox>
        </Field>
      </Fieldset>

      <Fieldset className="card">
        <Legend className="legend">{S.money}</Legend>
        <Field className="field">
          <Label className="label">{F.allocation.label}</Label>
          <div className="adorned">
            <span className="adornment">{F.allocation.prefix}</span>
            <Input name="allocation" inputMode="decimal" className="input pl-8 text-right" placeholder={F.allocation.placeholder} value={v.allocation} onChange={(e) => set('allocation', e.target.value)} />
          </div>
        </Field>
        <Field className="field">
          <Label className="label">{F.spent.label}</Label>
          <div className="adorned">
            <Input name="spent" inputMode="decimal" className="input pr-12 text-right" placeholder={F.spent.placeholder} value={v.spent} onChange={(e) => set('spent', e.target.value)} />
            <span className="adornment adornment-end">{F.spent.suffix}</span>
          </div>
          <Description className="description">{F.spent.helper}</Description>
        </Field>
      </Fieldset>

      <Fieldset className="card">
        <div className="flex items-center justify-between">
          <Legend className="legend">{S.kpi}</Legend>
          <Input type="search" className="input w-64" placeholder={FORM.chrome.listFilter} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <table className="table">
          <thead><tr><th>{K.columns.name}</th><th className="text-right">{K.columns.target}</th><th>{K.columns.result}</th><th>{K.columns.unit}</th></tr></thead>
          <tbody>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td className="text-right">{row.target}</td>
                <td><Input name={`kpi.${i}`} className="input text-right" value={v.kpi[i]} onChange={(e) => set('kpi', v.kpi.map((x, j) => (j === i ? e.target.value : x)))} /></td>
                <td>{row.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Fieldset>

      <Fieldset className="card">
        <Legend className="legend">{S.narrative}</Legend>
        {area('result')}{area('problems')}{area('suggestions')}
      </Fieldset>

      <Fieldset className="card">
        <Legend className="legend">{S.plans}</Legend>
        <Fieldset className="space-y-4">
          <Legend className="text-sm font-semibold text-gray-700">{FORM.m6.plans.toggleLegend}</Legend>
          {plan('ns')}{plan('nesdp')}{plan('mp')}
        </Fieldset>
      </Fieldset>
      <div className="flex gap-3">
        <Button type="submit" className="btn btn-primary">บันทึก</Button>
        <Button className="btn" onClick={() => setSending(true)}>{FORM.send.open}</Button>
        <a href={route.base} data-link className="btn">ยกเลิก</a>
      </div>
      <SendDialog open={sending} onClose={() => setSending(false)} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <div className="grid grid-cols-3 gap-4">
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Field key={label} className="field" disabled={!enabled}>
            <Label className="label">{label}</Label>
            <Select value={chosen[lv]! >= 0 ? chosen[lv]! : null} options={list.map((_, i) => i)} labelOf={(i) => list[i] ?? ''}
              onChange={(n) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? n : -1)))} />
          </Field>
        );
      })}
    </div>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const [v, setV] = useState(initial);
  const M = FORM.m1;
  useEffect(markReady, []);
  const setRow = (i: number, row: PlanRow) => setV((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? row : r)) }));
  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <h1 className="mb-4 text-2xl font-bold text-gray-900">{M.title}</h1>
      <Summary fy={v.fiscalYear} />
      <p className="mb-4 text-sm text-gray-500">{M.hint}</p>
      <Fieldset className="card">
        <Legend className="legend">{M.ns.section}</Legend>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </Fieldset>
      <Fieldset className="card">
        <Legend className="legend">{M.nesdp.section}</Legend>
        <Field className="field">
          <Label className="label">{M.nesdp.editionLabel}</Label>
          <RadioGroup value={v.edition ? String(v.edition) : null} onChange={(e: string) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))} className="flex gap-3">
            {(['12', '13'] as const).map((e) => (
              <Field key={e} className="radio-card flex items-center gap-2">
                <Radio value={e} className="radio"><span className="radio-dot" /></Radio>
                <Label className="text-sm">{M.nesdp.editions[e]}</Label>
              </Field>
            ))}
          </RadioGroup>
        </Field>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </Fieldset>
      <Fieldset className="card">
        <div className="flex items-center justify-between">
          <Legend className="legend">{M.rows.section}</Legend>
          <Button className="btn" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>
        </div>
        <table className="table">
          <thead><tr><th className="w-16">{M.rows.columns.no}</th><th>{M.rows.columns.level}</th><th>{M.rows.columns.plan}</th><th>{M.rows.columns.issue}</th><th /></tr></thead>
          <tbody>
            {v.rows.map((row, i) => {
              const plans = rowPlanOptions(row.level);
              const issues = rowIssueOptions(row.level, row.plan);
              return (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td><Select value={row.level >= 0 ? row.level : null} options={ROW_LEVELS.map((_, j) => j)} labelOf={(j) => ROW_LEVELS[j]!} placeholder={M.rows.levelPlaceholder}
                    onChange={(level) => setRow(i, { level, plan: -1, issue: -1 })} /></td>
                  <td><Select value={row.plan >= 0 ? row.plan : null} disabled={row.level < 0} options={plans.map((_, j) => j)} labelOf={(j) => plans[j] ?? ''}
                    onChange={(plan) => setRow(i, { ...row, plan, issue: -1 })} /></td>
                  <td><Select value={row.issue >= 0 ? row.issue : null} disabled={row.plan < 0} options={issues.map((_, j) => j)} labelOf={(j) => issues[j] ?? ''}
                    onChange={(issue) => setRow(i, { ...row, issue })} /></td>
                  <td><Button className="btn btn-danger" onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>{M.rows.removeButton}</Button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Fieldset>
      <div className="flex gap-3">
        <Button type="submit" className="btn btn-primary">บันทึก</Button>
        <a href={route.base} data-link className="btn">ยกเลิก</a>
      </div>
    </form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <h1 className="mb-4 text-2xl font-bold text-gray-900">รายการโครงการ</h1>
      <table className="table card">
        <tbody><tr>
          <td>{FORM.project.name}</td>
          <td><a href={route.base + FORM.m6.route} data-link className="text-indigo-600">รายงานความก้าวหน้า</a></td>
          <td><a href={route.base + FORM.m1.route} data-link className="text-indigo-600">ความเชื่อมโยงกับแผน</a></td>
        </tr></tbody>
      </table>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <Shell route={route}>
      {!loaded ? <p className="text-sm text-gray-500">กำลังโหลด…</p>
        : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
          : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
            : <Home route={loaded} />}
    </Shell>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
