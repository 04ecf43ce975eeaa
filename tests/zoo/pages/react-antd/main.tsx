/**
 * Zoo page: React 19 + Ant Design 6, written from antd's docs: a horizontal Form (Form.Item
 * label columns, required marks, `name`-bound controls), Descriptions for the project summary,
 * Select (a read-only combobox input with the chosen text in a sibling span), DatePicker with
 * a Buddhist-era format, Radio.Group, the "Slider with InputNumber" recipe, InputNumber with
 * prefix ฿ / suffix บาท and a thousands formatter, Select mode="multiple" tags, TextArea with
 * showCount, an editable Table (Form.Item noStyle in cells) with an Input.Search filter, and
 * Checkbox toggles revealing plan Cards; on M1 vertical-layout Selects in a Row of Cols, the
 * edition as a button-style Radio.Group, and an editable table of plan rows (Form.List).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  App as AntApp, Breadcrumb, Button, Card, Checkbox, Col, ConfigProvider, DatePicker, Descriptions, Form, Input, InputNumber,
  Layout, Menu, Modal, Radio, Row, Select, Slider, Space, Spin, Table, Typography,
} from 'antd';
import thTH from 'antd/locale/th_TH';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import 'dayjs/locale/th';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/react-route';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

dayjs.extend(buddhistEra);
dayjs.locale('th');
const DATE_FORMAT = 'DD/MM/BBBB';
const P = FORM.placeholder;
const opts = (list: string[]) => list.map((o) => ({ label: o, value: o }));
const idxOpts = (list: string[]) => list.map((o, i) => ({ label: o, value: i }));
const money = (s: string) => (s ? Number(s.replace(/,/g, '')) : null);
const grouped = (v: string | number | undefined) => (v === undefined || v === null || v === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

function Shell({ route, children }: { route: Route; children: React.ReactNode }) {
  const links = navLinks(route.base);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <a href={route.base} data-link style={{ color: '#fff', fontWeight: 700 }}>eMENSCR</a>
        <Menu theme="dark" mode="horizontal" selectable={false} style={{ flex: 1, minWidth: 0 }}
          items={links.map((l) => ({ key: l.text, label: <a href={l.href} data-link={l.href.endsWith('manual') ? undefined : true}>{l.text}</a> }))} />
        <Input.Search placeholder={FORM.chrome.search} style={{ width: 220 }} />
        <span style={{ color: '#fff' }}>{FORM.chrome.user}</span>
      </Layout.Header>
      <Layout.Content style={{ padding: '16px 48px', maxWidth: 1000 }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{FORM.chrome.footer}</Layout.Footer>
    </Layout>
  );
}

const Crumbs = ({ items, base }: { items: string[]; base: string }) => (
  <Breadcrumb style={{ marginBottom: 16 }} items={items.map((t, i) => ({ title: i === 0 ? <a href={base} data-link>{t}</a> : t }))} />
);

function Summary({ fy }: { fy: number }) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  return (
    <Descriptions bordered size="small" column={2} title={FORM.summary.title} style={{ marginBottom: 24 }}
      items={[
        { key: 'n', label: L.name, children: p.name, span: 2 },
        { key: 'c', label: L.code, children: p.code },
        { key: 'y', label: L.fiscalYear, children: fy },
        { key: 'a', label: L.agency, children: p.agency },
        { key: 's', label: L.budgetSource, children: p.budgetSource },
      ]} />
  );
}

// ---------------------------------------------------------------------------------------
function M6({ route, initial }: { route: Route; initial: M6Values }) {
  const [form] = Form.useForm();
  const [filter, setFilter] = useState('');
  const [sending, setSending] = useState(false);
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(initial.fiscalYear);
  const plans = Form.useWatch('plans', form) ?? initial.plans;
  useEffect(markReady, []);
  const day = (iso: string) => (iso ? dayjs(iso) : null);
  const initialValues = {
    ...initial,
    quarter: initial.quarter || undefined,
    status: initial.status || undefined,
    reportDate: day(initial.reportDate), startDate: day(initial.startDate), endDate: day(initial.endDate),
    allocation: money(initial.allocation), spent: money(initial.spent),
  };
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    return (
      <div key={key}>
        <Form.Item name={['plans', key, 'on']} valuePropName="checked" noStyle><Checkbox>{name}</Checkbox></Form.Item>
        {plans[key]?.on && (
          <Card size="small" title={name} style={{ margin: '8px 0 16px 24px' }}>
            <Form.Item label={label} name={['plans', key, 'detail']} labelCol={{ span: 24 }}><Select options={opts(list)} placeholder={P} /></Form.Item>
            <Form.Item label={FORM.m6.plans.textLabel} name={['plans', key, 'text']} labelCol={{ span: 24 }}><Input.TextArea rows={2} /></Form.Item>
          </Card>
        )}
      </div>
    );
  };
  return (
    <>
      <Crumbs items={FORM.m6.breadcrumb} base={route.base} />
      <Typography.Title level={3}>{FORM.m6.title}</Typography.Title>
      <Summary fy={initial.fiscalYear} />
      <Form form={form} layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 17 }} initialValues={initialValues} autoComplete="off" onFinish={() => {}}>
        <Card title={S.report} style={{ marginBottom: 24 }}>
          <Form.Item label={F.quarter.label} name="quarter" required><Select options={opts(F.quarter.options)} placeholder={F.quarter.placeholder} allowClear /></Form.Item>
          <Form.Item label={F.reportDate.label} name="reportDate" required><DatePicker format={DATE_FORMAT} placeholder={F.reportDate.placeholder} style={{ width: '100%' }} /></Form.Item>
          <Form.Item label={F.status.label} name="status" required><Radio.Group options={opts(F.status.options)} /></Form.Item>
          <Form.Item label={F.progress.label} required extra={F.progress.helper}>
            <Row gutter={12}>
              <Col flex="auto"><Form.Item name="progress" noStyle><Slider min={0} max={100} /></Form.Item></Col>
              <Col><Form.Item name="progress" noStyle><InputNumber min={0} max={100} suffix={F.progress.unit} style={{ width: 100 }} /></Form.Item></Col>
            </Row>
          </Form.Item>
          <Form.Item label={F.startDate.label} name="startDate" required><DatePicker format={DATE_FORMAT} placeholder={F.startDate.placeholder} style={{ width: '100%' }} /></Form.Item>
          <Form.Item label={F.endDate.label} name="endDate" required><DatePicker format={DATE_FORMAT} placeholder={F.endDate.placeholder} style={{ width: '100%' }} /></Form.Item>
          <Form.Item label={F.beneficiaries.label} name="beneficiaries" required><Select mode="multiple" options={opts(F.beneficiaries.options)} placeholder={F.beneficiaries.placeholder} /></Form.Item>
        </Card>
        <Card title={S.money} style={{ marginBottom: 24 }}>
          <Form.Item label={F.allocation.label} name="allocation" required>
            <InputNumber prefix={F.allocation.prefix} formatter={grouped} parser={(v) => Number((v ?? '').replace(/,/g, ''))} placeholder={F.allocation.placeholder} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={F.spent.label} name="spent" required extra={F.spent.helper}>
            <InputNumber suffix={F.spent.suffix} formatter={grouped} parser={(v) => Number((v ?? '').replace(/,/g, ''))} placeholder={F.spent.placeholder} style={{ width: '100%' }} />
          </Form.Item>
        </Card>
        <Card title={S.kpi} style={{ marginBottom: 24 }} extra={<Input.Search allowClear placeholder={FORM.chrome.listFilter} onSearch={setFilter} onChange={(e) => setFilter(e.target.value)} />}>
          <Table size="small" pagination={false} rowKey="name" bordered
            dataSource={K.rows.map((r, i) => ({ ...r, i })).filter((r) => !filter || r.name.includes(filter))}
            columns={[
              { title: K.columns.name, dataIndex: 'name' },
              { title: K.columns.target, dataIndex: 'target', align: 'right' },
              { title: K.columns.result, key: 'result', width: 140, render: (_, r) => <Form.Item name={['kpi', r.i]} noStyle><Input style={{ textAlign: 'right' }} /></Form.Item> },
              { title: K.columns.unit, dataIndex: 'unit' },
            ]} />
        </Card>
        <Card title={S.narrative} style={{ marginBottom: 24 }}>
          {(['result', 'problems', 'suggestions'] as const).map((k) => (
            <Form.Item key={k} label={F[k].label} name={k} required={k === 'result'} labelCol={{ span: 24 }} wrapperCol={{ span: 24 }}>
              <Input.TextArea rows={3} showCount maxLength={F[k].maxLength} />
            </Form.Item>
          ))}
        </Card>
        <Card title={S.plans} style={{ marginBottom: 24 }}>
          <Typography.Paragraph strong>{FORM.m6.plans.toggleLegend}</Typography.Paragraph>
          {planCard('ns')}{planCard('nesdp')}{planCard('mp')}
        </Card>
        <Space><Button type="primary" htmlType="submit">บันทึก</Button><Button onClick={() => setSending(true)}>{FORM.send.open}</Button><Button href={route.base} data-link>ยกเลิก</Button></Space>
      </Form>
      <SendModal open={sending} onClose={() => setSending(false)} />
    </>
  );
}

/** The send step (form.json `send`): antd's Modal with a vertical Form, Descriptions and the page's Select. */
function SendModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const R = FORM.send.recipient;
  const choice = sendChoice();
  return (
    <Modal open={open} title={FORM.send.title} onCancel={onClose} destroyOnHidden
      okText={FORM.send.commit} cancelText={FORM.send.cancel}
      onOk={() => form.validateFields().then((v) => { markSent(v.recipient); onClose(); }, () => {})}>
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }} items={[
        { key: 'name', label: FORM.summary.labels.name, children: FORM.project.name },
        { key: 'budget', label: FORM.summary.labels.budgetSource, children: FORM.project.budgetSource },
      ]} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ recipient: choice >= 0 ? R.options[choice] : undefined }}>
        <Form.Item label={R.label} name="recipient" rules={[{ required: true, message: R.placeholder }]}>
          <Select options={opts(R.options)} placeholder={R.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------
function Chain({ prefix, labels, optionsOf, form }: { prefix: string; labels: string[]; optionsOf: (lv: number, path: number[]) => string[]; form: any }) {
  const values: (number | undefined)[] = Form.useWatch(prefix, form) ?? [];
  return (
    <Row gutter={16}>
      {labels.map((label, lv) => {
        const path = values.slice(0, lv).map((x) => (x ?? -1));
        const enabled = lv === 0 || (values[lv - 1] ?? -1) >= 0;
        return (
          <Col key={label} xs={24} md={8}>
            <Form.Item label={label} name={[prefix, lv]} required>
              <Select disabled={!enabled} placeholder={P} options={enabled ? idxOpts(optionsOf(lv, path)) : []}
                onChange={() => { const next = [...values]; for (let i = lv + 1; i < labels.length; i++) next[i] = undefined; next[lv] = form.getFieldValue([prefix, lv]); form.setFieldValue(prefix, next); }} />
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}

function M1({ route, initial }: { route: Route; initial: M1Values }) {
  const [form] = Form.useForm();
  const M = FORM.m1;
  const edition: 0 | Edition = Form.useWatch('edition', form) ?? initial.edition;
  const rows: { level?: number; plan?: number; issue?: number }[] = Form.useWatch('rows', form) ?? [];
  useEffect(markReady, []);
  const u = (i: number) => (i >= 0 ? i : undefined);
  const initialValues = {
    ns: initial.ns.map(u), edition: initial.edition || undefined, nesdp: initial.nesdp.map(u),
    rows: initial.rows.map((r) => ({ level: u(r.level), plan: u(r.plan), issue: u(r.issue) })),
  };
  return (
    <>
      <Crumbs items={M.breadcrumb} base={route.base} />
      <Typography.Title level={3}>{M.title}</Typography.Title>
      <Summary fy={initial.fiscalYear} />
      <Typography.Paragraph type="secondary">{M.hint}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initialValues} autoComplete="off"
        onValuesChange={(changed) => { if ('edition' in changed) form.setFieldValue('nesdp', [undefined, undefined, undefined]); }}>
        <Card title={M.ns.section} style={{ marginBottom: 24 }}><Chain prefix="ns" labels={M.ns.levels} optionsOf={nsOptions} form={form} /></Card>
        <Card title={M.nesdp.section} style={{ marginBottom: 24 }}>
          <Form.Item label={M.nesdp.editionLabel} name="edition" required>
            <Radio.Group optionType="button" buttonStyle="solid" options={(['12', '13'] as const).map((e) => ({ label: M.nesdp.editions[e], value: Number(e) }))} />
          </Form.Item>
          {edition ? <Chain key={edition} prefix="nesdp" labels={M.nesdp.levels[String(edition) as '12' | '13']} optionsOf={(lv, p) => nesdpOptions(edition, lv, p)} form={form} /> : null}
        </Card>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <Card title={M.rows.section} style={{ marginBottom: 24 }} extra={<Button onClick={() => add({})}>+ {M.rows.addButton}</Button>}>
              <Table size="small" pagination={false} rowKey="key" dataSource={fields}
                columns={[
                  { title: M.rows.columns.no, key: 'no', width: 70, render: (_, f, i) => i + 1 },
                  { title: M.rows.columns.level, key: 'level', render: (_, f) => (
                    <Form.Item name={[f.name, 'level']} noStyle>
                      <Select style={{ width: '100%' }} placeholder={M.rows.levelPlaceholder} options={idxOpts(ROW_LEVELS)}
                        onChange={() => form.setFieldValue(['rows', f.name], { level: form.getFieldValue(['rows', f.name, 'level']) })} />
                    </Form.Item>) },
                  { title: M.rows.columns.plan, key: 'plan', render: (_, f) => {
                    const r = rows[f.name] ?? {};
                    return (
                      <Form.Item name={[f.name, 'plan']} noStyle>
                        <Select style={{ width: '100%' }} placeholder={P} disabled={r.level === undefined} options={idxOpts(rowPlanOptions(r.level ?? -1))}
                          onChange={() => form.setFieldValue(['rows', f.name, 'issue'], undefined)} />
                      </Form.Item>);
                  } },
                  { title: M.rows.columns.issue, key: 'issue', render: (_, f) => {
                    const r = rows[f.name] ?? {};
                    return (
                      <Form.Item name={[f.name, 'issue']} noStyle>
                        <Select style={{ width: '100%' }} placeholder={P} disabled={r.plan === undefined} options={idxOpts(rowIssueOptions(r.level ?? -1, r.plan ?? -1))} />
                      </Form.Item>);
                  } },
                  { title: '', key: 'x', width: 60, render: (_, f) => <Button danger size="small" onClick={() => remove(f.name)}>{M.rows.removeButton}</Button> },
                ]} />
            </Card>
          )}
        </Form.List>
        <Space><Button type="primary" htmlType="submit">บันทึก</Button><Button href={route.base} data-link>ยกเลิก</Button></Space>
      </Form>
    </>
  );
}

function Home({ route }: { route: Route }) {
  useEffect(markReady, []);
  return (
    <>
      <Crumbs items={[FORM.chrome.nav[0]!]} base={route.base} />
      <Typography.Title level={3}>รายการโครงการ</Typography.Title>
      <Table rowKey="name" pagination={false} dataSource={[{ name: FORM.project.name }]}
        columns={[{ title: 'ชื่อโครงการ', dataIndex: 'name' }, { title: '', key: 'a', render: () => <Space><a href={route.base + FORM.m6.route} data-link>รายงานความก้าวหน้า</a><a href={route.base + FORM.m1.route} data-link>ความเชื่อมโยงกับแผน</a></Space> }]} />
    </>
  );
}

function App() {
  const { route, loaded } = useZooRoute();
  const s = loaded?.scenario;
  return (
    <ConfigProvider locale={thTH}>
      <AntApp>
        <Shell route={route}>
          {!loaded ? <Spin tip="กำลังโหลด…"><div style={{ height: 80 }} /></Spin>
            : loaded.screen === 'm6' ? <M6 key={s!.id} route={loaded} initial={s!.m6!} />
              : loaded.screen === 'm1' ? <M1 key={s!.id} route={loaded} initial={s!.m1!} />
                : <Home route={loaded} />}
        </Shell>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
