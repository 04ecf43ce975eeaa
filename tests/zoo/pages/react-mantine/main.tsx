/**
 * Zoo page: React 19 + Mantine 9 (@mantine/core, @mantine/dates), written from Mantine's docs:
 * TextInput / Textarea / NumberInput (prefix "฿ ", suffix " บาท", thousandSeparator) with their
 * `label`, `description` and `withAsterisk`; Select (a readonly input showing the choice, the
 * value in a hidden input, options in a portal) for the quarter; MultiSelect (pills) for the
 * target groups; DateInput with valueFormat "DD/MM/BBBB" (Buddhist era through dayjs's buddhistEra plugin,
 * as the scenario's pages show dates, with a dateParser for typed dates); a Slider beside a NumberInput for the
 * progress; Radio.Group for the status; Switches revealing plan Cards; a Table of KPI rows with
 * unlabeled TextInputs; on M1 cascading Selects, a SegmentedControl for the plan edition under a
 * Text caption, and a Table of plan rows with Select cells.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ActionIcon, Anchor, AppShell, Breadcrumbs, Button, Card, Container, Fieldset, Grid, Group, Loader, MantineProvider, Modal, MultiSelect,
  NumberInput, Radio, SegmentedControl, Select, SimpleGrid, Slider, Stack, Switch, Table, Text, TextInput, Textarea, Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/th';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const P = FORM.placeholder;
const SearchIcon = () => <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14" /></svg>;
const TrashIcon = () => <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z" /></svg>;

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="md">
          <Anchor href={route.base} data-link fw={700} c="dark">eMENSCR</Anchor>
          {navLinks(route.base).map((l) => (
            <Anchor key={l.text} href={l.href} data-link={l.href.endsWith('manual') ? undefined : true} size="sm">{l.text}</Anchor>
          ))}
          <div style={{ flex: 1 }} />
          <TextInput size="xs" placeholder={FORM.chrome.search} leftSection={<SearchIcon />} />
          <Text size="sm">{FORM.chrome.user}</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="md">{children}</Container>
        <Text component="footer" size="xs" c="dimmed" ta="center" pb="md">{FORM.chrome.footer}</Text>
      </AppShell.Main>
    </AppShell>
  );
}

const Crumbs = ({ items, base }: { items: string[]; base: string }) => (
  <Breadcrumbs mb="md">
    {items.map((t, i) => (i === 0 ? <Anchor key={t} href={base} data-link>{t}</Anchor> : <Text key={t} size="sm">{t}</Text>))}
  </Breadcrumbs>
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Card withBorder mb="lg">
      <Text fw={500} mb="sm">{FORM.summary.title}</Text>
      <SimpleGrid cols={2}>
        {items.map(([k, v]) => (
          <div key={k} style={k === L.name ? { gridColumn: 'span 2' } : undefined}>
            <Text size="xs" c="dimmed">{k}</Text>
            <Text size="sm">{v}</Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

const Section = ({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) => (
  <Card withBorder shadow="sm" mb="lg">
    <Card.Section withBorder inheritPadding py="xs">
      <Group justify="space-between"><Title order={4}>{title}</Title>{action}</Group>
    </Card.Section>
    <Stack mt="md" gap="md">{children}</Stack>
  </Card>
);

// Mantine formats dates with dayjs: the buddhistEra plugin gives the BBBB token (พ.ศ.), and a
// dateParser (Mantine's documented prop) reads a typed DD/MM/BBBB back
dayjs.extend(buddhistEra);
dayjs.extend(customParseFormat);
const parseBuddhist = (text: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const d = dayjs(`${Number(m[3]) - 543}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, 'YYYY-MM-DD', true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
};
const toDate = (iso: string): string | null => (iso ? iso : null);

/** The send step (form.json send): a Modal with the project and its budget source, the approver in a Select as the quarter. */
function SendModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [to, setTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (opened) { const n = sendChoice(); setTo(n >= 0 ? String(n) : null); setError(null); } }, [opened]);
  const commit = () => {
    if (to === null) { setError(`กรุณา${T.recipient.placeholder}`); return; }
    markSent(T.recipient.options[Number(to)]!);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={T.title} size="lg" centered>
      <Stack>
        {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
          <div key={k}><Text size="xs" c="dimmed">{k}</Text><Text>{val}</Text></div>
        ))}
        <Select label={T.recipient.label} withAsterisk placeholder={T.recipient.placeholder} data={T.recipient.options.map((o, i) => ({ value: String(i), label: o }))}
          value={to} onChange={(x) => { setTo(x); setError(null); }} error={error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>{T.cancel}</Button>
          <Button onClick={commit}>{T.commit}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

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

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <DateInput label={F[key].label} withAsterisk valueFormat="DD/MM/BBBB" dateParser={parseBuddhist} placeholder={F[key].placeholder} clearable
      value={toDate(v[key])} onChange={(d) => set(key, d ? dayjs(d).format('YYYY-MM-DD') : '')} style={{ flex: 1 }} />
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Textarea label={F[key].label} withAsterisk autosize minRows={3} maxLength={F[key].maxLength} value={v[key]}
      onChange={(e) => set(key, e.currentTarget.value)} description={`${v[key].length}/${F[key].maxLength}`} inputWrapperOrder={['label', 'input', 'description']} />
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
        <Switch checked={p.on} onChange={(e) => setP({ on: e.currentTarget.checked })} label={name} />
        {p.on && (
          <Card withBorder mt="xs" ml="xl">
            <Stack gap="sm">
              <Select label={label} withAsterisk={item.required} placeholder={P} data={list} value={p.detail || null} searchable={list.length > 10}
                onChange={(d) => setP({ detail: d ?? '' })} />
              <Textarea label={FORM.m6.plans.textLabel} autosize minRows={2} value={p.text} onChange={(e) => setP({ text: e.currentTarget.value })} />
            </Stack>
          </Card>
        )}
      </div>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <Title order={2} mb="md">{FORM.m6.title}</Title>
      <Summary fy={v.fiscalYear} />
      <Section title={S.report}>
        <Select label={F.quarter.label} withAsterisk placeholder={F.quarter.placeholder} data={F.quarter.options} value={v.quarter || null}
          onChange={(q) => set('quarter', q ?? '')} />
        {date('reportDate')}
        <Radio.Group label={F.status.label} withAsterisk name="status" value={v.status} onChange={(s) => set('status', s)}>
          <Group mt="xs">{F.status.options.map((o) => <Radio key={o} value={o} label={o} />)}</Group>
        </Radio.Group>
        <div>
          <Text size="sm" fw={500}>{F.progress.label}</Text>
          <Grid align="center">
            <Grid.Col span="auto"><Slider value={v.progress} onChange={(n) => set('progress', n)} label={(n) => `${n}${F.progress.unit}`} /></Grid.Col>
            <Grid.Col span="content">
              <NumberInput w={100} min={0} max={100} clampBehavior="strict" suffix={F.progress.unit} value={v.progress}
                onChange={(n) => set('progress', typeof n === 'number' ? n : 0)} />
            </Grid.Col>
          </Grid>
          <Text size="xs" c="dimmed">{F.progress.helper}</Text>
        </div>
        <Group grow>{date('startDate')}{date('endDate')}</Group>
        <MultiSelect label={F.beneficiaries.label} withAsterisk placeholder={F.beneficiaries.placeholder} data={F.beneficiaries.options}
          value={v.beneficiaries} onChange={(b) => set('beneficiaries', b)} clearable />
      </Section>

      <Section title={S.money}>
        <NumberInput label={F.allocation.label} withAsterisk placeholder={F.allocation.placeholder} prefix={`${F.allocation.prefix} `} thousandSeparator=","
          hideControls value={v.allocation} onChange={(n) => set('allocation', String(n))} />
        <NumberInput label={F.spent.label} withAsterisk placeholder={F.spent.placeholder} suffix={` ${F.spent.suffix}`} thousandSeparator=","
          description={F.spent.helper} hideControls value={v.spent} onChange={(n) => set('spent', String(n))} />
      </Section>

      <Section title={S.kpi} action={
        <TextInput size="xs" placeholder={FORM.chrome.listFilter} leftSection={<SearchIcon />} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />}>
        <Table striped withTableBorder>
          <Table.Thead><Table.Tr>
            <Table.Th>{K.columns.name}</Table.Th><Table.Th ta="right">{K.columns.target}</Table.Th>
            <Table.Th>{K.columns.result}</Table.Th><Table.Th>{K.columns.unit}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <Table.Tr key={row.name}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right">{row.target}</Table.Td>
                <Table.Td><TextInput size="xs" value={v.kpi[i]} onChange={(e) => { const t = e.currentTarget.value; set('kpi', v.kpi.map((x, j) => (j === i ? t : x))); }} /></Table.Td>
                <Table.Td>{row.unit}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>

      <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

      <Section title={S.plans}>
        <Fieldset legend={FORM.m6.plans.toggleLegend} variant="unstyled">
          <Stack gap="sm">{plan('ns')}{plan('nesdp')}{plan('mp')}</Stack>
        </Fieldset>
      </Section>
      <Group><Button type="submit">บันทึก</Button><Button variant="default" onClick={() => setSending(true)}>{FORM.send.open}</Button><Button variant="default" component="a" href={route.base} data-link>ยกเลิก</Button></Group>
      <SendModal opened={sending} onClose={() => setSending(false)} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <SimpleGrid cols={3}>
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Select key={label} label={label} withAsterisk placeholder={P} disabled={!enabled} data={list.map((o, i) => ({ value: String(i), label: o }))}
            value={chosen[lv]! >= 0 ? String(chosen[lv]) : null}
            onChange={(s) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? (s === null ? -1 : Number(s)) : -1)))} />
        );
      })}
    </SimpleGrid>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const [v, setV] = useState(initial);
  const M = FORM.m1;
  useEffect(markReady, []);
  const setRow = (i: number, row: PlanRow) => setV((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? row : r)) }));
  const cell = (list: string[], value: number, disabled: boolean, placeholder: string, onChange: (n: number) => void) => (
    <Select size="xs" placeholder={placeholder} disabled={disabled} data={list.map((o, j) => ({ value: String(j), label: o }))}
      value={value >= 0 ? String(value) : null} onChange={(s) => onChange(s === null ? -1 : Number(s))} />
  );
  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <Title order={2} mb="md">{M.title}</Title>
      <Summary fy={v.fiscalYear} />
      <Text size="sm" c="dimmed" mb="md">{M.hint}</Text>
      <Section title={M.ns.section}>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </Section>
      <Section title={M.nesdp.section}>
        <div>
          <Text size="sm" fw={500} mb={4}>{M.nesdp.editionLabel}</Text>
          <SegmentedControl value={v.edition ? String(v.edition) : ''}
            onChange={(e) => setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))}
            data={(['12', '13'] as const).map((e) => ({ value: e, label: M.nesdp.editions[e] }))} />
        </div>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </Section>
      <Section title={M.rows.section} action={<Button variant="outline" size="xs" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>}>
        <Table withTableBorder>
          <Table.Thead><Table.Tr>
            <Table.Th w={60}>{M.rows.columns.no}</Table.Th><Table.Th>{M.rows.columns.level}</Table.Th>
            <Table.Th>{M.rows.columns.plan}</Table.Th><Table.Th>{M.rows.columns.issue}</Table.Th><Table.Th />
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {v.rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{cell(ROW_LEVELS, row.level, false, M.rows.levelPlaceholder, (n) => setRow(i, { level: n, plan: -1, issue: -1 }))}</Table.Td>
                <Table.Td>{cell(rowPlanOptions(row.level), row.plan, row.level < 0, P, (n) => setRow(i, { ...row, plan: n, issue: -1 }))}</Table.Td>
                <Table.Td>{cell(rowIssueOptions(row.level, row.plan), row.issue, row.plan < 0, P, (n) => setRow(i, { ...row, issue: n }))}</Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="red" aria-label={M.rows.removeButton} onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}><TrashIcon /></ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Group><Button type="submit">บันทึก</Button><Button variant="default" component="a" href={route.base} data-link>ยกเลิก</Button></Group>
    </form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Title order={2} mb="md">รายการโครงการ</Title>
      <Card withBorder><Table><Table.Tbody><Table.Tr>
        <Table.Td>{FORM.project.name}</Table.Td>
        <Table.Td><Anchor href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</Anchor></Table.Td>
        <Table.Td><Anchor href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</Anchor></Table.Td>
      </Table.Tr></Table.Tbody></Table></Card>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <MantineProvider theme={{ fontFamily: '"Sarabun", "Garuda", "Loma", sans-serif' }}>
      <DatesProvider settings={{ locale: 'th' }}>
        <Shell route={route}>
          {!loaded ? <Group gap="xs"><Loader size="sm" /><span>กำลังโหลด…</span></Group>
            : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
              : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
                : <Home route={loaded} />}
        </Shell>
      </DatesProvider>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
