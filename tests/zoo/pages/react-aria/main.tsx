/**
 * Zoo page: React 19 + React Aria Components 1.22 (Adobe), written from RAC's docs (unstyled
 * components, a small stylesheet beside this file keyed on RAC's class names and data-*
 * states): Select (a `button aria-haspopup=listbox` whose SelectValue span shows the choice or
 * the placeholder, a visually hidden native <select> beside it, the options in a Popover ListBox)
 * for the quarter and, with selectionMode="multiple", for the target groups; DatePickers of
 * spinbutton segments (DateInput / DateSegment, a calendar in a Popover) under an I18nProvider
 * with locale th-TH-u-ca-buddhist (dates in the Buddhist era); a RadioGroup of Radios (native
 * radios visually hidden in their <label>s) for the status; a Slider (visually hidden
 * <input type=range> in the SliderThumb, an <output>) for the progress; NumberFields with ฿ /
 * บาท adornments in a Group; TextFields with TextArea and a description Text for the narratives;
 * a SearchField filtering a plain table of KPI rows with TextField cells; Switches revealing the
 * plan sections, a ComboBox for the long list of master-plan issues; the send step in a
 * ModalOverlay / Modal / Dialog (Heading slot=title) with the approver Select. RAC's Label is a
 * <label for> in TextField / NumberField, a <label> without `for` on the Slider, and a <span> on
 * Select, DatePicker and RadioGroup, all wired by aria-labelledby. On M1 cascading Selects (isDisabled
 * until the level above is chosen), the plan edition as a RadioGroup, and a table of plan rows
 * with unlabelled Select cells (as the other pages' cells).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Calendar, CalendarCell, CalendarGrid, ComboBox, DateInput, DatePicker, DateSegment, Dialog, FieldError, Group, Heading, I18nProvider, Input, Label,
  ListBox, ListBoxItem, Modal, ModalOverlay, NumberField, Popover, Radio, RadioGroup, SearchField, Select, SelectValue, Slider, SliderOutput, SliderThumb,
  SliderTrack, Switch, Text, TextArea, TextField, type Key,
} from 'react-aria-components';
import { parseDate, type DateValue } from '@internationalized/date';
import './style.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import { type M1Values, type M6Values, type PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const P = FORM.placeholder;
const LOCALE = 'th-TH-u-ca-buddhist';
const Chevron = () => (
  <svg className="chevron" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M4.22 6.22a.75.75 0 0 1 1.06 0L8 8.94l2.72-2.72a.75.75 0 1 1 1.06 1.06l-3.25 3.25a.75.75 0 0 1-1.06 0L4.22 7.28a.75.75 0 0 1 0-1.06Z" /></svg>
);

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <div className="app">
      <nav className="topbar">
        <a href={route.base} data-link className="brand">eMENSCR</a>
        {navLinks(route.base).map((l) => (
          <a key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true} className="navlink">{l.text}</a>
        ))}
        <div className="flex-1" />
        <input type="search" placeholder={FORM.chrome.search} className="topsearch" />
        <span className="text-sm">{FORM.chrome.user}</span>
      </nav>
      <main className="page">{children}</main>
      <footer className="footer">{FORM.chrome.footer}</footer>
    </div>
  );
}

const Crumbs = ({ items, base }: { items: string[]; base: string }) => (
  <ol className="crumbs">
    {items.map((t, i) => <li key={t}>{i > 0 && <span className="sep">/</span>}{i === 0 ? <a href={base} data-link className="link">{t}</a> : t}</li>)}
  </ol>
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <section className="card">
      <h2 className="card-title">{FORM.summary.title}</h2>
      <dl className="summary">
        {items.map(([k, v]) => (
          <div key={k} className={k === L.name ? 'wide' : ''}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A RAC Select as its docs draw it: Label, a Button with SelectValue, the options in a Popover ListBox. */
function Choice<T extends Key>({ label, value, onChange, options, labelOf, placeholder = P, disabled, name, invalid, error, ariaLabel }: {
  label?: string; value: T | null; onChange: (v: T) => void; options: T[]; labelOf: (v: T) => string; placeholder?: string; disabled?: boolean; name?: string;
  invalid?: boolean; error?: string; ariaLabel?: string;
}) {
  return (
    <Select className="field select" value={value} onChange={(k) => k !== null && onChange(k as T)} placeholder={placeholder} isDisabled={disabled} name={name}
      isInvalid={invalid} aria-label={ariaLabel}>
      {label && <Label className="label">{label}</Label>}
      <Button className="select-button"><SelectValue className="select-value" /><Chevron /></Button>
      {error && <FieldError className="error">{error}</FieldError>}
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => <ListBoxItem key={o} id={o} textValue={labelOf(o)} className="option">{labelOf(o)}</ListBoxItem>)}
        </ListBox>
      </Popover>
    </Select>
  );
}
const same = (s: string) => s;

/** The send step (form.json send): a RAC ModalOverlay / Modal / Dialog with the project and its budget source, the approver in a Select as the quarter. */
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
    <ModalOverlay isOpen={open} onOpenChange={(o) => { if (!o) onClose(); }} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="card-title">{T.title}</Heading>
          <dl className="summary one">
            {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
              <div key={k}><dt>{k}</dt><dd>{val}</dd></div>
            ))}
          </dl>
          <Choice label={T.recipient.label} value={to} onChange={(n) => { setTo(n); setInvalid(false); }} options={T.recipient.options.map((_, i) => i)}
            labelOf={(n) => T.recipient.options[n]!} placeholder={T.recipient.placeholder} invalid={invalid} error={`กรุณา${T.recipient.placeholder}`} />
          <div className="dialog-actions">
            <Button className="btn" onPress={onClose}>{T.cancel}</Button>
            <Button className="btn btn-primary" onPress={commit}>{T.commit}</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/**
 * A RAC DatePicker: a group of spinbutton segments and a calendar in a Popover. It keeps its own
 * DateValue: typing a Buddhist-era year digit by digit passes through years like 2 BE (-541 CE),
 * which the ISO round trip (toString → parseDate) cannot carry.
 */
function DateField({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const [date, setDate] = useState<DateValue | null>(() => (value ? parseDate(value) : null));
  return (
    <DatePicker className="field date-picker" value={date} onChange={(d) => { setDate(d); onChange(d ? d.toString() : ''); }}>
      <Label className="label">{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="segment" />}</DateInput>
        <Button className="icon-button">▾</Button>
      </Group>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar>
            <header className="calendar-header">
              <Button slot="previous" className="icon-button">◀</Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="icon-button">▶</Button>
            </header>
            <CalendarGrid>{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

/** "1,500,000" → 1500000; '' → NaN (a NumberField's empty value). */
const toNumber = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(/,/g, '')));
const toText = (n: number) => (Number.isNaN(n) ? '' : n.toLocaleString('en-US'));

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [v, setV] = useState(initial);
  const [sending, setSending] = useState(false);
  const [filter, setFilter] = useState('');
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => <DateField label={F[key].label} value={v[key]} onChange={(d) => set(key, d)} />;
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <TextField className="field" name={key} value={v[key]} onChange={(t) => set(key, t)} maxLength={F[key].maxLength}>
      <Label className="label">{F[key].label}</Label>
      <TextArea rows={3} className="input" />
      <Text slot="description" className="description text-right">{v[key].length}/{F[key].maxLength}</Text>
    </TextField>
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    const setP = (patch: Partial<typeof p>) => setV((o) => ({ ...o, plans: { ...o.plans, [key]: { ...o.plans[key], ...patch } } }));
    return (
      <div key={key}>
        <Switch isSelected={p.on} onChange={(on) => setP({ on })} className="switch">
          <div className="switch-track"><span className="switch-thumb" /></div>
          {name}
        </Switch>
        {p.on && (
          <div className="plan-detail">
            {key === 'mp' ? (
              <ComboBox className="field" selectedKey={p.detail || null} onSelectionChange={(d) => setP({ detail: d === null ? '' : String(d) })}>
                <Label className="label">{label}</Label>
                <div className="combo">
                  <Input className="input" placeholder={P} />
                  <Button className="combo-button"><Chevron /></Button>
                </div>
                <Popover className="popover">
                  <ListBox className="listbox">
                    {list.map((o) => <ListBoxItem key={o} id={o} className="option">{o}</ListBoxItem>)}
                  </ListBox>
                </Popover>
              </ComboBox>
            ) : (
              <Choice label={label} name={`plans.${key}.detail`} value={p.detail || null} onChange={(d) => setP({ detail: d })} options={list} labelOf={same} />
            )}
            <TextField className="field" name={`plans.${key}.text`} value={p.text} onChange={(t) => setP({ text: t })}>
              <Label className="label">{FORM.m6.plans.textLabel}</Label>
              <TextArea rows={2} className="input" />
            </TextField>
          </div>
        )}
      </div>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <h1 className="title">{FORM.m6.title}</h1>
      <Summary fy={v.fiscalYear} />

      <fieldset className="card">
        <legend className="legend">{S.report}</legend>
        <Choice label={F.quarter.label} name="quarter" value={v.quarter || null} onChange={(q) => set('quarter', q)} options={F.quarter.options} labelOf={same} placeholder={F.quarter.placeholder} />
        {date('reportDate')}
        <RadioGroup className="field" name="status" value={v.status || null} onChange={(s) => set('status', s)} orientation="horizontal">
          <Label className="label">{F.status.label}</Label>
          <div className="radios">
            {F.status.options.map((o) => <Radio key={o} value={o} className="radio"><span className="radio-dot" />{o}</Radio>)}
          </div>
        </RadioGroup>
        <Slider className="field slider" value={v.progress} onChange={(n) => set('progress', n)} minValue={0} maxValue={100} step={1}>
          <div className="slider-head">
            <Label className="label">{F.progress.label}</Label>
            <SliderOutput className="slider-output">{({ state }) => `${state.getThumbValueLabel(0)} ${F.progress.unit}`}</SliderOutput>
          </div>
          <SliderTrack className="slider-track">
            {({ state }) => (
              <>
                <div className="slider-fill" style={{ width: `${state.getThumbPercent(0) * 100}%` }} />
                <SliderThumb className="slider-thumb" name="progress" />
              </>
            )}
          </SliderTrack>
          <Text slot="description" className="description">{F.progress.helper}</Text>
        </Slider>
        <div className="grid-2">{date('startDate')}{date('endDate')}</div>
        <Select className="field select" selectionMode="multiple" name="beneficiaries" value={v.beneficiaries} onChange={(b) => set('beneficiaries', (b as Key[]).map(String))}
          placeholder={F.beneficiaries.placeholder}>
          <Label className="label">{F.beneficiaries.label}</Label>
          <Button className="select-button"><SelectValue className="select-value" /><Chevron /></Button>
          <Popover className="popover">
            <ListBox className="listbox">
              {F.beneficiaries.options.map((o) => <ListBoxItem key={o} id={o} className="option">{o}</ListBoxItem>)}
            </ListBox>
          </Popover>
        </Select>
      </fieldset>

      <fieldset className="card">
        <legend className="legend">{S.money}</legend>
        <NumberField className="field" name="allocation" value={toNumber(v.allocation)} onChange={(n) => set('allocation', toText(n))} minValue={0}>
          <Label className="label">{F.allocation.label}</Label>
          <Group className="adorned">
            <span className="adornment">{F.allocation.prefix}</span>
            <Input className="input bare text-right" placeholder={F.allocation.placeholder} />
          </Group>
        </NumberField>
        <NumberField className="field" name="spent" value={toNumber(v.spent)} onChange={(n) => set('spent', toText(n))} minValue={0}>
          <Label className="label">{F.spent.label}</Label>
          <Group className="adorned">
            <Input className="input bare text-right" placeholder={F.spent.placeholder} />
            <span className="adornment">{F.spent.suffix}</span>
          </Group>
          <Text slot="description" className="description">{F.spent.helper}</Text>
        </NumberField>
      </fieldset>

      <fieldset className="card">
        <div className="row-between">
          <legend className="legend">{S.kpi}</legend>
          <SearchField className="search" value={filter} onChange={setFilter} aria-label={FORM.chrome.listFilter}>
            <Input className="input" placeholder={FORM.chrome.listFilter} />
          </SearchField>
        </div>
        <table className="table">
          <thead><tr><th>{K.columns.name}</th><th className="text-right">{K.columns.target}</th><th>{K.columns.result}</th><th>{K.columns.unit}</th></tr></thead>
          <tbody>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td className="text-right">{row.target}</td>
                <td><TextField name={`kpi.${i}`} value={v.kpi[i]} onChange={(t) => set('kpi', v.kpi.map((x, j) => (j === i ? t : x)))}><Input className="input text-right" /></TextField></td>
                <td>{row.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <fieldset className="card">
        <legend className="legend">{S.narrative}</legend>
        {area('result')}{area('problems')}{area('suggestions')}
      </fieldset>

      <fieldset className="card">
        <legend className="legend">{S.plans}</legend>
        <fieldset className="stack">
          <legend className="sublegend">{FORM.m6.plans.toggleLegend}</legend>
          {plan('ns')}{plan('nesdp')}{plan('mp')}
        </fieldset>
      </fieldset>
      <div className="actions">
        <Button type="submit" className="btn btn-primary">บันทึก</Button>
        <Button className="btn" onPress={() => setSending(true)}>{FORM.send.open}</Button>
        <a href={route.base} data-link className="btn">ยกเลิก</a>
      </div>
      <SendDialog open={sending} onClose={() => setSending(false)} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <div className="grid-3">
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Choice key={label} label={label} disabled={!enabled} value={chosen[lv]! >= 0 ? chosen[lv]! : null} options={list.map((_, i) => i)} labelOf={(i) => list[i] ?? ''}
            onChange={(n) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? n : -1)))} />
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
      <h1 className="title">{M.title}</h1>
      <Summary fy={v.fiscalYear} />
      <p className="hint">{M.hint}</p>
      <fieldset className="card">
        <legend className="legend">{M.ns.section}</legend>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </fieldset>
      <fieldset className="card">
        <legend className="legend">{M.nesdp.section}</legend>
        <RadioGroup className="field" value={v.edition ? String(v.edition) : null} orientation="horizontal"
          onChange={(e) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))}>
          <Label className="label">{M.nesdp.editionLabel}</Label>
          <div className="radios">
            {(['12', '13'] as const).map((e) => <Radio key={e} value={e} className="radio radio-card"><span className="radio-dot" />{M.nesdp.editions[e]}</Radio>)}
          </div>
        </RadioGroup>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </fieldset>
      <fieldset className="card">
        <div className="row-between">
          <legend className="legend">{M.rows.section}</legend>
          <Button className="btn" onPress={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>
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
                  <td><Choice value={row.level >= 0 ? row.level : null} options={ROW_LEVELS.map((_, j) => j)} labelOf={(j) => ROW_LEVELS[j]!} placeholder={M.rows.levelPlaceholder}
                    onChange={(level) => setRow(i, { level, plan: -1, issue: -1 })} /></td>
                  <td><Choice value={row.plan >= 0 ? row.plan : null} disabled={row.level < 0} options={plans.map((_, j) => j)} labelOf={(j) => plans[j] ?? ''}
                    onChange={(plan) => setRow(i, { ...row, plan, issue: -1 })} /></td>
                  <td><Choice value={row.issue >= 0 ? row.issue : null} disabled={row.plan < 0} options={issues.map((_, j) => j)} labelOf={(j) => issues[j] ?? ''}
                    onChange={(issue) => setRow(i, { ...row, issue })} /></td>
                  <td><Button className="btn btn-danger" onPress={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>{M.rows.removeButton}</Button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <div className="actions">
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
      <h1 className="title">รายการโครงการ</h1>
      <table className="table card">
        <tbody><tr>
          <td>{FORM.project.name}</td>
          <td><a href={route.base + FORM.m6.route} data-link className="link">รายงานความก้าวหน้า</a></td>
          <td><a href={route.base + FORM.m1.route} data-link className="link">ความเชื่อมโยงกับแผน</a></td>
        </tr></tbody>
      </table>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <I18nProvider locale={LOCALE}>
      <Shell route={route}>
        {!loaded ? <p className="hint">กำลังโหลด…</p>
          : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
            : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
              : <Home route={loaded} />}
      </Shell>
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
