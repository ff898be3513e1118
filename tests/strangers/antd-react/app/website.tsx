import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Divider, Flex, Form, Input, InputNumber, Radio, Select, Tooltip, Upload, type FormInstance, type UploadFile, type UploadProps } from 'antd';
import { PlusOutlined, QuestionCircleOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ACCESS_METHOD, CONTROLLED, LANGUAGE, LEVEL, OPERATING, OTHER_ISP, PREAPPROVAL, SCOPE, SERVICE_CATEGORY, SERVICE_TYPE, YES_NO, options, wording, wordings,
} from './codes';
import { countries, exposeState, fileNames, isps, names, navigate, normFile, regionChildren, uploadAll, type Isp, type Region } from './api';
import { STEP_ROUTES, WizardSteps, loadDraft, saveDraft, toDay, toFiles } from './wizard';

interface Provider {
  scope?: string;
  region?: string;
  isp?: string;
  other?: string;
  phone?: string;
  code?: string;
}
interface BasicValues {
  name?: string;
  hasIcp?: string;
  icpNumber?: string;
  hasOwnDomain?: string;
  domain?: string;
  subdomains?: string[];
  ips?: string[];
  domainCert?: UploadFile[];
  openedOn?: Dayjs | null;
  accessMethod?: string;
  access?: Provider;
  registrar?: Provider;
  interactive?: string;
  serviceTypes?: string[];
  hasControlled?: string;
  controlledGoods?: string[];
  hasPreapproval?: string;
  preapprovals?: string[];
  qualificationDocs?: UploadFile[];
  languages?: string[];
  operating?: string;
  level?: string;
  serviceCategory?: string;
  techName?: string;
  techPhone?: string;
  serverAddress?: string;
  serverCount?: number | null;
  policeCode?: string;
  topology?: UploadFile[];
}
const FILE_FIELDS = ['domainCert', 'qualificationDocs', 'topology'] as const;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const rows = (list: unknown) => (Array.isArray(list) ? list.map(text).filter((row) => row.trim() !== '') : []);
const provider = (value: Provider | undefined) => ({
  scope: wording(SCOPE, value?.scope),
  region: value?.region ? (names.get(value.region) ?? '') : '',
  name: value?.isp === OTHER_ISP ? text(value.other) : value?.isp ? (names.get(`isp:${value.isp}`) ?? '') : '',
});

/** 表单值 → 对外口径；未展开的分支不输出 */
function readBasic(v: BasicValues): Record<string, unknown> {
  const ownDomain = v.hasOwnDomain !== 'N';
  const state: Record<string, unknown> = { name: text(v.name), hasIcp: wording(YES_NO, v.hasIcp) };
  if (v.hasIcp === 'Y') state.icpNumber = text(v.icpNumber);
  state.hasOwnDomain = wording(YES_NO, v.hasOwnDomain);
  state.domain = text(v.domain);
  if (ownDomain) {
    state.subdomains = rows(v.subdomains);
    state.domainCertificate = fileNames(v.domainCert);
  }
  Object.assign(state, {
    ips: rows(v.ips),
    openedOn: v.openedOn ? v.openedOn.format('YYYY-MM-DD') : '',
    accessMethod: wording(ACCESS_METHOD, v.accessMethod),
    accessProvider: provider(v.access),
    'accessProvider.phone': text(v.access?.phone),
    'accessProvider.code': text(v.access?.code),
    registrar: provider(v.registrar),
    interactive: wording(YES_NO, v.interactive),
    serviceTypes: wordings(SERVICE_TYPE, v.serviceTypes),
    hasControlled: wording(YES_NO, v.hasControlled),
  });
  const controlled = v.hasControlled === 'Y' ? (v.controlledGoods ?? []) : [];
  if (v.hasControlled === 'Y') state.controlledGoods = wordings(CONTROLLED, controlled);
  state.hasPreapproval = wording(YES_NO, v.hasPreapproval);
  const pre = v.hasPreapproval === 'Y' ? (v.preapprovals ?? []) : [];
  if (v.hasPreapproval === 'Y') state.preapprovals = wordings(PREAPPROVAL, pre);
  if (controlled.length || pre.length) state.qualificationDocs = fileNames(v.qualificationDocs);
  Object.assign(state, {
    languages: wordings(LANGUAGE, v.languages),
    operating: wording(OPERATING, v.operating),
    level: wording(LEVEL, v.level),
    serviceCategory: wording(SERVICE_CATEGORY, v.serviceCategory),
    'techSupport.name': text(v.techName),
    'techSupport.phone': text(v.techPhone),
    serverAddress: text(v.serverAddress),
    serverCount: text(v.serverCount),
    serverPoliceCode: text(v.policeCode),
    topology: fileNames(v.topology),
  });
  return state;
}

const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const IP = /^(\d{1,3}(\.\d{1,3}){3})(\s*-\s*\d{1,3}(\.\d{1,3}){3})?$/;

/** 服务商：境内/境外 → 省份或国家 → 服务商（列表中没有则选“其他”手填） */
function ProviderFields({ form, name, kind, regionLabel, ispLabel }: { form: FormInstance<BasicValues>; name: 'access' | 'registrar'; kind: 'access' | 'domain'; regionLabel: string; ispLabel: string }) {
  const scope = Form.useWatch([name, 'scope'], form);
  const region = Form.useWatch([name, 'region'], form);
  const isp = Form.useWatch([name, 'isp'], form);
  const [regions, setRegions] = useState<Region[]>([]);
  const [list, setList] = useState<Isp[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setRegions([]);
    if (scope) (scope === '2' ? countries() : regionChildren()).then(setRegions);
  }, [scope]);
  useEffect(() => {
    setList([]);
    if (!scope || !region) return;
    setLoading(true);
    isps(kind, scope, region).then((found) => {
      setList(found);
      setLoading(false);
    });
  }, [kind, scope, region]);
  const reset = (...keys: (keyof Provider)[]) => keys.forEach((key) => form.setFieldValue([name, key], undefined));
  return (
    <>
      <Form.Item label={regionLabel} required>
        <Flex gap={12}>
          <Form.Item name={[name, 'scope']} noStyle rules={[{ required: true, message: '请选择境内或境外' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={options(SCOPE)} onChange={() => reset('region', 'isp', 'other')} />
          </Form.Item>
          <Form.Item name={[name, 'region']} noStyle rules={[{ required: true, message: '请选择所属区域' }]}>
            <Select
              style={{ width: 260 }}
              disabled={!scope}
              placeholder={scope === '2' ? '请选择国家或地区' : '请选择省（自治区、直辖市）'}
              showSearch={{ optionFilterProp: 'label' }}
              options={regions.map((row) => ({ value: row.code, label: row.name }))}
              onChange={() => reset('isp', 'other')}
            />
          </Form.Item>
        </Flex>
      </Form.Item>
      <Form.Item label={ispLabel} name={[name, 'isp']} rules={[{ required: true, message: `请选择${ispLabel}` }]} extra="列表中没有的，请选择“其他”并填写服务商全称">
        <Select
          disabled={!region}
          loading={loading}
          placeholder={region ? '请选择服务商' : '请先选择所属区域'}
          showSearch={{ optionFilterProp: 'label' }}
          options={[...list.map((row) => ({ value: row.id, label: row.name })), { value: OTHER_ISP, label: '其他' }]}
          onChange={() => reset('other')}
        />
      </Form.Item>
      {isp === OTHER_ISP && (
        <Form.Item label="服务商全称" name={[name, 'other']} preserve={false} rules={[{ required: true, whitespace: true, message: '请填写服务商全称' }]}>
          <Input placeholder="请填写服务商全称（与其营业执照或注册名称一致）" maxLength={100} />
        </Form.Item>
      )}
    </>
  );
}

function RowsField({ name, label, placeholder, pattern, extra }: { name: 'subdomains' | 'ips'; label: string; placeholder: string; pattern: RegExp; extra: string }) {
  return (
    <Form.List name={name} initialValue={['']}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} extra={extra}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} style={{ marginBottom: 8 }}>
              <Form.Item name={field.name} noStyle rules={[{ pattern, message: `${label}格式不正确` }]}>
                <Input placeholder={placeholder} />
              </Form.Item>
              <Button danger disabled={fields.length === 1} onClick={() => remove(field.name)}>
                删除
              </Button>
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            添加
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Form.Item 注入的 fileList / onChange / id 透传给 Upload */
export function FilePicker({ accept = '.jpg,.jpeg,.png,.pdf', max = 1, limitKb, ...rest }: UploadProps & { max?: number; limitKb: number }) {
  const { message } = App.useApp();
  return (
    <Upload
      {...rest}
      accept={accept}
      maxCount={max}
      multiple={max > 1}
      beforeUpload={(file) => {
        if (file.size > limitKb * 1024) message.warning(`${file.name} 超过${limitKb}KB，提交前请压缩`);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />}>选择文件</Button>
    </Upload>
  );
}

export function WebsiteBasic() {
  const { message } = App.useApp();
  const [form] = Form.useForm<BasicValues>();
  const formRef = useRef(form);
  const [busy, setBusy] = useState(false);
  const hasIcp = Form.useWatch('hasIcp', form);
  const hasOwnDomain = Form.useWatch('hasOwnDomain', form);
  const hasControlled = Form.useWatch('hasControlled', form);
  const hasPreapproval = Form.useWatch('hasPreapproval', form);
  const controlledGoods = Form.useWatch('controlledGoods', form);
  const preapprovals = Form.useWatch('preapprovals', form);
  const needsDocs = (hasControlled === 'Y' && !!controlledGoods?.length) || (hasPreapproval === 'Y' && !!preapprovals?.length);

  useEffect(() => {
    loadDraft().then((draft) => {
      if (draft.basic) {
        const saved = draft.basic as Record<string, unknown>;
        form.setFieldsValue({ ...saved, openedOn: toDay(saved.openedOn), ...Object.fromEntries(FILE_FIELDS.map((key) => [key, toFiles(saved[key])])) } as BasicValues);
      }
      exposeState(true, () => readBasic(formRef.current.getFieldsValue(true) as BasicValues));
    });
    return () => exposeState(false);
  }, [form]);

  const store = async (validate: boolean) => {
    let values: BasicValues;
    try {
      values = validate ? await form.validateFields() : form.getFieldsValue(true);
    } catch {
      message.error('请按提示完善网站基本信息');
      return false;
    }
    setBusy(true);
    try {
      const files = Object.fromEntries(await Promise.all(FILE_FIELDS.map(async (key) => [key, await uploadAll(values[key])] as const)));
      await saveDraft('basic', { ...values, openedOn: values.openedOn?.format('YYYY-MM-DD') ?? '', ...files });
      return true;
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const yesNo = <Radio.Group optionType="button" options={options(YES_NO)} />;
  return (
    <Card title="网站申请">
      <WizardSteps current={1} />
      <Form form={form} name="website" labelCol={{ flex: '200px' }} wrapperCol={{ span: 14 }} labelWrap scrollToFirstError>
        <Divider titlePlacement="start">网站信息</Divider>
        <Form.Item label="网站名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写网站名称' }]} extra="不得以域名作为网站名称；个人网站不得使用“公司”“中国”等字样">
          <Input placeholder="请填写网站名称" maxLength={50} />
        </Form.Item>
        <Form.Item label="是否已办理ICP备案" name="hasIcp">
          {yesNo}
        </Form.Item>
        {hasIcp === 'Y' && (
          <Form.Item label="ICP备案号" name="icpNumber" preserve={false} rules={[{ required: true, whitespace: true, message: '请填写工信部ICP备案号' }]}>
            <Input placeholder="如：京ICP证030173号-1" maxLength={40} />
          </Form.Item>
        )}
        <Form.Item label="是否有独立一级域名" name="hasOwnDomain">
          {yesNo}
        </Form.Item>
        <Form.Item
          label={hasOwnDomain === 'N' ? '网站访问地址' : '主域名'}
          name="domain"
          rules={[{ required: true, whitespace: true, message: hasOwnDomain === 'N' ? '请填写网站访问地址' : '请填写主域名' }]}
          extra={hasOwnDomain === 'N' ? '无独立域名的，填写网站访问URL或IP地址' : '不带 www 和 http://'}
        >
          <Input placeholder={hasOwnDomain === 'N' ? '如：http://203.0.113.5:8080/' : '如：example.com'} maxLength={100} />
        </Form.Item>
        {hasOwnDomain !== 'N' && (
          <>
            <RowsField name="subdomains" label="子域名" placeholder="如：www.example.com" pattern={DOMAIN} extra="网站使用的其他域名，一行一个" />
            <Form.Item label="域名证书" name="domainCert" valuePropName="fileList" getValueFromEvent={normFile} preserve={false} extra="选填；域名注册证书扫描件，400KB以内">
              <FilePicker limitKb={400} />
            </Form.Item>
          </>
        )}
        <RowsField name="ips" label="IP地址" placeholder="如：20.10.0.1 或 20.10.0.1-20.10.0.9" pattern={IP} extra="多个IP可逐行添加，连续地址可填写起止IP" />
        <Form.Item label="开通日期" name="openedOn">
          <DatePicker placeholder="网站开通日期" style={{ width: 220 }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>

        <Divider titlePlacement="start">网络接入服务商</Divider>
        <Form.Item label="网站接入方式" name="accessMethod" rules={[{ required: true, message: '请选择网站接入方式' }]}>
          <Select placeholder="请选择" options={options(ACCESS_METHOD)} style={{ width: 260 }} />
        </Form.Item>
        <ProviderFields form={form} name="access" kind="access" regionLabel="接入商所属区域" ispLabel="接入服务商" />
        <Form.Item label="接入服务商电话" name={['access', 'phone']}>
          <Input placeholder="选填，如：+86-010-64181150" maxLength={30} />
        </Form.Item>
        <Form.Item label="接入服务商编码" name={['access', 'code']}>
          <Input placeholder="选填，部分地区要求填写" maxLength={30} />
        </Form.Item>

        <Divider titlePlacement="start">域名注册服务商</Divider>
        <ProviderFields form={form} name="registrar" kind="domain" regionLabel="域名服务商所属区域" ispLabel="域名注册服务商" />

        <Divider titlePlacement="start">服务类型</Divider>
        <Form.Item
          label={
            <span>
              是否提供互联网交互服务&nbsp;
              <Tooltip title="交互服务指论坛、博客、微博、聊天室、即时通讯、评论留言等用户可发布信息的服务">
                <QuestionCircleOutlined />
              </Tooltip>
            </span>
          }
          name="interactive"
          rules={[{ required: true, message: '请选择是否提供互联网交互服务' }]}
        >
          {yesNo}
        </Form.Item>
        <Form.Item label="服务类型" name="serviceTypes" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项服务类型' }]}>
          <Checkbox.Group className="check-grid" options={options(SERVICE_TYPE)} />
        </Form.Item>

        <Divider titlePlacement="start">网站内容</Divider>
        <Form.Item label="是否涉及管制物品信息发布" name="hasControlled" rules={[{ required: true, message: '请选择' }]} extra="面审时请携带对应资质材料">
          {yesNo}
        </Form.Item>
        {hasControlled === 'Y' && (
          <Form.Item label="管制物品类别" name="controlledGoods" preserve={false} rules={[{ required: true, message: '请勾选涉及的管制物品' }]}>
            <Checkbox.Group className="check-grid" options={options(CONTROLLED)} />
          </Form.Item>
        )}
        <Form.Item label="是否涉及前置审批内容" name="hasPreapproval" rules={[{ required: true, message: '请选择' }]}>
          {yesNo}
        </Form.Item>
        {hasPreapproval === 'Y' && (
          <Form.Item label="前置审批类别" name="preapprovals" preserve={false} rules={[{ required: true, message: '请勾选前置审批内容' }]}>
            <Checkbox.Group className="check-grid" options={options(PREAPPROVAL)} />
          </Form.Item>
        )}
        {needsDocs && (
          <Form.Item
            label="资质证明文件"
            name="qualificationDocs"
            valuePropName="fileList"
            getValueFromEvent={normFile}
            preserve={false}
            rules={[{ required: true, type: 'array', min: 1, message: '请上传相关许可或审批文件' }]}
            extra="请上传所勾选项目对应的许可证或主管部门审批文件，最多5个"
          >
            <FilePicker max={5} limitKb={2048} />
          </Form.Item>
        )}

        <Divider titlePlacement="start">网站语言</Divider>
        <Form.Item label="网站语言" name="languages" rules={[{ required: true, type: 'array', min: 1, message: '请选择网站语言' }]}>
          <Checkbox.Group className="check-grid" options={options(LANGUAGE)} />
        </Form.Item>

        <Divider titlePlacement="start">补充信息（按属地公安机关要求填写）</Divider>
        <Form.Item label="网站性质" name="operating" extra="有偿提供信息或服务的为经营性">
          <Radio.Group options={options(OPERATING)} />
        </Form.Item>
        <Form.Item label="网站级别" name="level" extra="有论坛、微博、博客的选二级，其他选三级">
          <Radio.Group options={options(LEVEL)} />
        </Form.Item>
        <Form.Item label="网站服务类别" name="serviceCategory">
          <Select placeholder="请选择" options={options(SERVICE_CATEGORY)} style={{ width: 360 }} allowClear />
        </Form.Item>
        <Form.Item label="技术支持单位" name="techName" extra="网站由自己维护的，填写本单位名称或本人姓名">
          <Input placeholder="技术支持服务商名称" maxLength={100} />
        </Form.Item>
        <Form.Item label="技术支持单位电话" name="techPhone">
          <Input placeholder="固定电话或手机号码" maxLength={25} />
        </Form.Item>
        <Form.Item label="服务器存放地址" name="serverAddress">
          <Input placeholder="服务器所在机房的详细地址" maxLength={200} />
        </Form.Item>
        <Form.Item label="服务器台数" name="serverCount">
          <InputNumber min={1} max={99999} precision={0} placeholder="台" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="服务器所在地网安部门代码" name="policeCode" rules={[{ pattern: /^\d{12}$/, message: '应为12位数字' }]} extra="如：北京 110000000000">
          <Input placeholder="12位代码" maxLength={12} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="网络拓扑图" name="topology" valuePropName="fileList" getValueFromEvent={normFile}>
          <FilePicker limitKb={2048} />
        </Form.Item>

        <div className="form-actions">
          <Button onClick={() => navigate(STEP_ROUTES[0])}>上一步</Button>
          <Button loading={busy} onClick={async () => (await store(false)) && message.success('已暂存')}>
            暂存
          </Button>
          <Button type="primary" loading={busy} onClick={async () => (await store(true)) && navigate(STEP_ROUTES[2])}>
            下一步
          </Button>
        </div>
      </Form>
    </Card>
  );
}
