/**
 * Zoo page: React 19 + Fluent UI React v9 (@fluentui/react-components) with the
 * DatePicker of @fluentui/react-datepicker-compat, written from react.fluentui.dev:
 * FluentProvider with webLightTheme; every control wrapped in a Field (label, hint, required)
 * — Input (contentBefore ฿ / contentAfter บาท), Textarea, Dropdown + Option (multiselect for the
 * target groups), a horizontal RadioGroup, a Slider next to a SpinButton for progress, DatePickers
 * (readonly input, dd/mm/BBBB through formatDate); sections as Cards with a CardHeader; a KPI Table
 * with SpinButton result cells (no label, as in a spreadsheet); Switches (under a Label) that reveal plan details;
 * a Dialog on save. On M1 cascading Dropdowns, the plan edition as ToggleButtons in a Field
 * (render function: role group labelled by the Field's label) and a Table of plan rows: a Dropdown
 * cell showing its placeholder for the level, a Combobox (type to filter) for the plan.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Body1, Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem, Button, Caption1, Card, CardHeader, Combobox, Dialog, DialogActions,
  DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Dropdown, Field, FluentProvider, Input, Label, Link, Option, Radio,
  RadioGroup, SearchBox, Slider, Spinner, SpinButton, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  Textarea, Title3, ToggleButton, Toolbar, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { FORM, markReady, markSent, navLinks, navigate, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import { thaiDate, type M1Values, type M6Values, type PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: '16px', padding: '8px 24px', backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  brand: { color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, textDecorationLine: 'none' },
  navLink: { color: tokens.colorNeutralForegroundOnBrand },
  grow: { flexGrow: 1 },
  main: { maxWidth: '900px', margin: '0 auto', padding: '24px', display: 'flex', flexDirection: 'column', gap: '20px' },
  stack: { display: 'flex', flexDirection: 'column', gap: '16px' },
  row: { display: 'flex', gap: '16px', alignItems: 'flex-end', '> *': { flexGrow: 1 } },
  grid2: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px' },
  grid3: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '12px' },
  plan: { marginLeft: '40px', display: 'flex', flexDirection: 'column', gap: '12px' },
  footer: { display: 'block', textAlign: 'center', paddingBottom: '24px', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '8px' },
});

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <>
      <header className={s.bar}>
        <a className={s.brand} href={route.base} data-link>eMENSCR</a>
        {navLinks(route.base).map((l) => (
          <Link key={l.text} className={s.navLink} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</Link>
        ))}
        <div className={s.grow} />
        <SearchBox placeholder={FORM.chrome.search} size="small" />
        <Body1>{FORM.chrome.user}</Body1>
      </header>
      <main className={s.main}>{children}</main>
      <Caption1 as="p" className={s.footer}>{FORM.chrome.footer}</Caption1>
    </>
  );
}

function Crumbs({ items, base }: { items: string[]; base: string }) {
  return (
    <Breadcrumb>
      {items.map((t, i) => [
        i > 0 ? <BreadcrumbDivider key={`d${i}`} /> : null,
        <BreadcrumbItem key={t}>
          {i === 0 ? <BreadcrumbButton href={base} data-link>{t}</BreadcrumbButton> : <BreadcrumbButton current={i === items.length - 1}>{t}</BreadcrumbButton>}
        </BreadcrumbItem>,
      ])}
    </Breadcrumb>
  );
}

function Summary({ fy }: { fy: number }) {
  const s = useStyles();
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Card appearance="outline">
      <CardHeader header={<Text weight="semibold">{FORM.summary.title}</Text>} />
      <div className={s.grid2}>
        {items.map(([k, v]) => (
          <div key={k}>
            <Caption1 block>{k}</Caption1>
            <Body1>{v}</Body1>
          </div>
        ))}
      </div>
    </Card>
  );
}

const Section = ({ title, action, children }: { title: string; action?: React.ReactElement; children: React.ReactNode }) => {
  const s = useStyles();
  return (
    <Card>
      <CardHeader header={<Text as="h2" size={500} weight="semibold">{title}</Text>} action={action} />
      <div className={s.stack}>{children}</div>
    </Card>
  );
};

const toDate = (iso: string): Date | null => (iso ? new Date(`${iso}T00:00:00`) : null);
const toIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const formatThai = (d?: Date) => (d ? thaiDate(toIso(d)) : '');

function SaveButton() {
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" type="submit">บันทึก</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>บันทึกข้อมูล</DialogTitle>
          <DialogContent>บันทึกข้อมูลเรียบร้อยแล้ว</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement><Button appearance="primary">ตกลง</Button></DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The send step (form.json send): a Dialog with the project and its budget source, the approver in a required Field's Dropdown as the quarter. */
function SendButton() {
  const s = useStyles();
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [error, setError] = useState(false);
  const show = () => { const n = sendChoice(); setTo(n >= 0 ? T.recipient.options[n]! : ''); setError(false); setOpen(true); };
  const commit = () => {
    if (!to) { setError(true); return; }
    markSent(to);
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? show() : setOpen(false))}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{T.open}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{T.title}</DialogTitle>
          <DialogContent className={s.stack}>
            {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
              <div key={k}><Caption1 block>{k}</Caption1><Body1 block>{val}</Body1></div>
            ))}
            <Field label={T.recipient.label} required validationState={error ? 'error' : 'none'} validationMessage={error ? `กรุณา${T.recipient.placeholder}` : undefined}>
              <Dropdown placeholder={T.recipient.placeholder} value={to} selectedOptions={to ? [to] : []}
                onOptionSelect={(_, d) => { setTo(d.optionValue ?? ''); setError(false); }}>
                {T.recipient.options.map((o) => <Option key={o}>{o}</Option>)}
              </Dropdown>
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement><Button>{T.cancel}</Button></DialogTrigger>
            <Button appearance="primary" onClick={commit}>{T.commit}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Actions({ base, send }: { base: string; send?: boolean }) {
  const s = useStyles();
  return <div className={s.actions}><SaveButton />{send && <SendButton />}<Button as="a" href={base} data-link>ยกเลิก</Button></div>;
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const s = useStyles();
  const [v, setV] = useState(initial);
  const [filter, setFilter] = useState('');
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <Field label={F[key].label} required>
      <DatePicker value={toDate(v[key])} formatDate={formatThai} placeholder={F[key].placeholder}
        onSelectDate={(d) => set(key, d ? toIso(d) : '')} />
    </Field>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Field label={F[key].label} required hint={`${v[key].length}/${F[key].maxLength}`}>
      <Textarea rows={3} resize="vertical" value={v[key]} maxLength={F[key].maxLength} onChange={(_, d) => set(key, d.value)} />
    </Field>
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
        <Switch checked={p.on} onChange={(_, d) => setP({ on: d.checked })} label={name} />
        {p.on && (
          <div className={s.plan}>
            <Field label={label} required>
              <Dropdown value={p.detail} selectedOptions={p.detail ? [p.detail] : []} onOptionSelect={(_, d) => setP({ detail: d.optionValue ?? '' })}>
                {list.map((o) => <Option key={o}>{o}</Option>)}
              </Dropdown>
            </Field>
            <Field label={FORM.m6.plans.textLabel} required>
              <Textarea rows={2} value={p.text} onChange={(_, d) => setP({ text: d.value })} />
            </Field>
          </div>
        )}
      </div>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()} className={s.stack}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <Title3 as="h1">{FORM.m6.title}</Title3>
      <Summary fy={v.fiscalYear} />
      <Section title={S.report}>
        <Field label={F.quarter.label} required>
          <Dropdown placeholder={F.quarter.placeholder} value={v.quarter} selectedOptions={v.quarter ? [v.quarter] : []}
            onOptionSelect={(_, d) => set('quarter', d.optionValue ?? '')}>
            {F.quarter.options.map((o) => <Option key={o}>{o}</Option>)}
          </Dropdown>
        </Field>
        {date('reportDate')}
        <Field label={F.status.label} required>
          <RadioGroup layout="horizontal" value={v.status} onChange={(_, d) => set('status', d.value)}>
            {F.status.options.map((o) => <Radio key={o} value={o} label={o} />)}
          </RadioGroup>
        </Field>
        <div className={s.row}>
          <Field label={F.progress.label} hint={F.progress.helper} required>
            <Slider min={0} max={100} value={v.progress} onChange={(_, d) => set('progress', d.value)} />
          </Field>
          <Field label={F.progress.unit} style={{ flexGrow: 0 }}>
            <SpinButton min={0} max={100} value={v.progress} onChange={(_, d) => {
              const n = d.value ?? (d.displayValue !== undefined ? Number(d.displayValue) : NaN);
              if (Number.isFinite(n)) set('progress', Math.min(100, Math.max(0, n)));
            }} />
          </Field>
        </div>
        <div className={s.grid2}>{date('startDate')}{date('endDate')}</div>
        <Field label={F.beneficiaries.label}>
          <Dropdown multiselect placeholder={F.beneficiaries.placeholder} value={v.beneficiaries.join(', ')} selectedOptions={v.beneficiaries}
            onOptionSelect={(_, d) => set('beneficiaries', d.selectedOptions)}>
            {F.beneficiaries.options.map((o) => <Option key={o}>{o}</Option>)}
          </Dropdown>
        </Field>
      </Section>

      <Section title={S.money}>
        <Field label={F.allocation.label} required>
          <Input contentBefore={F.allocation.prefix} inputMode="decimal" placeholder={F.allocation.placeholder} value={v.allocation} onChange={(_, d) => set('allocation', d.value)} />
        </Field>
        <Field label={F.spent.label} hint={F.spent.helper} required>
          <Input contentAfter={F.spent.suffix} inputMode="decimal" placeholder={F.spent.placeholder} value={v.spent} onChange={(_, d) => set('spent', d.value)} />
        </Field>
      </Section>

      <Section title={S.kpi} action={<SearchBox size="small" placeholder={FORM.chrome.listFilter} value={filter} onChange={(_, d) => setFilter(d.value)} />}>
        <Table size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{K.columns.name}</TableHeaderCell><TableHeaderCell>{K.columns.target}</TableHeaderCell>
              <TableHeaderCell>{K.columns.result}</TableHeaderCell><TableHeaderCell>{K.columns.unit}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <TableRow key={row.name}>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.target}</TableCell>
                <TableCell>
                  <SpinButton size="small" value={v.kpi[i] === '' ? null : Number(v.kpi[i])} displayValue={v.kpi[i]} onChange={(_, d) => {
                    const text = d.value != null ? String(d.value) : (d.displayValue ?? '');
                    set('kpi', v.kpi.map((x, j) => (j === i ? text : x)));
                  }} />
                </TableCell>
                <TableCell>{row.unit}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

      <Section title={S.plans}>
        <Label weight="semibold">{FORM.m6.plans.toggleLegend}</Label>
        {plan('ns')}{plan('nesdp')}{plan('mp')}
      </Section>
      <Actions base={route.base} send />
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  const s = useStyles();
  return (
    <div className={s.grid3}>
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        const current = chosen[lv]! >= 0 ? String(chosen[lv]) : '';
        return (
          <Field key={label} label={label} required>
            <Dropdown disabled={!enabled} value={current ? list[Number(current)] ?? '' : ''} selectedOptions={current ? [current] : []}
              onOptionSelect={(_, d) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? Number(d.optionValue) : -1)))}>
              {list.map((o, i) => <Option key={o} value={String(i)}>{o}</Option>)}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}

/** The plan of a row: a Combobox (the list of plans is long: a person types to filter it), controlled as in Fluent's docs. */
function PlanCombobox({ plans, chosen, disabled, onChoose }: { plans: string[]; chosen: number; disabled: boolean; onChoose: (plan: number) => void }) {
  const [text, setText] = useState(chosen >= 0 ? plans[chosen] ?? '' : '');
  const shown = plans.filter((o) => !text || o.includes(text) || (chosen >= 0 && plans[chosen] === text));
  return (
    <Combobox disabled={disabled} placeholder="เลือกแผน" value={text} selectedOptions={chosen >= 0 ? [String(chosen)] : []}
      onChange={(e) => setText(e.target.value)} onOptionSelect={(_, d) => { setText(d.optionText ?? ''); if (d.optionValue !== undefined) onChoose(Number(d.optionValue)); }}>
      {shown.map((o) => <Option key={o} value={String(plans.indexOf(o))}>{o}</Option>)}
    </Combobox>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const s = useStyles();
  const [v, setV] = useState(initial);
  const M = FORM.m1;
  useEffect(markReady, []);
  const setRow = (i: number, row: PlanRow) => setV((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? row : r)) }));
  const pick = (list: string[], i: number) => (i >= 0 ? list[i] ?? '' : '');
  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()} className={s.stack}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <Title3 as="h1">{M.title}</Title3>
      <Summary fy={v.fiscalYear} />
      <Body1>{M.hint}</Body1>
      <Section title={M.ns.section}>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </Section>
      <Section title={M.nesdp.section}>
        <Field label={M.nesdp.editionLabel} required>
          {(props) => (
            <Toolbar aria-labelledby={props['aria-labelledby']}>
              {(['12', '13'] as const).map((e) => (
                <ToggleButton key={e} checked={String(v.edition) === e} appearance={String(v.edition) === e ? 'primary' : 'secondary'}
                  onClick={() => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))}>{M.nesdp.editions[e]}</ToggleButton>
              ))}
            </Toolbar>
          )}
        </Field>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </Section>
      <Section title={M.rows.section} action={<Button onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>}>
        <Table size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: 60 }}>{M.rows.columns.no}</TableHeaderCell><TableHeaderCell>{M.rows.columns.level}</TableHeaderCell>
              <TableHeaderCell>{M.rows.columns.plan}</TableHeaderCell><TableHeaderCell>{M.rows.columns.issue}</TableHeaderCell><TableHeaderCell style={{ width: 70 }} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {v.rows.map((row, i) => {
              const plans = rowPlanOptions(row.level);
              const issues = rowIssueOptions(row.level, row.plan);
              return (
                <TableRow key={i}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>
                    <Dropdown placeholder={M.rows.levelPlaceholder} value={pick(ROW_LEVELS, row.level)} selectedOptions={row.level >= 0 ? [String(row.level)] : []}
                      onOptionSelect={(_, d) => setRow(i, { level: Number(d.optionValue), plan: -1, issue: -1 })}>
                      {ROW_LEVELS.map((o, j) => <Option key={o} value={String(j)}>{o}</Option>)}
                    </Dropdown>
                  </TableCell>
                  <TableCell>
                    <PlanCombobox key={row.level} disabled={row.level < 0} plans={plans} chosen={row.plan} onChoose={(plan) => setRow(i, { ...row, plan, issue: -1 })} />
                  </TableCell>
                  <TableCell>
                    <Dropdown disabled={row.plan < 0} value={pick(issues, row.issue)} selectedOptions={row.issue >= 0 ? [String(row.issue)] : []}
                      onOptionSelect={(_, d) => setRow(i, { ...row, issue: Number(d.optionValue) })}>
                      {issues.map((o, j) => <Option key={o} value={String(j)}>{o}</Option>)}
                    </Dropdown>
                  </TableCell>
                  <TableCell><Button appearance="subtle" onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>{M.rows.removeButton}</Button></TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Section>
      <Actions base={route.base} />
    </form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Title3 as="h1">รายการโครงการ</Title3>
      <Card>
        <Table><TableBody><TableRow>
          <TableCell>{FORM.project.name}</TableCell>
          <TableCell><Link href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</Link></TableCell>
          <TableCell><Link href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</Link></TableCell>
        </TableRow></TableBody></Table>
      </Card>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <FluentProvider theme={webLightTheme}>
      <Shell route={route}>
        {!loaded ? <Spinner size="tiny" label="กำลังโหลด…" labelPosition="after" />
          : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
            : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
              : <Home route={loaded} />}
      </Shell>
    </FluentProvider>
  );
}

void navigate;
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
