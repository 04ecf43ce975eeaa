/**
 * Zoo page: React 19 + IBM's Carbon Design System (@carbon/react 1.x, the prebuilt
 * @carbon/styles/css/styles.css, no Sass build), written from carbondesignsystem.com and Carbon's
 * Storybook: the UI Shell Header, a Form laid out with Stack, sections as FormGroups (fieldset +
 * legend), TextInput / TextArea (labelText, helperText, enableCounter), a Dropdown (a button with
 * role combobox and a listbox; `label` is its prompt) for the quarter, a FilterableMultiSelect for
 * the target groups, DatePicker + DatePickerInput (flatpickr, Thai locale; dd/mm/BBBB through
 * flatpickr's own `formatDate` option set with flatpickr.setDefaults, since Carbon's DatePicker
 * passes only `dateFormat` whose `Y` is the Gregorian year, and `parseDate` for typed dates),
 * a RadioButtonGroup, a Slider (its own number input beside it), a DataTable (toolbar search
 * filtering the rows) with TextInput result cells (hideLabel), Toggles revealing plan Tiles with a
 * native Select + SelectItem, a passive Modal on save and a transactional Modal for the send step
 * (approver Dropdown, invalid/invalidText when none is chosen). On M1 native Selects cascade, the
 * plan edition is a ContentSwitcher in a FormGroup (nothing selected until chosen), and the plan
 * rows are a Table with a Dropdown (prompt shown) for the level, a ComboBox for the plan and a
 * Select for the issue.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import flatpickr from 'flatpickr';
import {
  Breadcrumb, BreadcrumbItem, Button, ButtonSet, ComboBox, Content, ContentSwitcher, DataTable, DatePicker, DatePickerInput, Dropdown,
  FilterableMultiSelect, Form, FormGroup, Header, HeaderGlobalBar, HeaderMenuItem, HeaderName, HeaderNavigation, Heading, InlineLoading, Link,
  Modal, RadioButton, RadioButtonGroup, Search, Section, Select, SelectItem, Slider, Stack, StructuredListBody, StructuredListCell,
  StructuredListRow, StructuredListWrapper, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TableHeader, TableRow,
  TableToolbar, TableToolbarContent, TableToolbarSearch, TextArea, TextInput, Tile, Toggle,
} from '@carbon/react';
import '@carbon/styles/css/styles.css';
import { FORM, markReady, markSent, navLinks, navigate, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import { parseThaiDate, thaiDate, type M1Values, type M6Values, type PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const toIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const toDate = (iso: string): Date | '' => (iso ? new Date(`${iso}T00:00:00`) : '');
/**
 * Thai users read dates in the Buddhist era. Carbon's DatePicker hands flatpickr only `dateFormat`
 * (its `Y` is the Gregorian year) and overrides flatpickr's formatDate/parseDate options with its
 * own config, so the era goes in through flatpickr's global defaults: a hook every instance runs
 * once its config is parsed sets flatpickr's own formatDate / parseDate options (dd/mm/BBBB).
 */
flatpickr.setDefaults({
  onParseConfig: [(_dates: Date[], _text: string, fp: { config: Record<string, unknown> }) => {
    fp.config.formatDate = (d: Date) => thaiDate(toIso(d));
    fp.config.parseDate = (text: string) => { const iso = parseThaiDate(text); return iso ? new Date(`${iso}T00:00:00`) : undefined; };
  }],
} as never);

const css = `
  body { font-family: 'IBM Plex Sans Thai', 'IBM Plex Sans', 'Sarabun', 'Garuda', sans-serif; }
  .page { max-width: 960px; margin: 0 auto; padding: 2rem 1rem 3rem; }
  .page .cds--fieldset > legend.cds--label { font-size: 1.25rem; line-height: 1.75rem; color: var(--cds-text-primary); margin-bottom: 1rem; }
  .page .cds--fieldset .cds--fieldset > legend.cds--label { font-size: .75rem; line-height: 1rem; color: var(--cds-text-secondary); margin-bottom: .5rem; }
  .two { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
  .three { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
  .plan { margin: .5rem 0 1rem 3rem; }
  .footer { text-align: center; padding: 0 0 2rem; color: var(--cds-text-secondary); font-size: .75rem; }
  .header-search { width: 16rem; align-self: center; margin-right: 1rem; }
  .user { color: var(--cds-text-secondary); align-self: center; padding: 0 1rem; font-size: .875rem; }
`;

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <>
      <style>{css}</style>
      <Header aria-label="eMENSCR">
        <HeaderName href={route.base} prefix="" data-link>eMENSCR</HeaderName>
        <HeaderNavigation aria-label="eMENSCR">
          {navLinks(route.base).map((l) => (
            <HeaderMenuItem key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</HeaderMenuItem>
          ))}
        </HeaderNavigation>
        <HeaderGlobalBar>
          <div className="header-search"><Search size="sm" labelText={FORM.chrome.search} placeholder={FORM.chrome.search} /></div>
          <span className="user">{FORM.chrome.user}</span>
        </HeaderGlobalBar>
      </Header>
      <Content>
        <div className="page">{children}</div>
        <p className="footer">{FORM.chrome.footer}</p>
      </Content>
    </>
  );
}

function Crumbs({ items, base }: { items: string[]; base: string }) {
  return (
    <Breadcrumb noTrailingSlash>
      {items.map((t, i) => (i === 0
        ? <BreadcrumbItem key={t}><a href={base} data-link>{t}</a></BreadcrumbItem>
        : <BreadcrumbItem key={t} isCurrentPage={i === items.length - 1}>{t}</BreadcrumbItem>))}
    </Breadcrumb>
  );
}

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Tile>
      <Section level={2}><Heading>{FORM.summary.title}</Heading></Section>
      <StructuredListWrapper isCondensed>
        <StructuredListBody>
          {items.map(([k, v]) => (
            <StructuredListRow key={k}>
              <StructuredListCell noWrap>{k}</StructuredListCell>
              <StructuredListCell>{v}</StructuredListCell>
            </StructuredListRow>
          ))}
        </StructuredListBody>
      </StructuredListWrapper>
    </Tile>
  );
}

/** A section of the form: a FormGroup (fieldset + legend) with its fields stacked, as in Carbon's form pattern. */
const Part = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <FormGroup legendText={title}><Stack gap={6}>{children}</Stack></FormGroup>
);

function SaveButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button kind="primary" type="submit" onClick={() => setOpen(true)}>บันทึก</Button>
      <Modal open={open} passiveModal modalHeading="บันทึกข้อมูล" onRequestClose={() => setOpen(false)} closeButtonLabel="ปิด">
        <p>บันทึกข้อมูลเรียบร้อยแล้ว</p>
      </Modal>
    </>
  );
}

/** The send step (form.json send): a transactional Modal, the approver a Dropdown as the quarter; Carbon's invalid state when none is chosen. */
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
      <Button kind="secondary" onClick={show}>{T.open}</Button>
      <Modal open={open} modalHeading={T.title} primaryButtonText={T.commit} secondaryButtonText={T.cancel} closeButtonLabel="ปิด"
        onRequestSubmit={commit} onRequestClose={() => setOpen(false)}>
        <Stack gap={5}>
          {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
            <div key={k}><p className="cds--label">{k}</p><p>{val}</p></div>
          ))}
          <Dropdown id="send-approver" titleText={T.recipient.label} label={T.recipient.placeholder} items={T.recipient.options}
            selectedItem={to} onChange={({ selectedItem }) => { setTo(selectedItem ?? null); setError(false); }}
            invalid={error} invalidText={`กรุณา${T.recipient.placeholder}`} />
        </Stack>
      </Modal>
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
    <DatePicker datePickerType="single" locale="th" dateFormat="d/m/Y" value={toDate(v[key])}
      onChange={(dates: Date[]) => set(key, dates[0] ? toIso(dates[0]) : '')}>
      <DatePickerInput id={key} labelText={F[key].label} placeholder={F[key].placeholder} />
    </DatePicker>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <TextArea id={key} labelText={F[key].label} rows={3} enableCounter maxCount={F[key].maxLength} value={v[key]} onChange={(e) => set(key, e.target.value)} />
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
        <Toggle id={`plan-${key}`} labelText={name} labelA="ไม่รายงาน" labelB="รายงาน" toggled={p.on} onToggle={(on) => setP({ on })} />
        {p.on && (
          <Tile className="plan">
            <Section level={3}>
              <Heading>{name}</Heading>
              <Stack gap={5}>
                <Select id={`plan-${key}-detail`} labelText={label} value={p.detail} onChange={(e) => setP({ detail: e.target.value })}>
                  <SelectItem disabled hidden value="" text={FORM.placeholder} />
                  {list.map((o) => <SelectItem key={o} value={o} text={o} />)}
                </Select>
                <TextArea id={`plan-${key}-text`} labelText={FORM.m6.plans.textLabel} rows={2} value={p.text} onChange={(e) => setP({ text: e.target.value })} />
              </Stack>
            </Section>
          </Tile>
        )}
      </div>
    );
  };

  const headers = [
    { key: 'name', header: K.columns.name }, { key: 'target', header: K.columns.target },
    { key: 'result', header: K.columns.result }, { key: 'unit', header: K.columns.unit },
  ];
  const rows = K.rows.map((r, i) => ({ id: String(i), name: r.name, target: r.target, result: v.kpi[i] ?? '', unit: r.unit }));

  return (
    <Form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Stack gap={7}>
        <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
        <Section level={1}>
          <Heading>{FORM.m6.title}</Heading>
        </Section>
        <Summary fy={v.fiscalYear} />
        <Part title={S.report}>
          <Dropdown id="quarter" titleText={F.quarter.label} label={F.quarter.placeholder} items={F.quarter.options}
            selectedItem={v.quarter || null} onChange={({ selectedItem }) => set('quarter', selectedItem ?? '')} />
          {date('reportDate')}
          <RadioButtonGroup legendText={F.status.label} name="status" valueSelected={v.status} onChange={(value) => set('status', String(value ?? ''))}>
            {F.status.options.map((o, i) => <RadioButton key={o} id={`status-${i}`} labelText={o} value={o} />)}
          </RadioButtonGroup>
          <div>
            <Slider id="progress" labelText={F.progress.label} min={0} max={100} step={1} value={v.progress}
              formatLabel={(n) => `${n}${F.progress.unit}`} onChange={({ value }) => set('progress', Number(value))} />
            <div className="cds--form__helper-text">{F.progress.helper}</div>
          </div>
          <div className="two">{date('startDate')}{date('endDate')}</div>
          <FilterableMultiSelect id="beneficiaries" titleText={F.beneficiaries.label} placeholder={F.beneficiaries.placeholder}
            items={F.beneficiaries.options} itemToString={(o) => o ?? ''} selectedItems={v.beneficiaries}
            onChange={({ selectedItems }) => set('beneficiaries', selectedItems ?? [])} />
        </Part>

        <Part title={S.money}>
          <TextInput id="allocation" labelText={F.allocation.label} helperText={`จำนวนเงิน (${F.allocation.prefix})`} inputMode="decimal"
            placeholder={F.allocation.placeholder} value={v.allocation} onChange={(e) => set('allocation', e.target.value)} />
          <TextInput id="spent" labelText={F.spent.label} helperText={`${F.spent.helper} (${F.spent.suffix})`} inputMode="decimal"
            placeholder={F.spent.placeholder} value={v.spent} onChange={(e) => set('spent', e.target.value)} />
        </Part>

        <DataTable rows={rows} headers={headers} size="md">
          {({ rows: shown, headers: hs, getTableProps, getHeaderProps, getRowProps, getToolbarProps, onInputChange }) => (
            <TableContainer title={S.kpi}>
              <TableToolbar {...getToolbarProps()}>
                <TableToolbarContent>
                  <TableToolbarSearch persistent placeholder={FORM.chrome.listFilter} onChange={(e) => onInputChange(e as React.ChangeEvent<HTMLInputElement>)} />
                </TableToolbarContent>
              </TableToolbar>
              <Table {...getTableProps()}>
                <TableHead>
                  <TableRow>
                    {hs.map((h) => { const { key, ...rest } = getHeaderProps({ header: h }); return <TableHeader key={key} {...rest}>{h.header}</TableHeader>; })}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((row) => {
                    const { key, ...rest } = getRowProps({ row });
                    const i = Number(row.id);
                    return (
                      <TableRow key={key} {...rest}>
                        {row.cells.map((cell) => (
                          <TableCell key={cell.id}>
                            {cell.info.header === 'result'
                              ? <TextInput id={`kpi-${i}`} size="sm" hideLabel labelText={`${K.columns.result} ${K.rows[i]!.name}`} value={v.kpi[i] ?? ''}
                                onChange={(e) => set('kpi', v.kpi.map((x, j) => (j === i ? e.target.value : x)))} />
                              : cell.value}
                          </TableCell>
                        ))}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </DataTable>

        <Part title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Part>

        <Part title={S.plans}>
          <FormGroup legendText={FORM.m6.plans.toggleLegend}>
            {plan('ns')}{plan('nesdp')}{plan('mp')}
          </FormGroup>
        </Part>
        <ButtonSet>
          <SaveButton />
          <SendButton />
          <Button kind="ghost" href={route.base} data-link>ยกเลิก</Button>
        </ButtonSet>
      </Stack>
    </Form>
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
          <Select key={label} id={`${id}-${lv}`} labelText={label} disabled={!enabled} value={chosen[lv]! >= 0 ? String(chosen[lv]) : ''}
            onChange={(e) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? Number(e.target.value) : -1)))}>
            <SelectItem disabled hidden value="" text={FORM.placeholder} />
            {list.map((o, i) => <SelectItem key={o} value={String(i)} text={o} />)}
          </Select>
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
    <Form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Stack gap={7}>
        <Crumbs items={M.breadcrumb} base={route.base} />
        <Section level={1}>
          <Heading>{M.title}</Heading>
        </Section>
        <Summary fy={v.fiscalYear} />
        <p>{M.hint}</p>
        <Part title={M.ns.section}>
          <Chain id="ns" labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
        </Part>
        <Part title={M.nesdp.section}>
          <FormGroup legendText={M.nesdp.editionLabel}>
            <ContentSwitcher selectedIndex={v.edition ? editions.indexOf(String(v.edition) as '12' | '13') : -1}
              onChange={({ name }) => setV((o) => ({ ...o, edition: Number(name) as Edition, nesdp: [-1, -1, -1] }))}>
              {editions.map((e) => <Switch key={e} name={e} text={M.nesdp.editions[e]} />)}
            </ContentSwitcher>
          </FormGroup>
          {v.edition ? (
            <Chain id="nesdp" labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
              onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
          ) : null}
        </Part>
        <TableContainer title={M.rows.section}>
          <TableToolbar>
            <TableToolbarContent>
              <Button kind="primary" size="sm" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>{M.rows.addButton}</Button>
            </TableToolbarContent>
          </TableToolbar>
          <Table size="lg">
            <TableHead>
              <TableRow>
                <TableHeader>{M.rows.columns.no}</TableHeader><TableHeader>{M.rows.columns.level}</TableHeader>
                <TableHeader>{M.rows.columns.plan}</TableHeader><TableHeader>{M.rows.columns.issue}</TableHeader><TableHeader />
              </TableRow>
            </TableHead>
            <TableBody>
              {v.rows.map((row, i) => {
                const plans = rowPlanOptions(row.level);
                const issues = rowIssueOptions(row.level, row.plan);
                return (
                  <TableRow key={i}>
                    <TableCell>{i + 1}</TableCell>
                    <TableCell>
                      <Dropdown id={`row-${i}-level`} size="sm" titleText={M.rows.columns.level} hideLabel label={M.rows.levelPlaceholder} items={ROW_LEVELS}
                        selectedItem={row.level >= 0 ? ROW_LEVELS[row.level]! : null}
                        onChange={({ selectedItem }) => setRow(i, { level: selectedItem ? ROW_LEVELS.indexOf(selectedItem) : -1, plan: -1, issue: -1 })} />
                    </TableCell>
                    <TableCell>
                      <ComboBox key={row.level} id={`row-${i}-plan`} size="sm" aria-label={M.rows.columns.plan} placeholder="เลือกแผน" disabled={row.level < 0}
                        items={plans} selectedItem={row.plan >= 0 ? plans[row.plan]! : null}
                        shouldFilterItem={({ item, inputValue }) => !inputValue || item.includes(inputValue)}
                        onChange={({ selectedItem }) => setRow(i, { ...row, plan: selectedItem ? plans.indexOf(selectedItem) : -1, issue: -1 })} />
                    </TableCell>
                    <TableCell>
                      <Select id={`row-${i}-issue`} size="sm" labelText={M.rows.columns.issue} hideLabel disabled={row.plan < 0}
                        value={row.issue >= 0 ? String(row.issue) : ''} onChange={(e) => setRow(i, { ...row, issue: Number(e.target.value) })}>
                        <SelectItem disabled hidden value="" text="" />
                        {issues.map((o, j) => <SelectItem key={o} value={String(j)} text={o} />)}
                      </Select>
                    </TableCell>
                    <TableCell>
                      <Button kind="ghost" size="sm" onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>{M.rows.removeButton}</Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        <ButtonSet>
          <SaveButton />
          <Button kind="ghost" href={route.base} data-link>ยกเลิก</Button>
        </ButtonSet>
      </Stack>
    </Form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <Stack gap={7}>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Section level={1}><Heading>รายการโครงการ</Heading></Section>
      <Table>
        <TableBody>
          <TableRow>
            <TableCell>{FORM.project.name}</TableCell>
            <TableCell><Link href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</Link></TableCell>
            <TableCell><Link href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</Link></TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Stack>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <Shell route={route}>
      {!loaded ? <InlineLoading description="กำลังโหลด…" />
        : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
          : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
            : <Home route={loaded} />}
    </Shell>
  );
}

void navigate;
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
