/**
 * Zoo page: React 19 + react-bootstrap 2 (Bootstrap 5.3 CSS) with the companion libraries a React
 * team adds for what react-bootstrap lacks, each written from its own docs: react-select 5 (the
 * quarter, the target groups as multi chips, plan selects; `inputId` ties the Form.Label to its
 * search input), react-datepicker (date-fns `th` locale; a custom input shows the chosen date as
 * dd/mm/yyyy in the Buddhist era, as Thai apps do), rc-slider beside a number Form.Control.
 * Form.Group + Form.Label (controlId) with red `*` marks, InputGroup with ฿ / บาท InputGroup.Text,
 * inline Form.Check radios, Form.Switch toggles revealing Cards, Cards titled by Card.Header,
 * a Table of Form.Control cells, the M1 sections as an always-open Accordion with a
 * ToggleButtonGroup edition and a Table of react-select cells, and a Modal confirm on save.
 * The send step (form.json `send`): a react-bootstrap Modal with the project as a dl and the
 * approver in react-select, as the quarter; an empty commit shows the invalid feedback.
 */
import { StrictMode, forwardRef, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Accordion, Breadcrumb, Button, Card, Col, Container, Form, InputGroup, Modal, Nav, Navbar, Row, Spinner, Table, ToggleButton, ToggleButtonGroup,
} from 'react-bootstrap';
import Select from 'react-select';
import DatePicker, { registerLocale } from 'react-datepicker';
import { th } from 'date-fns/locale/th';
import Slider from 'rc-slider';
import 'bootstrap/dist/css/bootstrap.min.css';
import 'react-datepicker/dist/react-datepicker.css';
import 'rc-slider/assets/index.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

registerLocale('th', th);
const P = FORM.placeholder;
type Opt = { value: string; label: string };
const opts = (list: string[]): Opt[] => list.map((o) => ({ value: o, label: o }));
const Req = () => <span className="text-danger">*</span>;

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <>
      <Navbar bg="primary" data-bs-theme="dark" expand="lg" className="mb-3">
        <Container>
          <Navbar.Brand href={route.base} data-link>eMENSCR</Navbar.Brand>
          <Nav className="me-auto">
            {navLinks(route.base).map((l) => (
              <Nav.Link key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</Nav.Link>
            ))}
          </Nav>
          <Form className="d-flex me-3" role="search" onSubmit={(e) => e.preventDefault()}>
            <Form.Control type="search" size="sm" placeholder={FORM.chrome.search} aria-label={FORM.chrome.search} />
          </Form>
          <Navbar.Text>{FORM.chrome.user}</Navbar.Text>
        </Container>
      </Navbar>
      <Container>{children}</Container>
      <footer className="text-center text-muted small py-3">{FORM.chrome.footer}</footer>
    </>
  );
}

const Crumbs = ({ items, base }: { items: string[]; base: string }) => (
  <Breadcrumb>
    {items.map((t, i) => (i === 0
      ? <Breadcrumb.Item key={t} href={base} linkProps={{ 'data-link': true } as object}>{t}</Breadcrumb.Item>
      : <Breadcrumb.Item key={t} active>{t}</Breadcrumb.Item>))}
  </Breadcrumb>
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Card className="mb-4">
      <Card.Header>{FORM.summary.title}</Card.Header>
      <Card.Body>
        <Row as="dl" className="mb-0">
          {items.map(([k, v]) => (
            <Col key={k} md={k === L.name ? 12 : 6}>
              <dt className="small text-muted fw-normal">{k}</dt>
              <dd>{v}</dd>
            </Col>
          ))}
        </Row>
      </Card.Body>
    </Card>
  );
}

const Section = ({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) => (
  <Card className="mb-4 shadow-sm">
    <Card.Header as="h5" className="d-flex justify-content-between align-items-center">{title}{action}</Card.Header>
    <Card.Body>{children}</Card.Body>
  </Card>
);

// react-datepicker formats with date-fns, which has no Buddhist-era token: a custom input
// (the documented `customInput`) shows the chosen dd/MM/yyyy with the year + 543
const toBE = (s: string | undefined) => (s ? s.replace(/(\d{4})$/, (y) => String(Number(y) + 543)) : '');
const BEInput = forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement>>(({ value, onChange, ...rest }, ref) => (
  <Form.Control ref={ref} {...rest} value={toBE(value as string | undefined)} onChange={onChange} readOnly />
));
const isoToDate = (iso: string): Date | null => (iso ? new Date(`${iso}T00:00:00`) : null);
const dateToIso = (d: Date | null) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : '');

function SaveButton() {
  const [show, setShow] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Button variant="primary" type="submit" onClick={() => setShow(true)}>บันทึก</Button>
      <Modal show={show} onHide={() => setShow(false)} centered>
        <Modal.Header closeButton><Modal.Title>ยืนยันการบันทึก</Modal.Title></Modal.Header>
        <Modal.Body>{saved ? 'บันทึกข้อมูลเรียบร้อยแล้ว' : 'ต้องการบันทึกข้อมูลใช่หรือไม่'}</Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={() => setShow(false)}>ยกเลิก</Button>
          <Button variant="primary" onClick={() => { setSaved(true); setShow(false); }}>ยืนยัน</Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}

/** The send step (form.json `send`): the Modal's content unmounts when it closes, so each open starts from sendChoice(). */
function SendForm({ onClose }: { onClose: () => void }) {
  const R = FORM.send.recipient;
  const L = FORM.summary.labels;
  const options = opts(R.options);
  const [choice, setChoice] = useState<Opt | null>(() => options[sendChoice()] ?? null);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (!choice) { setInvalid(true); return; }
    markSent(choice.label);
    onClose();
  };
  return (
    <>
      <Modal.Header closeButton><Modal.Title>{FORM.send.title}</Modal.Title></Modal.Header>
      <Modal.Body>
        <Row as="dl" className="mb-2">
          <Col xs={12}><dt className="small text-muted fw-normal">{L.name}</dt><dd>{FORM.project.name}</dd></Col>
          <Col xs={12}><dt className="small text-muted fw-normal">{L.budgetSource}</dt><dd>{FORM.project.budgetSource}</dd></Col>
        </Row>
        <Form.Group>
          <Form.Label htmlFor="send-recipient">{R.label} <Req /></Form.Label>
          <Select inputId="send-recipient" placeholder={R.placeholder} options={options} value={choice} aria-invalid={invalid}
            aria-errormessage={invalid ? 'send-recipient-error' : undefined}
            onChange={(o) => { setChoice(o); if (o) setInvalid(false); }}
            styles={{ control: (b) => (invalid ? { ...b, borderColor: 'var(--bs-form-invalid-border-color)' } : b) }} />
          {invalid && <Form.Control.Feedback type="invalid" id="send-recipient-error" className="d-block">{R.placeholder}</Form.Control.Feedback>}
        </Form.Group>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>{FORM.send.cancel}</Button>
        <Button variant="primary" onClick={commit}>{FORM.send.commit}</Button>
      </Modal.Footer>
    </>
  );
}

function SendButton() {
  const [show, setShow] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setShow(true)}>{FORM.send.open}</Button>
      <Modal show={show} onHide={() => setShow(false)} centered>
        <SendForm onClose={() => setShow(false)} />
      </Modal>
    </>
  );
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [v, setV] = useState(initial);
  const [filter, setFilter] = useState('');
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <Form.Group as={Col} md={key === 'reportDate' ? 6 : undefined} className="mb-3">
      <Form.Label htmlFor={key}>{F[key].label} <Req /></Form.Label>
      <DatePicker id={key} locale="th" dateFormat="dd/MM/yyyy" placeholderText={F[key].placeholder} selected={isoToDate(v[key])}
        onChange={(d: Date | null) => set(key, dateToIso(d))} isClearable customInput={<BEInput />} wrapperClassName="d-block" />
    </Form.Group>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Form.Group className="mb-3" controlId={key}>
      <Form.Label>{F[key].label} <Req /></Form.Label>
      <Form.Control as="textarea" rows={3} maxLength={F[key].maxLength} value={v[key]} onChange={(e) => set(key, e.target.value)} />
      <Form.Text muted>{`${v[key].length}/${F[key].maxLength}`}</Form.Text>
    </Form.Group>
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    const setP = (patch: Partial<typeof p>) => setV((o) => ({ ...o, plans: { ...o.plans, [key]: { ...o.plans[key], ...patch } } }));
    return (
      <div key={key} className="mb-2">
        <Form.Check type="switch" id={`plan-${key}`} label={name} checked={p.on} onChange={(e) => setP({ on: e.target.checked })} />
        {p.on && (
          <Card className="mt-2 ms-4">
            <Card.Header>{name}</Card.Header>
            <Card.Body>
              <Form.Group className="mb-3">
                <Form.Label htmlFor={`plan-${key}-detail`}>{label} {item.required && <Req />}</Form.Label>
                <Select inputId={`plan-${key}-detail`} placeholder={P} options={opts(list)} isClearable
                  value={p.detail ? { value: p.detail, label: p.detail } : null} onChange={(o) => setP({ detail: o?.value ?? '' })} />
              </Form.Group>
              <Form.Group controlId={`plan-${key}-text`}>
                <Form.Label>{FORM.m6.plans.textLabel}</Form.Label>
                <Form.Control as="textarea" rows={2} value={p.text} onChange={(e) => setP({ text: e.target.value })} />
              </Form.Group>
            </Card.Body>
          </Card>
        )}
      </div>
    );
  };

  return (
    <Form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <h2 className="mb-3">{FORM.m6.title}</h2>
      <Summary fy={v.fiscalYear} />
      <Section title={S.report}>
        <Row>
          <Form.Group as={Col} md={6} className="mb-3">
            <Form.Label htmlFor="quarter">{F.quarter.label} <Req /></Form.Label>
            <Select inputId="quarter" placeholder={F.quarter.placeholder} options={opts(F.quarter.options)}
              value={v.quarter ? { value: v.quarter, label: v.quarter } : null} onChange={(o) => set('quarter', o?.value ?? '')} />
          </Form.Group>
          {date('reportDate')}
        </Row>
        <Form.Group className="mb-3">
          <Form.Label as="div">{F.status.label} <Req /></Form.Label>
          <div>
            {F.status.options.map((o, i) => (
              <Form.Check inline key={o} type="radio" name="status" id={`status-${i}`} label={o} value={o} checked={v.status === o} onChange={() => set('status', o)} />
            ))}
          </div>
        </Form.Group>
        <Form.Group className="mb-3">
          <Form.Label htmlFor="progress">{F.progress.label} <Req /></Form.Label>
          <Row className="align-items-center">
            <Col><Slider min={0} max={100} value={v.progress} onChange={(n) => set('progress', n as number)} /></Col>
            <Col xs="auto">
              <InputGroup style={{ width: 130 }}>
                <Form.Control id="progress" type="number" min={0} max={100} value={v.progress}
                  onChange={(e) => set('progress', Math.max(0, Math.min(100, Number(e.target.value) || 0)))} />
                <InputGroup.Text>{F.progress.unit}</InputGroup.Text>
              </InputGroup>
            </Col>
          </Row>
          <Form.Text muted>{F.progress.helper}</Form.Text>
        </Form.Group>
        <Row>{date('startDate')}{date('endDate')}</Row>
        <Form.Group className="mb-3">
          <Form.Label htmlFor="beneficiaries">{F.beneficiaries.label} <Req /></Form.Label>
          <Select inputId="beneficiaries" isMulti placeholder={F.beneficiaries.placeholder} options={opts(F.beneficiaries.options)}
            value={opts(v.beneficiaries)} onChange={(o) => set('beneficiaries', o.map((x) => x.value))} />
        </Form.Group>
      </Section>

      <Section title={S.money}>
        <Form.Group className="mb-3" controlId="allocation">
          <Form.Label>{F.allocation.label} <Req /></Form.Label>
          <InputGroup>
            <InputGroup.Text>{F.allocation.prefix}</InputGroup.Text>
            <Form.Control inputMode="decimal" className="text-end" placeholder={F.allocation.placeholder} value={v.allocation} onChange={(e) => set('allocation', e.target.value)} />
          </InputGroup>
        </Form.Group>
        <Form.Group className="mb-3" controlId="spent">
          <Form.Label>{F.spent.label} <Req /></Form.Label>
          <InputGroup>
            <Form.Control inputMode="decimal" className="text-end" placeholder={F.spent.placeholder} value={v.spent} onChange={(e) => set('spent', e.target.value)} aria-describedby="spent-help" />
            <InputGroup.Text>{F.spent.suffix}</InputGroup.Text>
          </InputGroup>
          <Form.Text id="spent-help" muted>{F.spent.helper}</Form.Text>
        </Form.Group>
      </Section>

      <Section title={S.kpi} action={
        <Form.Control size="sm" type="search" style={{ width: 200 }} placeholder={FORM.chrome.listFilter} value={filter} onChange={(e) => setFilter(e.target.value)} />}>
        <Table bordered striped size="sm" className="mb-0 align-middle">
          <thead><tr>
            <th>{K.columns.name}</th><th className="text-end">{K.columns.target}</th><th>{K.columns.result}</th><th>{K.columns.unit}</th>
          </tr></thead>
          <tbody>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td className="text-end">{row.target}</td>
                <td><Form.Control size="sm" value={v.kpi[i]} onChange={(e) => { const t = e.target.value; set('kpi', v.kpi.map((x, j) => (j === i ? t : x))); }} /></td>
                <td>{row.unit}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

      <Section title={S.plans}>
        <Form.Label as="div" className="fw-semibold">{FORM.m6.plans.toggleLegend}</Form.Label>
        {plan('ns')}{plan('nesdp')}{plan('mp')}
      </Section>
      <div className="d-flex gap-2 mb-4"><SaveButton /><SendButton /><Button variant="outline-secondary" href={route.base} data-link>ยกเลิก</Button></div>
    </Form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ id, labels, chosen, optionsOf, onChange }: { id: string; labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <Row>
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        const options = list.map((o, i) => ({ value: String(i), label: o }));
        return (
          <Form.Group as={Col} md={4} key={label} className="mb-3">
            <Form.Label htmlFor={`${id}-${lv}`}>{label} <Req /></Form.Label>
            <Select inputId={`${id}-${lv}`} placeholder={P} isDisabled={!enabled} options={options}
              value={chosen[lv]! >= 0 ? options[chosen[lv]!] ?? null : null}
              onChange={(o) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? (o ? Number(o.value) : -1) : -1)))} />
          </Form.Group>
        );
      })}
    </Row>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const [v, setV] = useState(initial);
  const M = FORM.m1;
  useEffect(markReady, []);
  const setRow = (i: number, row: PlanRow) => setV((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? row : r)) }));
  const cell = (list: string[], value: number, disabled: boolean, placeholder: string, onChange: (n: number) => void) => {
    const options = list.map((o, j) => ({ value: String(j), label: o }));
    return (
      <Select placeholder={placeholder} isDisabled={disabled} options={options} value={value >= 0 ? options[value] ?? null : null}
        onChange={(o) => onChange(o ? Number(o.value) : -1)} menuPortalTarget={document.body} styles={{ menuPortal: (b) => ({ ...b, zIndex: 1060 }) }} />
    );
  };
  return (
    <Form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <h2 className="mb-3">{M.title}</h2>
      <Summary fy={v.fiscalYear} />
      <p className="text-muted small">{M.hint}</p>
      <Accordion alwaysOpen defaultActiveKey={['ns', 'nesdp', 'rows']} className="mb-4">
        <Accordion.Item eventKey="ns">
          <Accordion.Header>{M.ns.section}</Accordion.Header>
          <Accordion.Body>
            <Chain id="ns" labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
          </Accordion.Body>
        </Accordion.Item>
        <Accordion.Item eventKey="nesdp">
          <Accordion.Header>{M.nesdp.section}</Accordion.Header>
          <Accordion.Body>
            <Form.Group className="mb-3">
              <Form.Label as="div">{M.nesdp.editionLabel} <Req /></Form.Label>
              <ToggleButtonGroup type="radio" name="edition" value={v.edition ? String(v.edition) : ''}
                onChange={(e: string) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))}>
                {(['12', '13'] as const).map((e) => (
                  <ToggleButton key={e} id={`edition-${e}`} value={e} variant="outline-primary">{M.nesdp.editions[e]}</ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Form.Group>
            {v.edition ? (
              <Chain id="nesdp" labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
                onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
            ) : null}
          </Accordion.Body>
        </Accordion.Item>
        <Accordion.Item eventKey="rows">
          <Accordion.Header>{M.rows.section}</Accordion.Header>
          <Accordion.Body>
            <div className="d-flex justify-content-end mb-2">
              <Button variant="outline-primary" size="sm" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>
            </div>
            <Table bordered className="align-middle">
              <thead><tr>
                <th style={{ width: 60 }}>{M.rows.columns.no}</th><th>{M.rows.columns.level}</th>
                <th>{M.rows.columns.plan}</th><th>{M.rows.columns.issue}</th><th />
              </tr></thead>
              <tbody>
                {v.rows.map((row, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td>{cell(ROW_LEVELS, row.level, false, M.rows.levelPlaceholder, (n) => setRow(i, { level: n, plan: -1, issue: -1 }))}</td>
                    <td>{cell(rowPlanOptions(row.level), row.plan, row.level < 0, P, (n) => setRow(i, { ...row, plan: n, issue: -1 }))}</td>
                    <td>{cell(rowIssueOptions(row.level, row.plan), row.issue, row.plan < 0, P, (n) => setRow(i, { ...row, issue: n }))}</td>
                    <td><Button variant="outline-danger" size="sm" onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>{M.rows.removeButton}</Button></td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Accordion.Body>
        </Accordion.Item>
      </Accordion>
      <div className="d-flex gap-2 mb-4"><SaveButton /><Button variant="outline-secondary" href={route.base} data-link>ยกเลิก</Button></div>
    </Form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <h2 className="mb-3">รายการโครงการ</h2>
      <Card><Table className="mb-0"><tbody><tr>
        <td>{FORM.project.name}</td>
        <td><a href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</a></td>
        <td><a href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</a></td>
      </tr></tbody></Table></Card>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <Shell route={route}>
      {!loaded ? <div className="d-flex align-items-center gap-2"><Spinner animation="border" size="sm" /><span>กำลังโหลด…</span></div>
        : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
          : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
            : <Home route={loaded} />}
    </Shell>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
