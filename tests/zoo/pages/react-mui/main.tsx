/**
 * Zoo page: React 19 + MUI (Material UI) with MUI X date pickers, written from MUI's docs:
 * outlined TextFields (floating labels, select mode, helper texts, InputAdornment ฿ / บาท),
 * a RadioGroup in a FormControl with a FormLabel, the "slider with input field" recipe, an
 * Autocomplete of chips, DatePickers (AdapterDayjsBuddhist: DD/MM/BBBB, the accessible DOM
 * structure of sections), a KPI Table with unlabeled cell inputs, Switches that reveal plan
 * Cards (Collapse); on M1 Selects in TextFields, the plan edition as a ToggleButtonGroup under
 * a Typography caption, and a table of plan rows whose level Select shows its placeholder with
 * displayEmpty.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Breadcrumbs, Button, Card, CardContent, CardHeader, Chip, CircularProgress, Collapse, Container,
  CssBaseline, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Grid, IconButton, Input, InputAdornment,
  InputBase, Link, MenuItem, Radio, RadioGroup, Select, Slider, Stack, SvgIcon, Switch, Table, TableBody, TableCell,
  TableContainer, TableHead, TableRow, TextField, ThemeProvider, ToggleButton, ToggleButtonGroup, Toolbar, Typography, createTheme,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjsBuddhist } from '@mui/x-date-pickers/AdapterDayjsBuddhist';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/th';
import { FORM, markReady, markSent, navLinks, navigate, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const theme = createTheme({ typography: { fontFamily: '"Sarabun", "Garuda", "Loma", sans-serif' } });
const SearchIcon = () => <SvgIcon fontSize="small"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14" /></SvgIcon>;
const DeleteIcon = () => <SvgIcon fontSize="small"><path d="M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z" /></SvgIcon>;

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  return (
    <>
      <AppBar position="static">
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="a" href={route.base} data-link sx={{ color: 'inherit', textDecoration: 'none' }}>eMENSCR</Typography>
          {navLinks(route.base).map((l) => (
            <Button key={l.text} color="inherit" href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</Button>
          ))}
          <Box sx={{ flexGrow: 1 }} />
          <Box sx={{ display: 'flex', alignItems: 'center', bgcolor: 'rgba(255,255,255,.15)', borderRadius: 1, px: 1 }}>
            <SearchIcon />
            <InputBase placeholder={FORM.chrome.search} inputProps={{ 'aria-label': 'search' }} sx={{ color: 'inherit', ml: 1 }} />
          </Box>
          <Typography variant="body2">{FORM.chrome.user}</Typography>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 3 }}>{children}</Container>
      <Typography variant="caption" component="footer" sx={{ display: 'block', textAlign: 'center', pb: 3, color: 'text.secondary' }}>{FORM.chrome.footer}</Typography>
    </>
  );
}

function Crumbs({ items, base }: { items: string[]; base: string }) {
  return (
    <Breadcrumbs sx={{ mb: 2 }}>
      {items.map((t, i) => (i === 0
        ? <Link key={t} underline="hover" color="inherit" href={base} data-link>{t}</Link>
        : <Typography key={t} color={i === items.length - 1 ? 'text.primary' : 'inherit'}>{t}</Typography>))}
    </Breadcrumbs>
  );
}

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const items: [string, string | number][] = [[L.name, p.name], [L.code, p.code], [L.fiscalYear, fy], [L.agency, p.agency], [L.budgetSource, p.budgetSource]];
  return (
    <Card variant="outlined" sx={{ mb: 3 }}>
      <CardHeader title={FORM.summary.title} slotProps={{ title: { variant: 'subtitle1' } }} />
      <CardContent>
        <Grid container spacing={2}>
          {items.map(([k, v]) => (
            <Grid key={k} size={{ xs: 12, sm: k === L.name ? 12 : 6 }}>
              <Typography variant="caption" color="text.secondary">{k}</Typography>
              <Typography variant="body1">{v}</Typography>
            </Grid>
          ))}
        </Grid>
      </CardContent>
    </Card>
  );
}

const Section = ({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) => (
  <Card sx={{ mb: 3 }}>
    <CardHeader title={title} action={action} slotProps={{ title: { variant: 'h6' } }} />
    <CardContent><Stack spacing={3}>{children}</Stack></CardContent>
  </Card>
);

const toDay = (iso: string): Dayjs | null => (iso ? dayjs(iso) : null);

/** The send step (form.json send): a Dialog with the project, its budget source and the approver (a select TextField, as the quarter). */
function SendDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const T = FORM.send;
  const L = FORM.summary.labels;
  const [to, setTo] = useState('');
  const [error, setError] = useState(false);
  const commit = () => {
    if (to === '') { setError(true); return; }
    markSent(T.recipient.options[Number(to)]!);
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="send-title"
      slotProps={{ transition: { onEnter: () => { const n = sendChoice(); setTo(n >= 0 ? String(n) : ''); setError(false); } } }}>
      <DialogTitle id="send-title">{T.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {([[L.name, FORM.project.name], [L.budgetSource, FORM.project.budgetSource]] as const).map(([k, v]) => (
            <Box key={k}>
              <Typography variant="caption" color="text.secondary">{k}</Typography>
              <Typography variant="body1">{v}</Typography>
            </Box>
          ))}
          <TextField select required fullWidth label={T.recipient.label} value={to} error={error} helperText={error ? `กรุณา${T.recipient.placeholder}` : undefined}
            onChange={(e) => { setTo(e.target.value); setError(false); }}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true, renderValue: (val) => (val === '' ? <Typography component="em" color="text.secondary">{T.recipient.placeholder}</Typography> : T.recipient.options[Number(val)]) } }}>
            {T.recipient.options.map((o, i) => <MenuItem key={o} value={String(i)}>{o}</MenuItem>)}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{T.cancel}</Button>
        <Button variant="contained" onClick={commit}>{T.commit}</Button>
      </DialogActions>
    </Dialog>
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

  const date = (key: 'reportDate' | 'startDate' | 'endDate') => (
    <DatePicker label={F[key].label} value={toDay(v[key])} format="DD/MM/BBBB"
      onChange={(d) => set(key, d && d.isValid() ? d.format('YYYY-MM-DD') : '')} slotProps={{ textField: { fullWidth: true } }} />
  );
  const area = (key: 'result' | 'problems' | 'suggestions') => (
    <TextField label={F[key].label} multiline minRows={3} fullWidth value={v[key]} onChange={(e) => set(key, e.target.value)}
      helperText={`${v[key].length}/${F[key].maxLength}`} slotProps={{ htmlInput: { maxLength: F[key].maxLength }, formHelperText: { sx: { textAlign: 'right' } } }} />
  );
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    const setP = (patch: Partial<typeof p>) => setV((o) => ({ ...o, plans: { ...o.plans, [key]: { ...o.plans[key], ...patch } } }));
    return (
      <Box key={key}>
        <FormControlLabel control={<Switch checked={p.on} onChange={(e) => setP({ on: e.target.checked })} />} label={name} />
        <Collapse in={p.on} unmountOnExit>
          <Card variant="outlined" sx={{ mt: 1, ml: 4 }}>
            <CardContent>
              <Stack spacing={2}>
                <TextField select label={label} value={p.detail} onChange={(e) => setP({ detail: e.target.value })} fullWidth>
                  {list.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
                </TextField>
                <TextField label={FORM.m6.plans.textLabel} multiline minRows={2} fullWidth value={p.text} onChange={(e) => setP({ text: e.target.value })} />
              </Stack>
            </CardContent>
          </Card>
        </Collapse>
      </Box>
    );
  };

  return (
    <Box component="form" noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <Typography variant="h5" component="h1" gutterBottom>{FORM.m6.title}</Typography>
      <Summary fy={v.fiscalYear} />
      <Section title={S.report}>
        <TextField select label={F.quarter.label} value={v.quarter} onChange={(e) => set('quarter', e.target.value)} fullWidth>
          {F.quarter.options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
        </TextField>
        {date('reportDate')}
        <FormControl>
          <FormLabel id="status-label">{F.status.label}</FormLabel>
          <RadioGroup row aria-labelledby="status-label" name="status" value={v.status} onChange={(e) => set('status', e.target.value)}>
            {F.status.options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
          </RadioGroup>
        </FormControl>
        <Box>
          <Typography id="progress-slider" gutterBottom>{F.progress.label}</Typography>
          <Grid container spacing={2} sx={{ alignItems: 'center' }}>
            <Grid size="grow">
              <Slider value={v.progress} onChange={(_, n) => set('progress', n as number)} aria-labelledby="progress-slider" valueLabelDisplay="auto" />
            </Grid>
            <Grid>
              <Input value={v.progress} size="small" onChange={(e) => set('progress', e.target.value === '' ? 0 : Math.min(100, Math.max(0, Number(e.target.value))))}
                endAdornment={<InputAdornment position="end">{F.progress.unit}</InputAdornment>}
                inputProps={{ step: 1, min: 0, max: 100, type: 'number', 'aria-labelledby': 'progress-slider' }} sx={{ width: 90 }} />
            </Grid>
          </Grid>
          <FormHelperText>{F.progress.helper}</FormHelperText>
        </Box>
        <Stack direction="row" spacing={2}>{date('startDate')}{date('endDate')}</Stack>
        <Autocomplete multiple options={F.beneficiaries.options} value={v.beneficiaries} onChange={(_, value) => set('beneficiaries', value)}
          renderValue={(value, getItemProps) => value.map((o, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={o} size="small" {...rest} />; })}
          renderInput={(params) => <TextField {...params} label={F.beneficiaries.label} placeholder={F.beneficiaries.placeholder} />} />
      </Section>

      <Section title={S.money}>
        <TextField label={F.allocation.label} value={v.allocation} onChange={(e) => set('allocation', e.target.value)} placeholder={F.allocation.placeholder}
          slotProps={{ input: { startAdornment: <InputAdornment position="start">{F.allocation.prefix}</InputAdornment> }, htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } } }} />
        <TextField label={F.spent.label} value={v.spent} onChange={(e) => set('spent', e.target.value)} placeholder={F.spent.placeholder} helperText={F.spent.helper}
          slotProps={{ input: { endAdornment: <InputAdornment position="end">{F.spent.suffix}</InputAdornment> }, htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } } }} />
      </Section>

      <Section title={S.kpi} action={
        <TextField size="small" placeholder={FORM.chrome.listFilter} value={filter} onChange={(e) => setFilter(e.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> } }} />}>
        <TableContainer>
          <Table size="small">
            <TableHead><TableRow>
              <TableCell>{K.columns.name}</TableCell><TableCell align="right">{K.columns.target}</TableCell>
              <TableCell>{K.columns.result}</TableCell><TableCell>{K.columns.unit}</TableCell>
            </TableRow></TableHead>
            <TableBody>
              {K.rows.map((row, i) => (!filter || row.name.includes(filter)) && (
                <TableRow key={row.name}>
                  <TableCell component="th" scope="row">{row.name}</TableCell>
                  <TableCell align="right">{row.target}</TableCell>
                  <TableCell><TextField variant="standard" size="small" value={v.kpi[i]} onChange={(e) => set('kpi', v.kpi.map((x, j) => (j === i ? e.target.value : x)))} slotProps={{ htmlInput: { style: { textAlign: 'right' } } }} /></TableCell>
                  <TableCell>{row.unit}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Section>

      <Section title={S.narrative}>{area('result')}{area('problems')}{area('suggestions')}</Section>

      <Section title={S.plans}>
        <FormControl component="fieldset">
          <FormLabel component="legend">{FORM.m6.plans.toggleLegend}</FormLabel>
          <FormGroup>{plan('ns')}{plan('nesdp')}{plan('mp')}</FormGroup>
        </FormControl>
      </Section>
      <Stack direction="row" spacing={2}><Button variant="contained" type="submit">บันทึก</Button><Button variant="outlined" onClick={() => setSending(true)}>{FORM.send.open}</Button><Button href={route.base} data-link>ยกเลิก</Button></Stack>
      <SendDialog open={sending} onClose={() => setSending(false)} />
    </Box>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ labels, chosen, optionsOf, onChange }: { labels: string[]; chosen: number[]; optionsOf: (lv: number, path: number[]) => string[]; onChange: (c: number[]) => void }) {
  return (
    <Grid container spacing={2}>
      {labels.map((label, lv) => {
        const enabled = lv === 0 || chosen[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, chosen.slice(0, lv)) : [];
        return (
          <Grid key={label} size={{ xs: 12, md: 4 }}>
            <TextField select fullWidth label={label} disabled={!enabled} value={chosen[lv]! >= 0 ? String(chosen[lv]) : ''}
              onChange={(e) => onChange(chosen.map((c, i) => (i < lv ? c : i === lv ? Number(e.target.value) : -1)))}>
              {list.map((o, i) => <MenuItem key={o} value={String(i)}>{o}</MenuItem>)}
            </TextField>
          </Grid>
        );
      })}
    </Grid>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const [v, setV] = useState(initial);
  const M = FORM.m1;
  useEffect(markReady, []);
  const setRow = (i: number, row: PlanRow) => setV((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? row : r)) }));
  return (
    <Box component="form" noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <Typography variant="h5" component="h1" gutterBottom>{M.title}</Typography>
      <Summary fy={v.fiscalYear} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{M.hint}</Typography>
      <Section title={M.ns.section}>
        <Chain labels={M.ns.levels} chosen={v.ns} optionsOf={nsOptions} onChange={(ns) => setV((o) => ({ ...o, ns }))} />
      </Section>
      <Section title={M.nesdp.section}>
        <Box>
          <Typography variant="subtitle2" gutterBottom>{M.nesdp.editionLabel}</Typography>
          <ToggleButtonGroup color="primary" exclusive value={v.edition ? String(v.edition) : null} aria-label={M.nesdp.editionLabel}
            onChange={(_, e: string | null) => e && setV((o) => ({ ...o, edition: Number(e) as Edition, nesdp: [-1, -1, -1] }))}>
            {(['12', '13'] as const).map((e) => <ToggleButton key={e} value={e}>{M.nesdp.editions[e]}</ToggleButton>)}
          </ToggleButtonGroup>
        </Box>
        {v.edition ? (
          <Chain labels={M.nesdp.levels[String(v.edition) as '12' | '13']} chosen={v.nesdp} optionsOf={(lv, p) => nesdpOptions(v.edition as Edition, lv, p)}
            onChange={(nesdp) => setV((o) => ({ ...o, nesdp }))} />
        ) : null}
      </Section>
      <Section title={M.rows.section} action={<Button variant="outlined" onClick={() => setV((o) => ({ ...o, rows: [...o.rows, { level: -1, plan: -1, issue: -1 }] }))}>+ {M.rows.addButton}</Button>}>
        <Table size="small">
          <TableHead><TableRow>
            <TableCell width={60}>{M.rows.columns.no}</TableCell><TableCell>{M.rows.columns.level}</TableCell>
            <TableCell>{M.rows.columns.plan}</TableCell><TableCell>{M.rows.columns.issue}</TableCell><TableCell />
          </TableRow></TableHead>
          <TableBody>
            {v.rows.map((row, i) => (
              <TableRow key={i}>
                <TableCell>{i + 1}</TableCell>
                <TableCell>
                  <Select size="small" fullWidth displayEmpty value={row.level >= 0 ? String(row.level) : ''}
                    onChange={(e) => setRow(i, { level: Number(e.target.value), plan: -1, issue: -1 })}
                    renderValue={(val) => (val === '' ? <Typography component="em" color="text.secondary">{M.rows.levelPlaceholder}</Typography> : ROW_LEVELS[Number(val)])}>
                    <MenuItem disabled value=""><em>{M.rows.levelPlaceholder}</em></MenuItem>
                    {ROW_LEVELS.map((o, j) => <MenuItem key={o} value={String(j)}>{o}</MenuItem>)}
                  </Select>
                </TableCell>
                <TableCell>
                  <Select size="small" fullWidth disabled={row.level < 0} value={row.plan >= 0 ? String(row.plan) : ''} onChange={(e) => setRow(i, { ...row, plan: Number(e.target.value), issue: -1 })}>
                    {rowPlanOptions(row.level).map((o, j) => <MenuItem key={o} value={String(j)}>{o}</MenuItem>)}
                  </Select>
                </TableCell>
                <TableCell>
                  <Select size="small" fullWidth disabled={row.plan < 0} value={row.issue >= 0 ? String(row.issue) : ''} onChange={(e) => setRow(i, { ...row, issue: Number(e.target.value) })}>
                    {rowIssueOptions(row.level, row.plan).map((o, j) => <MenuItem key={o} value={String(j)}>{o}</MenuItem>)}
                  </Select>
                </TableCell>
                <TableCell><IconButton aria-label={M.rows.removeButton} onClick={() => setV((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}><DeleteIcon /></IconButton></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Stack direction="row" spacing={2}><Button variant="contained" type="submit">บันทึก</Button><Button href={route.base} data-link>ยกเลิก</Button></Stack>
    </Box>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Typography variant="h5" component="h1" gutterBottom>รายการโครงการ</Typography>
      <Card><Table><TableBody><TableRow>
        <TableCell>{FORM.project.name}</TableCell>
        <TableCell><Link href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</Link></TableCell>
        <TableCell><Link href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</Link></TableCell>
      </TableRow></TableBody></Table></Card>
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjsBuddhist} adapterLocale="th">
        <Shell route={route}>
          {!loaded ? <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><CircularProgress size={20} /><span>กำลังโหลด…</span></Stack>
            : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
              : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
                : <Home route={loaded} />}
        </Shell>
      </LocalizationProvider>
    </ThemeProvider>
  );
}

void navigate;
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
