import { useEffect, useRef, useState, type RefObject, type ReactNode } from 'react';
import { Form, ArrayField, Button, Card, Steps, Descriptions, Typography, Space, Checkbox, Banner, Tooltip } from './semi';
import type { FormApi } from '@douyinfe/semi-ui/lib/es/form/interface';
import { IconPlus, IconMinusCircle, IconUpload, IconHelpCircle } from '@douyinfe/semi-icons';
import { YN, YN10, JRFS, FWLX, GZWP, QZSP, WZYY, JYXZ, WZJB, FWLB, GRZJLX, ZTXZ, options, standard, standards } from './dicts';
import { currentSubject, fileNames, ymd, post, type Principal } from './api';
import { registry, tracked, go, toast, req, w } from './registry';
import { ProviderBlock, readProvider } from './provider';
import { MOBILE, EMAIL, uploadProps } from './subject';

const { Text, Paragraph, Title } = Typography;
type Values = Record<string, any>;

/** 向导各步的草稿（切换步骤时保留，下一步时同时提交后台） */
const drafts: Record<number, Values> = {};

const STEPS = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];

function Hint({ text }: { text: string }) {
  return (
    <Tooltip content={text} position="right">
      <IconHelpCircle className="bx-hint" />
    </Tooltip>
  );
}

function useFormReader(api: RefObject<FormApi<Values> | null>, read: (v: Values) => Record<string, unknown>) {
  useEffect(() => {
    registry.reader = () => read(api.current?.getValues() ?? {});
    return () => {
      registry.reader = null;
    };
  }, []);
}

/* ---------------- 第一步：开办主体（只读） ---------------- */
function StepSubject() {
  const [subject, setSubject] = useState<Principal | null>(null);
  useEffect(() => {
    void tracked(currentSubject()).then(setSubject);
  }, []);
  if (!subject) return null;
  return (
    <>
      <Descriptions
        row
        size="small"
        className="bx-desc"
        data={(
          [
            ['主办单位性质', standard(ZTXZ, subject.ztxz)], ['主办单位名称', subject.dwmc], ['负责人姓名', subject.xm], ['证件类型', standard(GRZJLX, subject.zjlx)], ['证件号码', subject.zjhm],
            ['负责人证件', <a href={subject.zjzp[0]?.url} target="_blank" rel="noreferrer">点击查看</a>], ['办公室电话', subject.bgdh], ['手机号码', subject.sjhm], ['电子邮件地址', subject.yx],
            ['负责人常住地址', subject.dz], ['备注', subject.bz || '无'],
          ] as [string, ReactNode][]
        ).map(([key, value]) => ({ key, value }))}
      />
      <div className="bx-actions">
        <Button theme="solid" onClick={() => go('/business/website/apply/2')}>
          下一步
        </Button>
      </div>
    </>
  );
}

/* ---------------- 第二步：网站基本信息 ---------------- */
function readBasic(v: Values): Record<string, unknown> {
  const state: Record<string, unknown> = {
    name: v.wzmc ?? '',
    hasIcp: standard(YN, v.sfIcp),
    hasOwnDomain: standard(YN10, v.sfDlym),
    domain: v.zym ?? '',
    subdomains: (v.zymList ?? []).map((row: { ym?: string }) => (row?.ym ?? '').trim()).filter(Boolean),
    ips: (v.ipList ?? []).map((ip: string) => ip.trim()).filter(Boolean),
    openedOn: ymd(v.ktrq),
    accessMethod: standard(JRFS, v.jrfs),
    accessProvider: readProvider(v.jrs),
    registrar: readProvider(v.ymfws),
    interactive: standard(YN, v.sfJh),
    serviceTypes: standards(FWLX, v.fwlx),
    hasControlled: standard(YN, v.sfGzwp),
    hasPreapproval: standard(YN, v.sfQzsp),
    languages: standards(WZYY, v.yy),
    domainCertificate: fileNames(v.ymzs),
    operating: standard(JYXZ, v.jyxz),
    level: standard(WZJB, v.wzjb),
    serviceCategory: standard(FWLB, v.fwlb),
    'accessProvider.phone': v.jrsDh ?? '',
    'accessProvider.code': v.jrsBm ?? '',
    'techSupport.name': v.jszc?.mc ?? '',
    'techSupport.phone': v.jszc?.dh ?? '',
    serverAddress: v.fwqdz ?? '',
    serverCount: v.fwqts === undefined || v.fwqts === null || v.fwqts === '' ? '' : String(v.fwqts),
    serverPoliceCode: v.wadm ?? '',
    topology: fileNames(v.tpt),
  };
  if (v.sfIcp === 'Y') state.icpNumber = v.icpbah ?? '';
  if (v.sfGzwp === 'Y') state.controlledGoods = standards(GZWP, v.gzwp);
  if (v.sfQzsp === 'Y') state.preapprovals = standards(QZSP, v.qzsp);
  if (v.sfGzwp === 'Y' || v.sfQzsp === 'Y') state.qualificationDocs = fileNames(v.zzwj);
  return state;
}

function StepBasic() {
  const api = useRef<FormApi<Values> | null>(null);
  useFormReader(api, readBasic);

  const next = async () => {
    try {
      const values = await api.current!.validate();
      drafts[2] = values;
      await post('/web/api/website/draft', { step: 2, values });
      go('/business/website/apply/3');
    } catch {
      toast.warning('请按提示完善网站基本信息');
    }
  };
  const saveDraft = async () => {
    drafts[2] = api.current!.getValues();
    await post('/web/api/website/draft', { step: 2, values: drafts[2] });
    toast.success('草稿已保存，可在“已保存草稿”中继续填写');
  };

  return (
    <Form<Values> getFormApi={(formApi) => (api.current = formApi)} initValues={drafts[2] ?? { zymList: [{ ym: '' }] }} labelPosition="left" labelWidth={224} labelAlign="right" className="bx-form">
      {({ values }) => (
        <>
          <Form.Section text="网站信息">
            <Form.Input field="wzmc" label="网站名称" placeholder="请填写网站名称，不得使用域名作为名称" style={w(420)} rules={req('请填写网站名称')} />
            <Form.RadioGroup field="sfIcp" label="是否已取得ICP备案" options={options(YN)} />
            {values.sfIcp === 'Y' && <Form.Input field="icpbah" label="ICP备案号" placeholder="如：京ICP证030173号-1" style={w(360)} rules={req('请填写工信部ICP备案号')} extraText="须与工信部备案系统中的备案号一致" />}
            <Form.RadioGroup field="sfDlym" label="是否有独立一级域名" options={options(YN10)} />
            <Form.Input
              field="zym"
              label={values.sfDlym === '0' ? '网站访问地址' : '主域名'}
              placeholder={values.sfDlym === '0' ? '无独立域名时填写网站URL或IP' : '请填写网站的主域名（如：baidu.com）'}
              style={w(360)}
              rules={req('请填写主域名')}
            />
            <ArrayField field="zymList">
              {({ add, arrayFields }) => (
                <Form.Slot label="子域名">
                  <div className="bx-rows bx-rows-subdomain">
                    {arrayFields.map(({ field, key, remove }, index) => (
                      <Space key={key} className="bx-row">
                        <Form.Input field={`${field}.ym`} noLabel pure placeholder="如：www.baidu.com" style={w(300)} />
                        {arrayFields.length > 1 && (
                          <Button type="danger" theme="borderless" icon={<IconMinusCircle />} onClick={remove} aria-label={`删除第${index + 1}个子域名`}>
                            删除
                          </Button>
                        )}
                      </Space>
                    ))}
                    <Button icon={<IconPlus />} theme="light" onClick={add} className="bx-add">
                      添加
                    </Button>
                  </div>
                </Form.Slot>
              )}
            </ArrayField>
            <Form.TagInput field="ipList" label="IP地址" placeholder="输入IP后回车，可填写多个" addOnBlur allowDuplicates={false} style={w(420)} extraText="虚拟主机仅一个IP时填写该IP；多个IP可逐个填写或填写起止段（如 1.1.1.1-1.1.1.9）" />
            <Form.DatePicker field="ktrq" label="网站开通日期" type="date" format="yyyy-MM-dd" placeholder="请选择日期" style={w(220)} />
          </Form.Section>

          <Form.Section text="接入及域名服务">
            <Form.Select field="jrfs" label="接入方式" placeholder="请选择网站的接入方式" optionList={options(JRFS)} style={w(360)} rules={req('请选择网站接入方式')} />
            <ProviderBlock prefix="jrs" kind="jr" title="网络接入服务商" short="接入商" nameLabel="接入服务商名称" />
            <ProviderBlock prefix="ymfws" kind="ym" title="域名注册服务商" short="域名服务商" nameLabel="域名注册服务商名称" />
          </Form.Section>

          <Form.Section text="服务类型">
            <Form.RadioGroup
              field="sfJh"
              label={
                <span>
                  是否提供互联网交互服务 <Hint text="交互服务指用户可在网站发布信息，如论坛、博客、评论、即时通讯等" />
                </span>
              }
              options={options(YN)}
              rules={req('请选择是否提供交互服务')}
            />
            <Form.CheckboxGroup field="fwlx" label="服务类型" options={options(FWLX)} direction="horizontal" className="bx-grid" />
          </Form.Section>

          <Form.Section text="网站内容">
            <Form.RadioGroup field="sfGzwp" label="是否涉及管制物品信息发布" options={options(YN)} rules={req('请选择')} extraText="面审时请携带对应资质材料" />
            {values.sfGzwp === 'Y' && <Form.CheckboxGroup field="gzwp" label="管制物品类别" options={options(GZWP)} direction="horizontal" className="bx-grid" rules={req('请至少勾选一项')} />}
            <Form.RadioGroup field="sfQzsp" label="是否涉及前置审批内容" options={options(YN)} rules={req('请选择')} />
            {values.sfQzsp === 'Y' && <Form.CheckboxGroup field="qzsp" label="前置审批类别" options={options(QZSP)} direction="horizontal" className="bx-grid" rules={req('请至少勾选一项')} />}
            {(values.sfGzwp === 'Y' || values.sfQzsp === 'Y') && (
              <Form.Upload
                field="zzwj"
                label="资质证明文件"
                {...uploadProps}
                accept="image/jpeg,image/png,application/pdf"
                multiple
                limit={5}
                rules={req('请上传相关许可或审批文件')}
                extraText="请上传所勾选事项的许可证或主管部门审批文件，最多5个"
              >
                <Button icon={<IconUpload />} theme="light">
                  上传文件
                </Button>
              </Form.Upload>
            )}
            <Form.CheckboxGroup field="yy" label="网站语言" options={options(WZYY)} direction="horizontal" className="bx-grid" rules={req('请选择网站语言')} />
            <Form.Upload field="ymzs" label="域名证书" {...uploadProps} accept="image/jpeg,image/png,application/pdf" limit={1} maxSize={400} extraText="选填，400KB以内">
              <Button icon={<IconUpload />} theme="light">
                上传证书
              </Button>
            </Form.Upload>
          </Form.Section>

          <Form.Section text="补充信息（按属地网安部门要求填写）">
            <Form.RadioGroup field="jyxz" label="网站性质" options={options(JYXZ)} />
            <Form.RadioGroup field="wzjb" label="网站级别" options={options(WZJB)} extraText="指网络安全等级保护定级" />
            <Form.Select field="fwlb" label="网站服务类别" placeholder="请选择" optionList={options(FWLB)} style={w(360)} showClear />
            <Form.Input field="jrsDh" label="接入服务商联系电话" placeholder="选填" style={w(360)} />
            <Form.Input field="jrsBm" label="接入服务商编码" placeholder="选填" style={w(360)} />
            <Form.Input field="jszc.mc" label="技术支持单位" placeholder="为网站提供技术支持的单位或个人" style={w(420)} />
            <Form.Input field="jszc.dh" label="技术支持联系电话" placeholder="固话或手机" style={w(360)} />
            <Form.Input field="fwqdz" label="服务器存放地址" placeholder="机房所在的详细地址" style={w(420)} />
            <Form.InputNumber field="fwqts" label="服务器台数" min={0} max={100000} placeholder="台" style={w(200)} />
            <Form.Input field="wadm" label="服务器所在地网安部门代码" placeholder="12位机构代码" style={w(360)} />
            <Form.Upload field="tpt" label="网络拓扑图" {...uploadProps} limit={1} extraText="jpg/png 格式">
              <Button icon={<IconUpload />} theme="light">
                上传拓扑图
              </Button>
            </Form.Upload>
          </Form.Section>

          <div className="bx-actions">
            <Button onClick={() => go('/business/website/apply/1')}>上一步</Button>
            <Button onClick={saveDraft}>保存草稿</Button>
            <Button theme="solid" onClick={next}>
              下一步
            </Button>
          </div>
        </>
      )}
    </Form>
  );
}

/* ---------------- 第三步：网站负责人 ---------------- */
const ROLES = [
  { key: 'security', prefix: 'aqfzr', title: '网站安全负责人', required: true },
  { key: 'liaison', prefix: 'yjlxr', title: '网站应急联络人', required: true },
  { key: 'opinionGuide', prefix: 'yqydy', title: '舆情引导员（选填）', required: false },
] as const;

function readPeople(v: Values): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const role of ROLES) {
    const p = v[role.prefix] ?? {};
    state[`${role.key}.sameAsPrincipal`] = !!p.tzt;
    state[`${role.key}.name`] = p.xm ?? '';
    state[`${role.key}.certType`] = standard(GRZJLX, p.zjlx);
    state[`${role.key}.certNumber`] = p.zjhm ?? '';
    state[`${role.key}.cert`] = fileNames(p.zjzp);
    state[`${role.key}.mobile`] = p.sjhm ?? '';
    state[`${role.key}.email`] = p.yx ?? '';
  }
  return state;
}

function StepPeople() {
  const api = useRef<FormApi<Values> | null>(null);
  const [subject, setSubject] = useState<Principal | null>(null);
  useFormReader(api, readPeople);
  useEffect(() => {
    void tracked(currentSubject()).then(setSubject);
  }, []);

  const toggle = (prefix: string, on: boolean) => {
    const formApi = api.current!;
    if (on && subject) {
      formApi.setValue(prefix, {
        tzt: true,
        xm: subject.xm,
        zjlx: subject.zjlx,
        zjhm: subject.zjhm,
        zjzp: subject.zjzp.map((file, i) => ({ uid: `subject-${i}`, name: file.name, url: file.url, status: 'success', response: { code: 0, data: file } })),
        sjhm: subject.sjhm,
        yx: subject.yx,
      });
    } else {
      formApi.setValue(prefix, { tzt: false });
    }
  };

  const next = async () => {
    try {
      const values = await api.current!.validate();
      drafts[3] = values;
      await post('/web/api/website/draft', { step: 3, values });
      go('/business/website/apply/4');
    } catch {
      toast.warning('请完善网站负责人信息');
    }
  };

  return (
    <Form<Values> getFormApi={(formApi) => (api.current = formApi)} initValues={drafts[3]} labelPosition="left" labelWidth={140} labelAlign="right" className="bx-form">
      {({ values }) => (
        <>
          <Paragraph type="tertiary" className="bx-tip">
            负责人与开办主体负责人为同一人时，打开“同主体负责人”开关即可自动带出主体负责人信息。姓名须为真实姓名全称，不得填写“王先生”“个人”等。
          </Paragraph>
          {ROLES.map((role) => {
            const same = !!values[role.prefix]?.tzt;
            const need = (message: string) => (role.required ? req(message) : []);
            return (
              <Card
                key={role.key}
                className={`bx-person bx-person-${role.key}`}
                title={<Title heading={6}>{role.title}</Title>}
                headerExtraContent={
                  <Space>
                    <Text type="secondary">同主体负责人</Text>
                    <Form.Switch field={`${role.prefix}.tzt`} pure aria-label={`${role.title}同主体负责人`} onChange={(on: boolean) => toggle(role.prefix, on)} />
                  </Space>
                }
              >
                <Form.Input field={`${role.prefix}.xm`} label="姓名" placeholder="请填写真实姓名" disabled={same} style={w(320)} rules={need('请填写姓名')} />
                <Form.Select field={`${role.prefix}.zjlx`} label="证件类型" placeholder="请选择证件类型" optionList={options(GRZJLX)} filter disabled={same} style={w(320)} rules={need('请选择证件类型')} />
                <Form.Input field={`${role.prefix}.zjhm`} label="证件号码" placeholder="请填写有效证件号码" disabled={same} style={w(320)} rules={need('请填写证件号码')} />
                <Form.Upload
                  field={`${role.prefix}.zjzp`}
                  label="证件扫描件"
                  {...uploadProps}
                  limit={1}
                  maxSize={100}
                  disabled={same}
                  onSizeError={(file) => toast.error(`${file.name} 超过100KB`)}
                  rules={need('请上传证件扫描件')}
                  extraText="有效证件人像面，100KB以内"
                >
                  <Button icon={<IconUpload />} theme="light" disabled={same}>
                    选择文件
                  </Button>
                </Form.Upload>
                <Form.Input field={`${role.prefix}.sjhm`} label="手机号码" placeholder="11位手机号码" disabled={same} style={w(320)} rules={[...need('请填写手机号码'), { pattern: MOBILE, message: '手机号码格式不正确' }]} />
                <Form.Input field={`${role.prefix}.yx`} label="电子邮箱" placeholder="用于接收备案通知" disabled={same} style={w(320)} rules={[...need('请填写电子邮箱'), { pattern: EMAIL, message: '邮箱格式不正确' }]} />
              </Card>
            );
          })}
          <div className="bx-actions">
            <Button onClick={() => go('/business/website/apply/2')}>上一步</Button>
            <Button
              onClick={async () => {
                await post('/web/api/website/draft', { step: 3, values: api.current!.getValues() });
                toast.success('草稿已保存');
              }}
            >
              保存草稿
            </Button>
            <Button theme="solid" onClick={next}>
              下一步
            </Button>
          </div>
        </>
      )}
    </Form>
  );
}

/* ---------------- 第四步：提示说明（阅读10秒后方可勾选承诺） ---------------- */
function StepNotice() {
  const [left, setLeft] = useState(10);
  const [agreed, setAgreed] = useState(false);
  useEffect(() => void (left > 0 && setTimeout(() => setLeft(left - 1), 1000)), [left]);
  return (
    <div className="bx-notice">
      <Title heading={5} style={{ textAlign: 'center' }}>信息网络安全责任书</Title>
      <Paragraph>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播法律、行政法规禁止的信息，落实网络安全保护技术措施和管理制度，配合公安机关依法开展的监督检查。</Paragraph>
      <Checkbox disabled={left > 0} checked={agreed} onChange={(e) => setAgreed(!!e.target.checked)}>已阅读，并承诺上述网络安全责任{left > 0 ? `（${left}秒）` : ''}</Checkbox>
      <div className="bx-actions">
        <Button onClick={() => go('/business/website/apply/3')}>上一步</Button>
        <Button theme="solid" disabled={!agreed} onClick={() => toast.success('提交成功，请留意短信通知')}>提交</Button>
      </div>
    </div>
  );
}

export function ApplyPage({ step }: { step: number }) {
  return (
    <Card title="网站申请" bordered={false}>
      <Steps type="basic" current={step - 1} className="bx-steps">
        {STEPS.map((title) => (
          <Steps.Step key={title} title={title} />
        ))}
      </Steps>
      {step === 2 && <Banner type="warning" className="bx-banner" description="请务必按照要求如实填写，否则将被退回。网站不涉及前置审批的，请不要勾选前置审批内容。" />}
      {step === 1 && <StepSubject key="1" />}
      {step === 2 && <StepBasic key="2" />}
      {step === 3 && <StepPeople key="3" />}
      {step === 4 && <StepNotice key="4" />}
    </Card>
  );
}
