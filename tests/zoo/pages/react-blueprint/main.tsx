/**
 * Zoo page: React 19 + Palantir's Blueprint 6 (@blueprintjs/core, @blueprintjs/select,
 * @blueprintjs/datetime, their prebuilt CSS), written from blueprintjs.com/docs: a Navbar shell,
 * Breadcrumbs, sections as Blueprint `Section`s (a header holding an H6 title) with SectionCards,
 * every field in a FormGroup (`label`, `labelFor`, `labelInfo`, `helperText`), InputGroups (with
 * ฿ / บาท Tags as left / right elements), TextAreas, a `Select` from @blueprintjs/select whose
 * target is a Button showing the choice or the prompt (the docs' pattern) for the quarter and the
 * approver, a MultiSelect (TagInput) for the target groups, DateInputs with `formatDate` /
 * `parseDate` showing dd/mm/yyyy in the Buddhist era, a RadioGroup, a Slider beside a
 * NumericInput, an HTMLTable of InputGroup result cells, Switches revealing plan Cards with an
 * HTMLSelect, a Dialog on save and a Dialog (DialogBody / DialogFooter actions) for the send step.
 * On M1 HTMLSelects cascade, the plan edition is a SegmentedControl (nothing selected until
 * chosen), and the plan rows are an HTMLTable with a Select (level), a Suggest (plan) and an
 * HTMLSelect (issue).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alignment, Breadcrumbs, Button, Card, Classes, Dialog, DialogBody, DialogFooter, FormGroup, H1, H5, HTMLSelect, HTMLTable,
  InputGroup, MenuItem, Navbar, NavbarDivider, NavbarGroup, NavbarHeading, NumericInput, Radio, RadioGroup, Section, SectionCard,
  SegmentedControl, Slider, Spinner, Switch, Tag, TextArea, type BreadcrumbProps,
} from '@blueprintjs/core';
import { MultiSelect, Select, Suggest, type ItemRenderer } from '@blueprintjs/select';
import { DateInput } from '@blueprintjs/datetime';
import '@blueprintjs/core/lib/css/blueprint.css';
import '@blueprintjs/icons/lib/css/blueprint-icons.css';
import '@blueprintjs/select/lib/css/blueprint-select.css';
import '@blueprintjs/datetime/lib/css/blueprint-datetime.css';
import { FORM, markReady, markSent, navLinks, navigate, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import { parseThaiDate, thaiDate, type M1Values, type M6Values, type PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const toIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** Thai users read dates in the Buddhist era: DateInput's formatDate / parseDate (dd/mm/BBBB). */
const formatDate = (d: Date) => thaiDate(toIso(d));
const parseDate = (text: string) => { const iso = parseThaiDate(text); return iso ? new Date(`${iso}T00:00:00`) : null; };

/** A string item renderer for the select components, as in the @blueprintjs/select docs. */
const renderItem: ItemRenderer<string> = (item, { handleClick, handleFocus, modifiers, ref }) => {
  if (!modifiers.matchesPredicate) return null;
  return <MenuItem key={item} ref={ref} active={modifiers.active} disabled={modifiers.disabled} roleStructure="listoption" text={item} onClick={handleClick} onFocus={handleFocus} />;
};
const filterItem = (query: string, item: string) => item.toLowerCase().includes(query.toLowerCase());

const css = `
  body { font-family: 'Sarabun', 'Garuda', -apple-system, 'Segoe UI', sans-serif; background: #f6f7f9; }
  .page { max-width: 960px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  .page > * + * { margin-top: 1.25rem; }
  .two { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; }
  .three { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; }
  .progress-row { display: flex; gap: 1.5rem; align-items: center; }
  .progress-row .bp6-slider { flex: 1; }
  .plan { margin: .5rem 0 1rem 2.5rem; }
  .actions { display: flex; gap: .5rem; }
  .footer { text-align: center; color: #5f6b7c; font-size: .75rem; padding: 1rem 0 2rem; }
  .kpi td { vertical-align: middle; }
  .rows { width: 100%; table-layout: fixed; }
`;

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <>
      <style>{css}</style>
      <Navbar>
        <NavbarGroup align={Alignment.START}>
          <NavbarHeading><a href={route.base} data-link className={Classes.TEXT_LARGE}>eMENSCR</a></NavbarHeading>
          <NavbarDivider />
          {navLinks(route.base).map((l) => (
            <a key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true} className={`${Classes.BUTTON} ${Classes.MINIMAL}`}>{l.text}</a>
          ))}
        </NavbarGroup>
        <NavbarGroup align={Alignment.END}>
          <InputGroup type="search" leftIcon="search" placeholder={FORM.chrome.search} />
          <NavbarDivider />
          <span>{FORM.chrome.user}</span>
        </NavbarGroup>
      </Navbar>
      <div className="page">{children}</div>
      <p className="footer">{FORM.chrome.footer}</p>
    </>
  );
}

function Crumbs({ items, base }: { items: string[]; base: string }) {
  const crumbs: BreadcrumbProps[] = items.map((text, i) => (i === 0 ? { text, href: base, onClick: (e) => { e.preventDefault(); navigate(base); } } : { text }));
  return <Breadcrumbs items={crumbs} />;
}

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Section title={FORM.summary.title} icon="info-sign">
      <SectionCard padded={false}>
        <HTMLTable compact style={{ width: '100%' }}>
          <tbody>
            {items.map(([k, v]) => <tr key={k}><th style={{ width: '30%' }}>{k}</th><td>{v}</td></tr>)}
          </tbody>
        </HTMLTable>
      </SectionCard>
    </Section>
  );
}

/** FormGroup labelInfo, as in the docs ("(required)"): drawn muted after the label. */
const required = "(จำเป็น)";

/** The single-choice Select of @blueprintjs/select: a Button target showing the choice, or the prompt while nothing is chosen. */
function ChoiceSelect({ id, items, value, placeholder, onChange, fill = true, intent }: {
  id?: string; items: string[]; value: string | null; placeholder: string; onChange: (v: string) => void; fill?: boolean; intent?: 'danger';
}) {
  return (
    <Select<string> items={items} itemRenderer={renderItem} onItemSelect={onChange} filterable={false} fill={fill} popoverProps={{ minimal: true, matchTargetWidth: true }}>
      <Button id={id} fill={fill} alignText="start" endIcon="double-caret-vertical" text={value ?? placeholder} intent={intent} />
    </Select>
  );
}

function SaveButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button intent="primary" type="submit" icon="floppy-disk" text="บันทึก" onClick={() => setOpen(true)} />
      <Dialog isOpen={open} title="บันทึกข้อมูล" icon="tick-circle" onClose={() => setOpen(false)}>
        <DialogBody><p>บันทึกข้อมูลเรียบร้อยแล้ว</p></DialogBody>
        <DialogFooter actions={<Button intent="primary" text="ตกลง" onClick={() => setOpen(false)} />} />
      </Dialog>
    </>
  );
}

/** The send step (form.json send): a Dialog, the approver a Select as the quarter; a danger FormGroup when none is chosen. */
function SendButton() {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const show = () => { const n = sendChoice(); setTo(n >= 0 ? T.recipient.options[n]! : null); setError(false); setOpen(true); };
  const commit = () => {
    if (!to) { setError(true); return; }
    markSent(to);
    setOpen(false);
  };
  return (
    <>
      <Button icon="send-message" text={T.open} onClick={show} />
      <Dialog isOpen={open} title={T.title} icon="send-message" onClose={() => setOpen(false)} style={{ width: 640 }}>
        <DialogBody>
          {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
            <FormGroup key={k} label={k}><div className={Classes.RUNNING_TEXT}>{val}</div></FormGroup>
          ))}
          <FormGroup label={T.recipient.label} labelFor="send-approver" labelInfo={required} intent={error ? 'danger' : 'none'}
            helperText={error ? `กรุณา${T.recipient.placeholder}` : undefined}>
            <ChoiceSelect id="send-approver" items={T.recipient.options} value={to} placeholder={T.recipient.placeholder}
              intent={error ? 'danger' : undefined} onChange={(o) => { setTo(o); setError(false); }} />
          </FormGroup>
        </DialogBody>
        <DialogFooter actions={<>
          <Button text={T.cancel} onClick={() => setOpen(false)} />
          <Button intent="primary" text={T.commit} onClick={commit} />
        </>} />
      </Dialog>
    </>
  );
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <FormGroup label={F[key].label} labelFor={key} labelInfo={required}>
      <DateInput value={v[key] || null} onChange={(d) => set(key, d ? d.slice(0, 10) : '')} formatDate={formatDate} parseDate={parseDate}
        placeholder={F[key].placeholder} minDate={new Date(2015, 0, 1)} maxDate={new Date(2035, 11, 31)} fill
        inputProps={{ id: key, leftIcon: 'calendar' }} />
    </FormGroup>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <FormGroup label={F[key].label} labelFor={key} labelInfo={required} helperText={`${v[key].length}/${F[key].maxLength}`}>
      <TextArea id={key} fill autoResize rows={3} maxLength={F[key].maxLength} value={v[key]} onChange={(e) => set(key, e.target.value)} />
    </FormGroup>
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
        <Switch large label={name} checked={p.on} onChange={(e) => setP({ on: e.currentTarget.checked })} />
        {p.on && (
          <Card className="plan" compact>
            <H5>{name}</H5>
            <FormGroup label={label} labelFor={`plan-${key}-detail`}>
              <HTMLSelect id={`plan-${key}-detail`} fill value={p.detail} onChange={(e) => setP({ detail: e.currentTarget.value })}>
                <option value="" disabled>{FORM.placeholder}</option>
                {list.map((o) => <option key={o} value={o}>{o}</option>)}
              </HTMLSelect>
            </FormGroup>
            <FormGroup label={FORM.m6.plans.textLabel} labelFor={`plan-${key}-text`}>
              <TextArea id={`plan-${key}-text`} fill rows={2} value={p.text} onChange={(e) => setP({ text: e.target.value })} />
            </FormGroup>
          </Card>
        )}
      </div>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <div className="page-inner">
        <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
        <H1>{FORM.m6.title}</H1>
        <Summary fy={v.fiscalYear} />
        <br />
        <Section title={S.report}>
          <SectionCard>
            <FormGroup label={F.quarter.label} labelFor="quarter" labelInfo={required}>
              <ChoiceSelect id="quarter" items={F.quarter.options} value={v.quarter || null} placeholder={F.quarter.placeholder} onChange={(o) => set('quarter', o)} />
            </FormGroup>
            {date('reportDate')}
            <RadioGroup label={F.status.label} name="status" inline selectedValue={v.status} onChange={(e) => set('status', e.currentTarget.value)}>
              {F.status.options.map((o) => <Radio key={o} label={o} value={o} />)}
            </RadioGroup>
            <FormGroup label={F.progress.label} labelFor="progress" helperText={F.progress.helper}>
              <div className="progress-row">
                <Slider min={0} max={100} stepSize={1} labelStepSize={25} value={v.progress} labelRenderer={(n) => `${n}${F.progress.unit}`}
                  onChange={(n) => set('progress', n)} />
                <NumericInput id="progress" min={0} max={100} value={v.progress} rightElement={<Tag minimal>{F.progress.unit}</Tag>}
                  onValueChange={(n) => set('progress', Number.isFinite(n) ? Math.max(0, Math.min(100, n)) : 0)} style={{ width: 80 }} />
              </div>
            </FormGroup>
            <div className="two">{date('startDate')}{date('endDate')}</div>
            <FormGroup label={F.beneficiaries.label} labelInfo={required}>
              <MultiSelect<string> items={F.beneficiaries.options} itemRenderer={renderItem} itemPredicate={filterItem} fill
                selectedItems={v.beneficiaries} placeholder={F.beneficiaries.placeholder} tagRenderer={(t) => t}
                onItemSelect={(o) => set('beneficiaries', v.beneficiaries.includes(o) ? v.beneficiaries.filter((x) => x !== o) : [...v.beneficiaries, o])}
                onRemove={(o) => set('beneficiaries', v.beneficiaries.filter((x) => x !== o))}
                onClear={() => set('beneficiaries', [])} popoverProps={{ minimal: true }} />
            </FormGroup>
          </SectionCard>
        </Section>
        <br />
        <Section title={S.money}>
          <SectionCard>
            <div className="two">
              <FormGroup label={F.allocation.label} labelFor="allocation" labelInfo={required}>
                <InputGroup id="allocation" inputMode="decimal" placeholder={F.allocation.placeholder} leftElement={<Tag minimal>{F.allocation.prefix}</Tag>}
                  value={v.allocation} onValueChange={(s) => set('allocation', s)} />
              </FormGroup>
              <FormGroup label={F.spent.label} labelFor="spent" labelInfo={required} helperText={F.spent.helper}>
                <InputGroup id="spent" inputMode="decimal" placeholder={F.spent.placeholder} rightElement={<Tag minimal>{F.spent.suffix}</Tag>}
                  value={v.spent} onValueChange={(s) => set('spent', s)} />
              </FormGroup>
            </div>
          </SectionCard>
        </Section>
        <br />
        <Section title={S.kpi}>
          <SectionCard padded={false}>
            <HTMLTable className="kpi" striped style={{ width: '100%' }}>
              <thead>
                <tr><th>{K.columns.name}</th><th>{K.columns.target}</th><th>{K.columns.result}</th><th>{K.columns.unit}</th></tr>
              </thead>
              <tbody>
                {K.rows.map((r, i) => (
                  <tr key={r.name}>
                    <td>{r.name}</td>
                    <td>{r.target}</td>
                    <td><InputGroup small inputMode="decimal" value={v.kpi[i] ?? ''} onValueChange={(s) => set('kpi', v.kpi.map((x, j) => (j === i ? s : x)))} /></td>
                    <td>{r.unit}</td>
                  </tr>
                ))}
              </tbody>
            </HTMLTable>
          </SectionCard>
        </Section>
        <br />
        <Section title={S.narrative}>
          <SectionCard>{area('result')}{area('problems')}{area('suggestions')}</SectionCard>
        </Section>
        <br />
        <Section title={S.plans}>
          <SectionCard>
            <FormGroup label={FORM.m6.plans.toggleLegend}>
              {plan('ns')}{plan('nesdp')}{plan('mp')}
            </FormGroup>
          </SectionCard>
        </Section>
        <br />
        <div className="actions">
          <SaveButton />
          <SendButton />
          <Button variant="minimal" text="ยกเลิก" onClick={() => navigate(route.base)} />
        </div>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ id, labels, chosen, optionsOf, onChange }: { id: string; labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <div className="three">
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <FormGroup key={label} label={label} labelFor={`${id}-${lv}`} disabled={!enabled}>
            <HTMLSelect id={`${id}-${lv}`} fill disabled={!enabled} value={chosen[lv]! >= 0 ? String(chosen[lv]) : ''}
              onChange={(e) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? Number(e.currentTarget.value) : -1)))}>
              <option value="" disabled>{FORM.placeholder}</option>
              {list.map((o, i) => <option key={o} value={String(i)}>{o}</option>)}
            </HTMLSelect>
          </FormGroup>
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
  const editions = ['12', '13'] as const;
  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <H1>{M.title}</H1>
      <Summary fy={v.fiscalYear} />
      <p className={Classes.TEXT_MUTED} style={{ margin: '1rem 0' }}>{M.hint}</p>
      <Section title={M.ns.section}>
        <SectionCard>
          <Chain id="ns" labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
        </SectionCard>
      </Section>
      <br />
      <Section title={M.nesdp.section}>
        <SectionCard>
          <FormGroup label={M.nesdp.editionLabel}>
            <SegmentedControl value={v.edition ? String(v.edition) : ''} options={editions.map((e) => ({ label: M.nesdp.editions[e], value: e }))}
              onValueChange={(e) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))} />
          </FormGroup>
          {v.edition ? (
            <Chain id="nesdp" labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
              onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
          ) : null}
        </SectionCard>
      </Section>
      <br />
      <Section title={M.rows.section} rightElement={
        <Button intent="primary" size="small" icon="add" text={M.rows.addButton} onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))} />
      }>
        <SectionCard padded={false}>
          <HTMLTable className="rows">
            <thead>
              <tr>
                <th style={{ width: '4rem' }}>{M.rows.columns.no}</th><th>{M.rows.columns.level}</th><th>{M.rows.columns.plan}</th>
                <th>{M.rows.columns.issue}</th><th style={{ width: '5rem' }} />
              </tr>
            </thead>
            <tbody>
              {v.rows.map((row, i) => {
                const plans = rowPlanOptions(row.level);
                const issues = rowIssueOptions(row.level, row.plan);
                return (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td>
                      <ChoiceSelect items={ROW_LEVELS} value={row.level >= 0 ? ROW_LEVELS[row.level]! : null} placeholder={M.rows.levelPlaceholder}
                        onChange={(o) => setRow(i, { level: ROW_LEVELS.indexOf(o), plan: -1, issue: -1 })} />
                    </td>
                    <td>
                      <Suggest<string> key={row.level} items={plans} itemRenderer={renderItem} itemPredicate={filterItem} fill disabled={row.level < 0}
                        inputValueRenderer={(o) => o} selectedItem={row.plan >= 0 ? plans[row.plan]! : null} inputProps={{ placeholder: 'เลือกแผน' }}
                        noResults={<MenuItem disabled roleStructure="listoption" text="ไม่พบแผน" />} popoverProps={{ minimal: true }}
                        onItemSelect={(o) => setRow(i, { ...row, plan: plans.indexOf(o), issue: -1 })} />
                    </td>
                    <td>
                      <HTMLSelect fill disabled={row.plan < 0} value={row.issue >= 0 ? String(row.issue) : ''} onChange={(e) => setRow(i, { ...row, issue: Number(e.currentTarget.value) })}>
                        <option value="" disabled />
                        {issues.map((o, j) => <option key={o} value={String(j)}>{o}</option>)}
                      </HTMLSelect>
                    </td>
                    <td>
                      <Button variant="minimal" intent="danger" icon="trash" text={M.rows.removeButton} onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </HTMLTable>
        </SectionCard>
      </Section>
      <br />
      <div className="actions">
        <SaveButton />
        <Button variant="minimal" text="ยกเลิก" onClick={() => navigate(route.base)} />
      </div>
    </form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <H1>รายการโครงการ</H1>
      <Card>
        <HTMLTable style={{ width: '100%' }}>
          <tbody>
            <tr>
              <td>{FORM.project.name}</td>
              <td><a href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</a></td>
              <td><a href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</a></td>
            </tr>
          </tbody>
        </HTMLTable>
      </Card>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <Shell route={route}>
      {!loaded ? <Spinner size={32} aria-label="กำลังโหลด…" />
        : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
          : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
            : <Home route={loaded} />}
    </Shell>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
