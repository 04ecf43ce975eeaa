/**
 * Zoo page: React 19 + React Suite 6 (`rsuite`), written from RSuite's docs: a `Form` bound to a
 * `formValue` (Form.Group with `controlId`, Form.ControlLabel, Form.Control with an `accepter`,
 * Form.HelpText) and a `SchemaModel` checked on save; SelectPicker for the quarter (and the plan
 * details, searchable when long), CheckPicker for the target groups, DatePickers whose `renderValue`
 * shows dd/mm/yyyy in the Buddhist era (date-fns has no BE token; the calendar in th_TH), an inline
 * RadioGroup, a Slider beside a NumberInput (the docs' "Slider with NumberInput"), NumberInputs with
 * a ฿ prefix / บาท postfix and a thousands formatter, `Input as="textarea"` narratives, Toggles
 * revealing plan Panels, sections as bordered Panels with a `header`, the KPIs in an rsuite Table
 * (div grid) with an editable Input cell; on M1 cascading SelectPickers, the plan edition as a
 * SegmentedControl (RSuite 6's own; a RadioGroup `appearance="picker"` drew no choice: its stylesheet
 * still keys on `.rs-radio-checked` while the radios carry `data-checked`), plan rows in a Table with SelectPicker cells; the send step a
 * Modal with a SelectPicker approver.
 */
import { StrictMode, forwardRef, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Breadcrumb, Button, ButtonToolbar, CheckPicker, Container, Content, CustomProvider, DatePicker, Footer, Form, Header, IconButton, Input, InputGroup,
  Loader, Modal, Nav, Navbar, NumberInput, Panel, Radio, RadioGroup, SegmentedControl, SelectPicker, Slider, Stack, Table, Text, Toggle, Schema, type FormInstance,
} from 'rsuite';
import thTH from 'rsuite/locales/th_TH';
import 'rsuite/dist/rsuite.min.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const { Column, HeaderCell, Cell } = Table;
const { StringType, ArrayType } = Schema.Types;
const P = FORM.placeholder;
const SearchIcon = () => <svg width="14" height="14" viewBox="0 0 24 24" fill="currentColor"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14" /></svg>;
const TrashIcon = () => <svg width="14" height="14" viewBox="0 0 24 24" fill="currentColor"><path d="M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z" /></svg>;

// RSuite's Form docs: a textarea accepter is an Input rendered as a textarea
const Textarea = forwardRef<HTMLTextAreaElement, React.ComponentProps<typeof Input>>((props, ref) => <Input {...props} as="textarea" ref={ref} />);
const Req = () => <span style={{ color: 'var(--rs-red-500)' }}> *</span>;
const items = (list: string[]) => list.map((o) => ({ label: o, value: o }));
const indexed = (list: string[]) => list.map((o, i) => ({ label: o, value: i }));

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <Container>
      <Header>
        <Navbar appearance="inverse">
          <Navbar.Brand href={route.base} data-link>eMENSCR</Navbar.Brand>
          <Nav>
            {navLinks(route.base).map((l) => (
              <Nav.Item key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</Nav.Item>
            ))}
          </Nav>
          <Nav pullRight>
            <Nav.Item as="div">
              <InputGroup size="sm" inside style={{ width: 200 }}>
                <Input placeholder={FORM.chrome.search} />
                <InputGroup.Addon><SearchIcon /></InputGroup.Addon>
              </InputGroup>
            </Nav.Item>
            <Nav.Item>{FORM.chrome.user}</Nav.Item>
          </Nav>
        </Navbar>
      </Header>
      <Content style={{ maxWidth: 1000, width: '100%', margin: '0 auto', padding: 20 }}>{children}</Content>
      <Footer style={{ textAlign: 'center', padding: 16 }}><Text size="sm" muted>{FORM.chrome.footer}</Text></Footer>
    </Container>
  );
}

const Crumbs = ({ items: list, base }: { items: string[]; base: string }) => (
  <Breadcrumb>
    {list.map((t, i) => (i === 0 ? <Breadcrumb.Item key={t} href={base} data-link>{t}</Breadcrumb.Item> : <Breadcrumb.Item key={t} active={i === list.length - 1}>{t}</Breadcrumb.Item>))}
  </Breadcrumb>
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const rows: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Panel header={FORM.summary.title} bordered shaded style={{ marginBottom: 20 }}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        {rows.map(([k, v]) => (
          <div key={k} style={k === L.name ? { gridColumn: 'span 2' } : undefined}>
            <Text size="sm" muted>{k}</Text>
            <Text>{v}</Text>
          </div>
        ))}
      </div>
    </Panel>
  );
}

const Section = ({ title, children }: { title: React.ReactNode; children: React.ReactNode }) => (
  <Panel header={title} bordered style={{ width: '100%' }}>{children}</Panel>
);

// Dates: the value is a Date; shown as dd/mm/yyyy in the Buddhist era through renderValue
const fromIso = (iso: string): Date | null => (iso ? new Date(`${iso}T00:00:00`) : null);
const toIso = (d: Date | null): string => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : '');
const buddhist = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear() + 543}`;
const toNumber = (s: string): number | null => (s ? Number(s.replace(/,/g, '')) : null);
const toThousands = (value: number | string) => (value === '' || value === null ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** The send step (form.json send): a Modal with the project and its budget source, the approver in a SelectPicker as the quarter. */
function SendModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [to, setTo] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => { if (open) { const n = sendChoice(); setTo(n >= 0 ? n : null); setError(undefined); } }, [open]);
  const commit = () => {
    if (to === null) { setError(`กรุณา${T.recipient.placeholder}`); return; }
    markSent(T.recipient.options[to]!);
    onClose();
  };
  return (
    <Modal open={open} onClose={onClose} size="md">
      <Modal.Header><Modal.Title>{T.title}</Modal.Title></Modal.Header>
      <Modal.Body>
        <Form fluid formValue={{ to }} onChange={(fv) => { setTo((fv.to as number | null) ?? null); setError(undefined); }}>
          {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
            <div key={k} style={{ marginBottom: 12 }}><Text size="sm" muted>{k}</Text><Text>{val}</Text></div>
          ))}
          <Form.Group controlId="sendTo">
            <Form.ControlLabel>{T.recipient.label}<Req /></Form.ControlLabel>
            <Form.Control name="to" accepter={SelectPicker} data={indexed(T.recipient.options)} placeholder={T.recipient.placeholder} searchable={false} block
              errorMessage={error} container={() => document.body} />
          </Form.Group>
        </Form>
      </Modal.Body>
      <Modal.Footer>
        <Button onClick={commit} appearance="primary">{T.commit}</Button>
        <Button onClick={onClose} appearance="subtle">{T.cancel}</Button>
      </Modal.Footer>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------
interface M6Form {
  quarter: string | null;
  reportDate: Date | null;
  status: string;
  progress: number;
  startDate: Date | null;
  endDate: Date | null;
  beneficiaries: string[];
  allocation: number | null;
  spent: number | null;
  result: string;
  problems: string;
  suggestions: string;
}

const m6Model = Schema.Model({
  quarter: StringType().isRequired('กรุณาเลือกไตรมาส'),
  status: StringType().isRequired('กรุณาเลือกสถานะโครงการ'),
  beneficiaries: ArrayType().isRequired('กรุณาเลือกกลุ่มเป้าหมาย'),
  result: StringType().isRequired('กรุณากรอกผลการดำเนินงาน'),
});

function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const form = useRef<FormInstance>(null);
  const [v, setV] = useState<M6Form>({
    quarter: initial.quarter || null, reportDate: fromIso(initial.reportDate), status: initial.status, progress: initial.progress,
    startDate: fromIso(initial.startDate), endDate: fromIso(initial.endDate), beneficiaries: initial.beneficiaries,
    allocation: toNumber(initial.allocation), spent: toNumber(initial.spent), result: initial.result, problems: initial.problems, suggestions: initial.suggestions,
  });
  const [kpi, setKpi] = useState(initial.kpi);
  const [plans, setPlans] = useState(initial.plans);
  const [filter, setFilter] = useState('');
  const [sending, setSending] = useState(false);
  const edition = editionOf(initial.fiscalYear);
  useEffect(markReady, []);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <Form.Group controlId={key}>
      <Form.ControlLabel>{F[key].label}<Req /></Form.ControlLabel>
      <Form.Control name={key} accepter={DatePicker} format="dd/MM/yyyy" renderValue={buddhist} placeholder={F[key].placeholder} oneTap block />
    </Form.Group>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Form.Group controlId={key}>
      <Form.ControlLabel>{F[key].label}<Req /></Form.ControlLabel>
      <Form.Control name={key} accepter={Textarea} rows={4} maxLength={F[key].maxLength} />
      <Form.HelpText>{`${v[key].length}/${F[key].maxLength}`}</Form.HelpText>
    </Form.Group>
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = plans[key];
    const setP = (patch: Partial<typeof p>) => setPlans((o) => ({ ...o, [key]: { ...o[key], ...patch } }));
    return (
      <div key={key} style={{ marginBottom: 12 }}>
        <Toggle checked={p.on} onChange={(on) => setP({ on })}>{name}</Toggle>
        {p.on && (
          <Panel bordered style={{ marginTop: 8, marginLeft: 32, width: 'calc(100% - 32px)' }}>
            <Form.Group controlId={`plan-${key}-detail`}>
              <Form.ControlLabel>{label}{item.required && <Req />}</Form.ControlLabel>
              <SelectPicker id={`plan-${key}-detail`} data={items(list)} value={p.detail || null} placeholder={P} searchable={list.length > 10} block
                onChange={(d) => setP({ detail: d ?? '' })} />
            </Form.Group>
            <Form.Group controlId={`plan-${key}-text`}>
              <Form.ControlLabel>{FORM.m6.plans.textLabel}</Form.ControlLabel>
              <Input as="textarea" id={`plan-${key}-text`} rows={2} value={p.text} onChange={(text) => setP({ text })} />
            </Form.Group>
          </Panel>
        )}
      </div>
    );
  };

  const kpiRows = K.rows.map((row, i) => ({ ...row, index: i, result: kpi[i] })).filter((r) => !filter || r.name.includes(filter));
  return (
    <>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <h3 style={{ margin: '12px 0 16px' }}>{FORM.m6.title}</h3>
      <Summary fy={initial.fiscalYear} />
      <Form ref={form} fluid model={m6Model} checkTrigger="none" formValue={v} onChange={(fv) => setV(fv as M6Form)}>
        <Section title={S.report}>
          <Form.Group controlId="quarter">
            <Form.ControlLabel>{F.quarter.label}<Req /></Form.ControlLabel>
            <Form.Control name="quarter" accepter={SelectPicker} data={items(F.quarter.options)} placeholder={F.quarter.placeholder} searchable={false} block />
          </Form.Group>
          {date('reportDate')}
          <Form.Group controlId="status">
            <Form.ControlLabel>{F.status.label}<Req /></Form.ControlLabel>
            <Form.Control name="status" accepter={RadioGroup} inline>
              {F.status.options.map((o) => <Radio key={o} value={o}>{o}</Radio>)}
            </Form.Control>
          </Form.Group>
          <Form.Group controlId="progress">
            <Form.ControlLabel>{F.progress.label}</Form.ControlLabel>
            <Stack spacing={24} alignItems="center">
              <Stack.Item grow={1}>
                <Form.Control name="progress" accepter={Slider} progress />
              </Stack.Item>
              <NumberInput style={{ width: 110 }} min={0} max={100} postfix={F.progress.unit} value={v.progress}
                onChange={(n) => setV((o) => ({ ...o, progress: n === null || n === '' ? 0 : Math.max(0, Math.min(100, Number(n))) }))} />
            </Stack>
            <Form.HelpText>{F.progress.helper}</Form.HelpText>
          </Form.Group>
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
            {date('startDate')}{date('endDate')}
          </div>
          <Form.Group controlId="beneficiaries">
            <Form.ControlLabel>{F.beneficiaries.label}<Req /></Form.ControlLabel>
            <Form.Control name="beneficiaries" accepter={CheckPicker} data={items(F.beneficiaries.options)} placeholder={F.beneficiaries.placeholder} searchable={false} block />
          </Form.Group>
        </Section>

        <Section title={S.money}>
          <Form.Group controlId="allocation">
            <Form.ControlLabel>{F.allocation.label}<Req /></Form.ControlLabel>
            <Form.Control name="allocation" accepter={NumberInput} prefix={F.allocation.prefix} placeholder={F.allocation.placeholder} formatter={toThousands} controls={false} />
          </Form.Group>
          <Form.Group controlId="spent">
            <Form.ControlLabel>{F.spent.label}<Req /></Form.ControlLabel>
            <Form.Control name="spent" accepter={NumberInput} postfix={F.spent.suffix} placeholder={F.spent.placeholder} formatter={toThousands} controls={false} />
            <Form.HelpText>{F.spent.helper}</Form.HelpText>
          </Form.Group>
        </Section>

        <Section title={
          <Stack justifyContent="space-between" alignItems="center">
            <span>{S.kpi}</span>
            <InputGroup inside size="sm" style={{ width: 220 }}>
              <Input placeholder={FORM.chrome.listFilter} value={filter} onChange={setFilter} />
              <InputGroup.Addon><SearchIcon /></InputGroup.Addon>
            </InputGroup>
          </Stack>
        }>
          <Table data={kpiRows} autoHeight bordered cellBordered rowHeight={52} rowKey="name" wordWrap="break-word">
            <Column flexGrow={3}>
              <HeaderCell>{K.columns.name}</HeaderCell>
              <Cell dataKey="name" />
            </Column>
            <Column width={110} align="right">
              <HeaderCell>{K.columns.target}</HeaderCell>
              <Cell dataKey="target" />
            </Column>
            <Column flexGrow={1} minWidth={140}>
              <HeaderCell>{K.columns.result}</HeaderCell>
              <Cell style={{ padding: '10px 8px' }}>
                {(row) => (
                  <Input size="sm" value={row.result} onChange={(t) => setKpi((o) => o.map((x, j) => (j === row.index ? t : x)))} />
                )}
              </Cell>
            </Column>
            <Column width={100}>
              <HeaderCell>{K.columns.unit}</HeaderCell>
              <Cell dataKey="unit" />
            </Column>
          </Table>
        </Section>

        <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

        <Section title={S.plans}>
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>{FORM.m6.plans.toggleLegend}</legend>
            {plan('ns')}{plan('nesdp')}{plan('mp')}
          </fieldset>
        </Section>

        <ButtonToolbar>
          <Button appearance="primary" onClick={() => form.current?.check()}>บันทึก</Button>
          <Button appearance="default" onClick={() => setSending(true)}>{FORM.send.open}</Button>
          <Button appearance="link" href={route.base} data-link>ยกเลิก</Button>
        </ButtonToolbar>
      </Form>
      <SendModal open={sending} onClose={() => setSending(false)} />
    </>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ name, labels, chosen, optionsOf, onChange }: { name: string; labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 16 }}>
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Form.Group key={label} controlId={`${name}-${lv}`}>
            <Form.ControlLabel>{label}<Req /></Form.ControlLabel>
            <SelectPicker id={`${name}-${lv}`} data={indexed(list)} value={chosen[lv]! >= 0 ? chosen[lv]! : null} placeholder={P} disabled={!enabled} block
              searchable={list.length > 10}
              onChange={(s) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? (s === null ? -1 : s) : -1)))} />
          </Form.Group>
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
  const cell = (list: string[], value: number, disabled: boolean, placeholder: string, onChange: (n: number) => void) => (
    <SelectPicker size="sm" data={indexed(list)} value={value >= 0 ? value : null} placeholder={placeholder} disabled={disabled} searchable={false} block
      onChange={(s) => onChange(s === null ? -1 : s)} />
  );
  const rows = v.rows.map((row, i) => ({ ...row, no: i + 1, index: i }));
  return (
    <>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <h3 style={{ margin: '12px 0 16px' }}>{M.title}</h3>
      <Summary fy={v.fiscalYear} />
      <Text muted style={{ marginBottom: 16 }}>{M.hint}</Text>
      <Form fluid>
        <Section title={M.ns.section}>
          <Chain name="ns" labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
        </Section>
        <Section title={M.nesdp.section}>
          <Form.Group controlId="edition">
            <Form.ControlLabel>{M.nesdp.editionLabel}<Req /></Form.ControlLabel>
            <SegmentedControl id="edition" name="edition" value={v.edition || null} data={(['12', '13'] as const).map((e) => ({ value: Number(e), label: M.nesdp.editions[e] }))}
              onChange={(e) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))} />
          </Form.Group>
          {v.edition ? (
            <Chain name="nesdp" labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
              onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
          ) : null}
        </Section>
        <Section title={
          <Stack justifyContent="space-between" alignItems="center">
            <span>{M.rows.section}</span>
            <Button size="sm" appearance="ghost" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>
          </Stack>
        }>
          <Table data={rows} autoHeight bordered cellBordered rowHeight={54} rowKey="index">
            <Column width={70} align="center">
              <HeaderCell>{M.rows.columns.no}</HeaderCell>
              <Cell dataKey="no" />
            </Column>
            <Column flexGrow={1} minWidth={160}>
              <HeaderCell>{M.rows.columns.level}</HeaderCell>
              <Cell style={{ padding: '10px 8px' }}>{(r) => cell(ROW_LEVELS, r.level, false, M.rows.levelPlaceholder, (n) => setRow(r.index, { level: n, plan: -1, issue: -1 }))}</Cell>
            </Column>
            <Column flexGrow={2} minWidth={200}>
              <HeaderCell>{M.rows.columns.plan}</HeaderCell>
              <Cell style={{ padding: '10px 8px' }}>{(r) => cell(rowPlanOptions(r.level), r.plan, r.level < 0, P, (n) => setRow(r.index, { ...v.rows[r.index]!, plan: n, issue: -1 }))}</Cell>
            </Column>
            <Column flexGrow={2} minWidth={200}>
              <HeaderCell>{M.rows.columns.issue}</HeaderCell>
              <Cell style={{ padding: '10px 8px' }}>{(r) => cell(rowIssueOptions(r.level, r.plan), r.issue, r.plan < 0, P, (n) => setRow(r.index, { ...v.rows[r.index]!, issue: n }))}</Cell>
            </Column>
            <Column width={60} align="center">
              <HeaderCell>{''}</HeaderCell>
              <Cell style={{ padding: '10px 8px' }}>
                {(r) => <IconButton size="sm" appearance="subtle" icon={<TrashIcon />} aria-label={M.rows.removeButton}
                  onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== r.index) }))} />}
              </Cell>
            </Column>
          </Table>
        </Section>
        <ButtonToolbar>
          <Button appearance="primary">บันทึก</Button>
          <Button appearance="link" href={route.base} data-link>ยกเลิก</Button>
        </ButtonToolbar>
      </Form>
    </>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <h3 style={{ margin: '12px 0 16px' }}>รายการโครงการ</h3>
      <Panel bordered>
        <table><tbody><tr>
          <td>{FORM.project.name}</td>
          <td><a href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</a></td>
          <td><a href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</a></td>
        </tr></tbody></table>
      </Panel>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <CustomProvider locale={thTH}>
      <Shell route={route}>
        {!loaded ? <Loader content="กำลังโหลด…" />
          : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
            : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
              : <Home route={loaded} />}
      </Shell>
    </CustomProvider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
