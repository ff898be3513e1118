import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Cascader, Checkbox, DatePicker, Flex, Form, Input, Select, Space, Table, Tag, Upload, type CascaderProps } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { NATURE, PERSON_CERT, PERSONAL, UNIT_CERT, options, wording } from './codes';
import { exposeState, fileNames, get, names, navigate, normFile, post, regionChildren, uploadAll, type Subject } from './api';

const MOBILE = /^1[3-9]\d{9}$/;
const PHONE = /^(0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?$/;

export function SubjectList() {
  const [rows, setRows] = useState<Subject[]>();
  useEffect(() => {
    get<Subject[]>('/web/api/subject/list').then(setRows);
  }, []);
  return (
    <Card
      title="网站开办主体"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/personal/subject/add')}>
          新增主体
        </Button>
      }
    >
      <Table
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '主办单位名称', dataIndex: 'unitName' },
          { title: '主办单位性质', dataIndex: 'nature', render: (code: string) => wording(NATURE, code) },
          { title: '负责人姓名', dataIndex: ['principal', 'name'] },
          { title: '审核状态', dataIndex: 'status', render: (status: string) => <Tag color={status === '审核通过' ? 'green' : 'blue'}>{status}</Tag> },
          { title: '操作', render: () => <a>查看</a> },
        ]}
      />
      <Alert
        className="notice"
        type="info"
        showIcon
        title="首次备案须先提交开办主体信息，主体审核通过后方可在该主体下办理网站备案。主体审核需2-3个工作日；审核通过后主办单位性质、名称不可修改。"
      />
    </Card>
  );
}

interface CityOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  loading?: boolean;
  children?: CityOption[];
}

interface SubjectValues {
  nature?: string;
  unitName?: string;
  unitCertType?: string;
  unitCertNumber?: string;
  supervisor?: string;
  principal?: {
    residence?: string[];
    address?: string;
    name?: string;
    certType?: string;
    certNumber?: string;
    certExpiry?: Dayjs | null;
    longTerm?: boolean;
    cert?: import('antd').UploadFile[];
    handheld?: import('antd').UploadFile[];
    officePhone?: string;
    mobile?: string;
    smsCode?: string;
    email?: string;
  };
  remark?: string;
}

/** 表单值 → 对外口径（字段说明见 README） */
function readSubject(values: SubjectValues): Record<string, unknown> {
  const p = values.principal ?? {};
  const state: Record<string, unknown> = { nature: wording(NATURE, values.nature), unitName: values.unitName ?? '' };
  if (values.nature !== PERSONAL) {
    state.unitCertType = wording(UNIT_CERT, values.unitCertType);
    state.unitCertNumber = values.unitCertNumber ?? '';
    state.supervisor = values.supervisor ?? '';
  }
  Object.assign(state, {
    'principal.residence': (p.residence ?? []).map((code) => names.get(code) ?? code),
    'principal.residenceDetail': p.address ?? '',
    'principal.name': p.name ?? '',
    'principal.certType': wording(PERSON_CERT, p.certType),
    'principal.certNumber': p.certNumber ?? '',
    'principal.certExpiry': p.longTerm ? '长期' : p.certExpiry ? p.certExpiry.format('YYYY-MM-DD') : '',
    'principal.cert': fileNames(p.cert),
    'principal.certHandheld': fileNames(p.handheld),
    'principal.officePhone': p.officePhone ?? '',
    'principal.mobile': p.mobile ?? '',
    'principal.smsCode': p.smsCode ?? '',
    'principal.email': p.email ?? '',
    'principal.remark': values.remark ?? '',
  });
  return state;
}

function SmsButton({ form }: { form: import('antd').FormInstance<SubjectValues> }) {
  const { message } = App.useApp();
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  const send = async () => {
    try {
      const { principal } = await form.validateFields([['principal', 'mobile']]);
      await post('/web/api/sms/send', { mobile: principal?.mobile });
      message.success('验证码已发送，5分钟内有效');
      setLeft(60);
    } catch {
      /* 手机号未通过校验，表单已提示 */
    }
  };
  return (
    <Button disabled={left > 0} onClick={send} style={{ width: 130 }}>
      {left > 0 ? `${left}秒后重新获取` : '获取验证码'}
    </Button>
  );
}

export function SubjectAdd() {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<SubjectValues>();
  const nature = Form.useWatch('nature', form);
  const longTerm = Form.useWatch(['principal', 'longTerm'], form);
  const [regions, setRegions] = useState<CityOption[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef(form);

  useEffect(() => {
    regionChildren().then((rows) => setRegions(rows.map((row) => ({ value: row.code, label: row.name, isLeaf: row.leaf }))));
    exposeState(true, () => readSubject(formRef.current.getFieldsValue(true) as SubjectValues));
    return () => exposeState(false);
  }, []);

  const loadData: CascaderProps<CityOption>['loadData'] = (selected) => {
    const target = selected[selected.length - 1];
    target.loading = true;
    regionChildren(target.value).then((rows) => {
      target.loading = false;
      target.children = rows.map((row) => ({ value: row.code, label: row.name, isLeaf: row.leaf }));
      setRegions((list) => [...list]);
    });
  };

  const personal = nature === PERSONAL;

  const save = async () => {
    let values: SubjectValues;
    try {
      values = await form.validateFields();
    } catch {
      message.error('请按提示完善主体信息后再保存');
      return;
    }
    setSaving(true);
    try {
      const p = values.principal ?? {};
      await post('/web/api/subject/save', {
        ...values,
        principal: {
          ...p,
          certExpiry: p.longTerm ? '长期' : p.certExpiry?.format('YYYY-MM-DD'),
          cert: await uploadAll(p.cert),
          handheld: await uploadAll(p.handheld),
          residence: (p.residence ?? []).map((code) => names.get(code)).join(''),
        },
      });
      modal.success({ title: '保存成功', content: '开办主体信息已提交，请等待公安机关审核（2-3个工作日）。', onOk: () => navigate('/personal/subject') });
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} name="subject" labelCol={{ flex: '170px' }} wrapperCol={{ span: 14 }} labelWrap scrollToFirstError>
      <Card className="section-card" title="主办单位信息" extra={<span className="hint">带 * 为必填项</span>}>
        <Form.Item label="主办单位性质" name="nature" rules={[{ required: true, message: '请选择主办单位性质' }]} extra="请按网站的实际主办者选择，审核通过后不能修改">
          <Select placeholder="请选择" options={options(NATURE)} />
        </Form.Item>
        <Form.Item
          label={personal ? '主办人姓名' : '主办单位名称'}
          name="unitName"
          rules={[{ required: true, whitespace: true, message: personal ? '请填写主办人姓名' : '请填写主办单位名称' }]}
          extra={personal ? '个人备案请填写本人真实姓名' : '请填写单位全称，须与营业执照等证件上的名称一致'}
        >
          <Input placeholder={personal ? '请输入姓名' : '请输入单位全称'} maxLength={100} />
        </Form.Item>
        {!personal && (
          <>
            <Form.Item label="证件类型" name="unitCertType" rules={[{ required: true, message: '请选择单位证件类型' }]}>
              <Select placeholder="请选择单位证件类型" options={options(UNIT_CERT)} />
            </Form.Item>
            <Form.Item label="证件号码" name="unitCertNumber" rules={[{ required: true, whitespace: true, message: '请填写单位证件号码' }]}>
              <Input placeholder="如统一社会信用代码为18位" maxLength={30} />
            </Form.Item>
            <Form.Item label="投资人或主管单位" name="supervisor" rules={[{ required: true, whitespace: true, message: '请填写投资人或主管单位' }]} extra="填写法定代表人姓名或上级主管单位名称">
              <Input placeholder="请输入" maxLength={100} />
            </Form.Item>
          </>
        )}
      </Card>

      <Card className="section-card" title="负责人信息">
        <Form.Item label="常住地区" name={['principal', 'residence']} rules={[{ required: true, message: '请选择负责人常住地所在省市区' }]}>
          <Cascader options={regions} loadData={loadData} placeholder="请选择省 / 市 / 区县" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="详细地址" name={['principal', 'address']} rules={[{ required: true, whitespace: true, message: '请填写详细地址' }]}>
          <Input placeholder="街道、门牌号、楼栋房间号（农村地区请填写到村）" maxLength={200} />
        </Form.Item>
        <Form.Item label="负责人姓名" name={['principal', 'name']} rules={[{ required: true, whitespace: true, message: '请填写负责人姓名' }]}>
          <Input placeholder="请输入负责人真实姓名" maxLength={50} />
        </Form.Item>
        <Form.Item label="证件类型" name={['principal', 'certType']} rules={[{ required: true, message: '请选择负责人证件类型' }]}>
          <Select placeholder="请选择负责人证件类型" options={options(PERSON_CERT)} />
        </Form.Item>
        <Form.Item
          label="证件号码"
          name={['principal', 'certNumber']}
          dependencies={[['principal', 'certType']]}
          rules={[
            { required: true, whitespace: true, message: '请填写负责人证件号码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                getFieldValue(['principal', 'certType']) !== '111' || !value || /^\d{17}[\dXx]$/.test(value) ? Promise.resolve() : Promise.reject(new Error('居民身份证号码应为18位')),
            }),
          ]}
        >
          <Input placeholder="请输入证件号码" maxLength={30} />
        </Form.Item>
        <Form.Item label="证件有效期至" required>
          <Flex gap={16} align="center">
            <Form.Item name={['principal', 'certExpiry']} noStyle rules={[{ required: !longTerm, message: '请选择证件有效期或勾选长期' }]}>
              <DatePicker placeholder="请选择截止日期" disabled={longTerm} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name={['principal', 'longTerm']} valuePropName="checked" noStyle>
              <Checkbox onChange={(event) => event.target.checked && form.setFieldValue(['principal', 'certExpiry'], null)}>长期</Checkbox>
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item
          label="证件扫描件"
          name={['principal', 'cert']}
          valuePropName="fileList"
          getValueFromEvent={normFile}
          rules={[{ required: true, type: 'array', min: 2, message: '请上传证件正面和反面两张扫描件' }]}
          extra="依次上传证件正面、反面扫描件，证件姓名须与负责人姓名一致；jpg/png格式，单张512KB以内"
        >
          <Upload listType="picture" accept=".jpg,.jpeg,.png" maxCount={2} multiple beforeUpload={(file) => {
            if (file.size > 512 * 1024) message.warning(`${file.name} 超过512KB，提交前请压缩`);
            return false;
          }}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="手持证件照" name={['principal', 'handheld']} valuePropName="fileList" getValueFromEvent={normFile} extra="选填。负责人本人手持证件正面的半身照">
          <Upload listType="picture" accept=".jpg,.jpeg,.png" maxCount={1} beforeUpload={() => false}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item
          label="办公电话"
          name={['principal', 'officePhone']}
          rules={[{ required: true, message: '请填写办公电话' }, { pattern: PHONE, message: '格式为 区号-号码，如 010-12345625' }]}
          extra="区号须与通讯地址相符"
        >
          <Input placeholder="例：010-12345625" maxLength={25} />
        </Form.Item>
        <Form.Item label="手机号码" name={['principal', 'mobile']} rules={[{ required: true, message: '请填写手机号码' }, { pattern: MOBILE, message: '手机号码格式不正确' }]}>
          <Input placeholder="请输入负责人手机号码" maxLength={11} />
        </Form.Item>
        <Form.Item label="短信验证码" required>
          <Space.Compact>
            <Form.Item name={['principal', 'smsCode']} noStyle rules={[{ required: true, message: '请输入短信验证码' }]}>
              <Input placeholder="6位验证码" maxLength={6} style={{ width: 160 }} />
            </Form.Item>
            <SmsButton form={form} />
          </Space.Compact>
        </Form.Item>
        <Form.Item
          label="电子邮件地址"
          name={['principal', 'email']}
          rules={[{ required: true, message: '请填写电子邮件地址' }, { type: 'email', message: '邮箱格式不正确' }]}
          extra="此邮箱将用于接收备案审核结果通知"
        >
          <Input placeholder="name@example.com" maxLength={100} />
        </Form.Item>
        <Form.Item label="备注" name="remark">
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="其他需要说明的情况（选填）" />
        </Form.Item>
      </Card>

      <div className="form-actions">
        <Button onClick={() => navigate('/personal/subject')}>返回</Button>
        <Button type="primary" loading={saving} onClick={save}>
          保存
        </Button>
      </div>
    </Form>
  );
}
