/**
 * Zoo page: React 19 + Chakra UI v3 (built on Ark UI / zag.js), written from Chakra's docs:
 * Field.Root with Field.Label / Field.HelperText around Input and Textarea, native date Inputs,
 * Select.Root with createListCollection (HiddenSelect, Trigger, ValueText placeholder; multiple
 * for the target groups), a RadioGroup for the status, a Slider (HiddenInput in its Thumb) next to
 * a NumberInput for progress, InputGroup startElement ฿ / endElement บาท for money, a KPI
 * Table.Root with unlabeled cell Inputs, Switches in a Fieldset that reveal plan Cards; on M1
 * cascading Selects, the plan edition as a SegmentGroup under a Text caption, and a Table of plan
 * rows with Select cells.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Breadcrumb, Button, Card, ChakraProvider, Container, DataList, Dialog, Field, Fieldset, Flex, Heading, HStack, IconButton, Input, InputGroup,
  Link, NumberInput, Portal, RadioGroup, Select, SegmentGroup, SimpleGrid, Slider, Spinner, Stack, Switch, Table, Text, Textarea,
  createListCollection, defaultSystem,
} from '@chakra-ui/react';
import { FORM, markReady, markSent, navLinks, navigate, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <>
      <Flex as="header" bg="blue.700" color="white" px="6" py="3" gap="4" align="center">
        <Link href={route.base} data-link color="white" fontWeight="bold">eMENSCR</Link>
        {navLinks(route.base).map((l) => (
          <Link key={l.text} color="white" href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</Link>
        ))}
        <Box flex="1" />
        <Input size="sm" width="56" bg="white" color="black" placeholder={FORM.chrome.search} />
        <Text textStyle="sm">{FORM.chrome.user}</Text>
      </Flex>
      <Container maxW="3xl" py="6">{children}</Container>
      <Text as="footer" textAlign="center" pb="6" color="fg.muted" textStyle="xs">{FORM.chrome.footer}</Text>
    </>
  );
}

function Crumbs({ items, base }: { items: string[]; base: string }) {
  return (
    <Breadcrumb.Root mb="4">
      <Breadcrumb.List>
        {items.map((t, i) => (
          <Box as="span" key={t} display="contents">
            <Breadcrumb.Item>
              {i === 0 ? <Breadcrumb.Link href={base} data-link>{t}</Breadcrumb.Link>
                : i === items.length - 1 ? <Breadcrumb.CurrentLink>{t}</Breadcrumb.CurrentLink> : t}
            </Breadcrumb.Item>
            {i < items.length - 1 && <Breadcrumb.Separator />}
          </Box>
        ))}
      </Breadcrumb.List>
    </Breadcrumb.Root>
  );
}

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Card.Root variant="outline" mb="6">
      <Card.Header><Card.Title textStyle="md">{FORM.summary.title}</Card.Title></Card.Header>
      <Card.Body>
        <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
          {items.map(([k, val]) => (
            <Box key={k} gridColumn={k === L.name ? '1 / -1' : undefined}>
              <Text textStyle="xs" color="fg.muted">{k}</Text>
              <Text>{val}</Text>
            </Box>
          ))}
        </SimpleGrid>
      </Card.Body>
    </Card.Root>
  );
}

const Section = ({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) => (
  <Card.Root mb="6">
    <Card.Header><Flex justify="space-between" align="center" gap="4"><Card.Title>{title}</Card.Title>{action}</Flex></Card.Header>
    <Card.Body><Stack gap="5">{children}</Stack></Card.Body>
  </Card.Root>
);

/** Chakra's Select recipe from its docs: HiddenSelect, Label, Control > Trigger > ValueText, a portalled Content. */
function ChakraSelect({ label, options, value, onChange, placeholder, disabled, multiple, size, inDialog }: {
  label?: React.ReactNode; inDialog?: boolean; options: { label: string; value: string }[]; value: string[]; onChange: (v: string[]) => void;
  placeholder?: string; disabled?: boolean; multiple?: boolean; size?: 'sm' | 'md';
}) {
  const collection = useMemo(() => createListCollection({ items: options }), [options]);
  return (
    <Select.Root collection={collection} value={value} onValueChange={(e) => onChange(e.value)} disabled={disabled} multiple={multiple} size={size}>
      <Select.HiddenSelect />
      {label && <Select.Label>{label}</Select.Label>}
      <Select.Control>
        <Select.Trigger><Select.ValueText placeholder={placeholder ?? 'เลือก'} /></Select.Trigger>
        <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
      </Select.Control>
      {/* in a Dialog the docs keep the Positioner unportalled (inside the dialog's focus trap) */}
      <Portal disabled={inDialog}>
        <Select.Positioner>
          <Select.Content>
            {collection.items.map((item) => (
              <Select.Item item={item} key={item.value}>{item.label}<Select.ItemIndicator /></Select.Item>
            ))}
          </Select.Content>
        </Select.Positioner>
      </Portal>
    </Select.Root>
  );
}
const opts = (list: readonly string[]) => list.map((o) => ({ label: o, value: o }));
const idxOpts = (list: readonly string[]) => list.map((o, i) => ({ label: o, value: String(i) }));

/** The send step (form.json send): Chakra's Dialog with a DataList of the project and its budget source, the approver in a Select as the quarter. */
function SendDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const recipients = useMemo(() => idxOpts(T.recipient.options), [T]);
  const [to, setTo] = useState<string[]>([]);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { if (open) { const n = sendChoice(); setTo(n >= 0 ? [String(n)] : []); setInvalid(false); } }, [open]);
  const commit = () => {
    if (!to.length) { setInvalid(true); return; }
    markSent(T.recipient.options[Number(to[0])]!);
    onClose();
  };
  return (
    <Dialog.Root open={open} onOpenChange={(e) => { if (!e.open) onClose(); }} size="lg">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header><Dialog.Title>{T.title}</Dialog.Title></Dialog.Header>
            <Dialog.Body>
              <Stack gap="5">
                <DataList.Root orientation="vertical">
                  {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, val]) => (
                    <DataList.Item key={k}><DataList.ItemLabel>{k}</DataList.ItemLabel><DataList.ItemValue>{val}</DataList.ItemValue></DataList.Item>
                  ))}
                </DataList.Root>
                <Field.Root required invalid={invalid}>
                  <ChakraSelect inDialog label={<>{T.recipient.label}<Field.RequiredIndicator /></>} placeholder={T.recipient.placeholder} options={recipients}
                    value={to} onChange={(x) => { setTo(x); setInvalid(false); }} />
                  <Field.ErrorText>{`กรุณา${T.recipient.placeholder}`}</Field.ErrorText>
                </Field.Root>
              </Stack>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.ActionTrigger asChild><Button variant="outline">{T.cancel}</Button></Dialog.ActionTrigger>
              <Button onClick={commit}>{T.commit}</Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [v, setV] = useState(initial);
  const [filter, setFilter] = useState('');
  const [sending, setSending] = useState(false);
  const set = <K extends keyof M6Values>(k: K, value: M6Values[K]) => setV((o) => ({ ...o, [k]: value }));
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  useEffect(markReady, []);
  const quarterOpts = useMemo(() => opts(F.quarter.options), [F]);
  const benOpts = useMemo(() => opts(F.beneficiaries.options), [F]);
  const planOpts = useMemo(() => ({ ns: opts(NS_SIDES), mp: opts(MP_ISSUES), nesdp: opts(nesdpTop(edition)) }), [edition]);

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <Field.Root>
      <Field.Label>{F[key].label}</Field.Label>
      <Input type="date" value={v[key]} onChange={(e) => set(key, e.target.value)} />
    </Field.Root>
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <Field.Root>
      <Field.Label>{F[key].label}</Field.Label>
      <Textarea rows={3} maxLength={F[key].maxLength} value={v[key]} onChange={(e) => set(key, e.target.value)} />
      <Field.HelperText alignSelf="flex-end">{`${v[key].length}/${F[key].maxLength}`}</Field.HelperText>
    </Field.Root>
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const p = v.plans[key];
    const setP = (patch: Partial<typeof p>) => setV((o) => ({ ...o, plans: { ...o.plans, [key]: { ...o.plans[key], ...patch } } }));
    return (
      <Box key={key}>
        <Switch.Root checked={p.on} onCheckedChange={(e) => setP({ on: e.checked })}>
          <Switch.HiddenInput />
          <Switch.Control><Switch.Thumb /></Switch.Control>
          <Switch.Label>{name}</Switch.Label>
        </Switch.Root>
        {p.on && (
          <Card.Root variant="outline" mt="2" ml="8">
            <Card.Body>
              <Stack gap="4">
                <Field.Root>
                  <ChakraSelect label={label} options={planOpts[key]} value={p.detail ? [p.detail] : []} onChange={(x) => setP({ detail: x[0] ?? '' })} />
                </Field.Root>
                <Field.Root>
                  <Field.Label>{FORM.m6.plans.textLabel}</Field.Label>
                  <Textarea rows={2} value={p.text} onChange={(e) => setP({ text: e.target.value })} />
                </Field.Root>
              </Stack>
            </Card.Body>
          </Card.Root>
        )}
      </Box>
    );
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <Heading as="h1" size="xl" mb="4">{FORM.m6.title}</Heading>
      <Summary fy={v.fiscalYear} />
      <Section title={S.report}>
        <Field.Root>
          <ChakraSelect label={F.quarter.label} options={quarterOpts} value={v.quarter ? [v.quarter] : []} onChange={(x) => set('quarter', x[0] ?? '')} />
        </Field.Root>
        {date('reportDate')}
        <Fieldset.Root>
          <RadioGroup.Root value={v.status || null} onValueChange={(e) => set('status', e.value ?? '')} name="status">
            <RadioGroup.Label>{F.status.label}</RadioGroup.Label>
            <HStack gap="6" mt="2">
              {F.status.options.map((o) => (
                <RadioGroup.Item key={o} value={o}>
                  <RadioGroup.ItemHiddenInput />
                  <RadioGroup.ItemIndicator />
                  <RadioGroup.ItemText>{o}</RadioGroup.ItemText>
                </RadioGroup.Item>
              ))}
            </HStack>
          </RadioGroup.Root>
        </Fieldset.Root>
        <Field.Root>
          <Slider.Root flex="1" value={[v.progress]} onValueChange={(e) => set('progress', e.value[0] ?? 0)} min={0} max={100} width="full">
            <Slider.Label>{F.progress.label}</Slider.Label>
            <HStack gap="4" width="full">
              <Slider.Control flex="1">
                <Slider.Track><Slider.Range /></Slider.Track>
                <Slider.Thumb index={0}><Slider.HiddenInput /></Slider.Thumb>
              </Slider.Control>
              <InputGroup width="28" endElement={F.progress.unit}>
                <NumberInput.Root min={0} max={100} value={String(v.progress)} onValueChange={(e) => set('progress', Number.isNaN(e.valueAsNumber) ? 0 : e.valueAsNumber)}>
                  <NumberInput.Input />
                </NumberInput.Root>
              </InputGroup>
            </HStack>
          </Slider.Root>
          <Field.HelperText>{F.progress.helper}</Field.HelperText>
        </Field.Root>
        <SimpleGrid columns={2} gap="4">{date('startDate')}{date('endDate')}</SimpleGrid>
        <Field.Root>
          <ChakraSelect multiple label={F.beneficiaries.label} placeholder={F.beneficiaries.placeholder} options={benOpts} value={v.beneficiaries} onChange={(x) => set('beneficiaries', x)} />
        </Field.Root>
      </Section>

      <Section title={S.money}>
        <Field.Root>
          <Field.Label>{F.allocation.label}</Field.Label>
          <InputGroup startElement={F.allocation.prefix}>
            <Input inputMode="decimal" textAlign="right" placeholder={F.allocation.placeholder} value={v.allocation} onChange={(e) => set('allocation', e.target.value)} />
          </InputGroup>
        </Field.Root>
        <Field.Root>
          <Field.Label>{F.spent.label}</Field.Label>
          <InputGroup endElement={F.spent.suffix}>
            <Input inputMode="decimal" textAlign="right" placeholder={F.spent.placeholder} value={v.spent} onChange={(e) => set('spent', e.target.value)} />
          </InputGroup>
          <Field.HelperText>{F.spent.helper}</Field.HelperText>
        </Field.Root>
      </Section>

      <Section title={S.kpi} action={<Input size="sm" width="48" placeholder={FORM.chrome.listFilter} value={filter} onChange={(e) => setFilter(e.target.value)} />}>
        <Table.Root size="sm">
          <Table.Header><Table.Row>
            <Table.ColumnHeader>{K.columns.name}</Table.ColumnHeader><Table.ColumnHeader textAlign="end">{K.columns.target}</Table.ColumnHeader>
            <Table.ColumnHeader>{K.columns.result}</Table.ColumnHeader><Table.ColumnHeader>{K.columns.unit}</Table.ColumnHeader>
          </Table.Row></Table.Header>
          <Table.Body>
            {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
              <Table.Row key={row.name}>
                <Table.Cell>{row.name}</Table.Cell>
                <Table.Cell textAlign="end">{row.target}</Table.Cell>
                <Table.Cell><Input size="sm" variant="flushed" textAlign="right" value={v.kpi[i]} onChange={(e) => set('kpi', v.kpi.map((x, j) => (j === i ? e.target.value : x)))} /></Table.Cell>
                <Table.Cell>{row.unit}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Section>

      <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

      <Section title={S.plans}>
        <Fieldset.Root>
          <Fieldset.Legend>{FORM.m6.plans.toggleLegend}</Fieldset.Legend>
          <Fieldset.Content><Stack gap="3">{plan('ns')}{plan('nesdp')}{plan('mp')}</Stack></Fieldset.Content>
        </Fieldset.Root>
      </Section>
      <HStack gap="3"><Button type="submit">บันทึก</Button><Button variant="outline" onClick={() => setSending(true)}>{FORM.send.open}</Button><Button asChild variant="outline"><a href={route.base} data-link>ยกเลิก</a></Button></HStack>
      <SendDialog open={sending} onClose={() => setSending(false)} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <SimpleGrid columns={{ base: 1, md: 3 }} gap="4">
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Field.Root key={label} disabled={!enabled}>
            <ChakraSelect label={label} disabled={!enabled} options={idxOpts(list)} value={chosen[lv]! >= 0 ? [String(chosen[lv])] : []}
              onChange={(x) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? Number(x[0] ?? -1) : -1)))} />
          </Field.Root>
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
  return (
    <form noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <Heading as="h1" size="xl" mb="4">{M.title}</Heading>
      <Summary fy={v.fiscalYear} />
      <Text textStyle="sm" color="fg.muted" mb="4">{M.hint}</Text>
      <Section title={M.ns.section}>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </Section>
      <Section title={M.nesdp.section}>
        <Stack gap="2">
          <Text fontWeight="medium" textStyle="sm">{M.nesdp.editionLabel}</Text>
          <SegmentGroup.Root value={v.edition ? String(v.edition) : null}
            onValueChange={(e) => e.value && setV((o) => ({ ...o, edition: Number(e.value) as Edition, nesdp: [-1, -1, -1] }))}>
            <SegmentGroup.Indicator />
            <SegmentGroup.Items items={(['12', '13'] as const).map((e) => ({ value: e, label: M.nesdp.editions[e] }))} />
          </SegmentGroup.Root>
        </Stack>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </Section>
      <Section title={M.rows.section} action={<Button variant="outline" size="sm" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>}>
        <Table.Root size="sm">
          <Table.Header><Table.Row>
            <Table.ColumnHeader width="60px">{M.rows.columns.no}</Table.ColumnHeader><Table.ColumnHeader>{M.rows.columns.level}</Table.ColumnHeader>
            <Table.ColumnHeader>{M.rows.columns.plan}</Table.ColumnHeader><Table.ColumnHeader>{M.rows.columns.issue}</Table.ColumnHeader><Table.ColumnHeader />
          </Table.Row></Table.Header>
          <Table.Body>
            {v.rows.map((row, i) => (
              <Table.Row key={i}>
                <Table.Cell>{i + 1}</Table.Cell>
                <Table.Cell>
                  <ChakraSelect size="sm" placeholder={M.rows.levelPlaceholder} options={idxOpts(ROW_LEVELS)} value={row.level >= 0 ? [String(row.level)] : []}
                    onChange={(x) => setRow(i, { level: Number(x[0] ?? -1), plan: -1, issue: -1 })} />
                </Table.Cell>
                <Table.Cell>
                  <ChakraSelect size="sm" disabled={row.level < 0} options={idxOpts(rowPlanOptions(row.level))} value={row.plan >= 0 ? [String(row.plan)] : []}
                    onChange={(x) => setRow(i, { ...row, plan: Number(x[0] ?? -1), issue: -1 })} />
                </Table.Cell>
                <Table.Cell>
                  <ChakraSelect size="sm" disabled={row.plan < 0} options={idxOpts(rowIssueOptions(row.level, row.plan))} value={row.issue >= 0 ? [String(row.issue)] : []}
                    onChange={(x) => setRow(i, { ...row, issue: Number(x[0] ?? -1) })} />
                </Table.Cell>
                <Table.Cell>
                  <IconButton aria-label={M.rows.removeButton} variant="ghost" size="sm" onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>✕</IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Section>
      <HStack gap="3"><Button type="submit">บันทึก</Button><Button asChild variant="outline"><a href={route.base} data-link>ยกเลิก</a></Button></HStack>
    </form>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Heading as="h1" size="xl" mb="4">รายการโครงการ</Heading>
      <Table.Root><Table.Body><Table.Row>
        <Table.Cell>{FORM.project.name}</Table.Cell>
        <Table.Cell><Link href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</Link></Table.Cell>
        <Table.Cell><Link href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</Link></Table.Cell>
      </Table.Row></Table.Body></Table.Root>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <ChakraProvider value={defaultSystem}>
      <Shell route={route}>
        {!loaded ? <HStack gap="2"><Spinner size="sm" /><span>กำลังโหลด…</span></HStack>
          : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
            : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
              : <Home route={loaded} />}
      </Shell>
    </ChakraProvider>
  );
}

void navigate;
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
