import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Form, Input, Select, Switch, type UploadFile } from 'antd';
import { PERSON_CERT, options, wording } from './codes';
import { exposeState, fileNames, get, navigate, uploadAll, type Subject } from './api';
import { FilePicker } from './website';
import { STEP_ROUTES, WizardSteps, loadDraft, saveDraft, toFiles } from './wizard';

type Role = 'security' | 'liaison' | 'opinionGuide';
interface Person {
  same?: boolean;
  name?: string;
  certType?: string;
  certNumber?: string;
  cert?: UploadFile[];
  mobile?: string;
  email?: string;
}
type PeopleValues = Partial<Record<Role, Person>>;

const ROLES: { role: Role; title: string; who: string; optional?: boolean }[] = [
  { role: 'security', title: '网站安全负责人信息', who: '安全负责人' },
  { role: 'liaison', title: '网站信息联络人', who: '联络人' },
  { role: 'opinionGuide', title: '舆情引导员信息', who: '引导员', optional: true },
];

function readPeople(values: PeopleValues): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const { role } of ROLES) {
    const p = values[role] ?? {};
    Object.assign(state, {
      [`${role}.sameAsPrincipal`]: !!p.same,
      [`${role}.name`]: p.name ?? '',
      [`${role}.certType`]: wording(PERSON_CERT, p.certType),
      [`${role}.certNumber`]: p.certNumber ?? '',
      [`${role}.cert`]: fileNames(p.cert),
      [`${role}.mobile`]: p.mobile ?? '',
      [`${role}.email`]: p.email ?? '',
    });
  }
  return state;
}

function PersonCard({ role, title, who, optional, subject }: (typeof ROLES)[number] & { subject?: Subject }) {
  const form = Form.useFormInstance<PeopleValues>();
  const same = Form.useWatch([role, 'same'], form);
  const required = !optional;
  const toggle = (checked: boolean) => {
    const p = subject?.principal;
    form.setFieldValue(
      role,
      checked && p
        ? { same: true, name: p.name, certType: p.certType, certNumber: p.certNumber, cert: toFiles(p.cert.slice(0, 1)), mobile: p.mobile, email: p.email }
        : { same: false, name: undefined, certType: undefined, certNumber: undefined, cert: [], mobile: undefined, email: undefined },
    );
  };
  const must = (message: string) => [{ required, whitespace: true, message }];
  return (
    <Card
      className="section-card"
      type="inner"
      title={optional ? `${title}（选填）` : title}
      extra={
        <label className="same-switch">
          <span>同主体负责人</span>
          <Form.Item name={[role, 'same']} valuePropName="checked" noStyle>
            <Switch checkedChildren="是" unCheckedChildren="否" onChange={toggle} disabled={!subject} />
          </Form.Item>
        </label>
      }
    >
      <Form.Item label={`${who}姓名`} name={[role, 'name']} rules={must(`请填写${who}姓名`)} extra="须填写真实姓名全称，不得填写“王先生”“李女士”等">
        <Input placeholder={`请填写网站${who}姓名`} disabled={same} maxLength={50} />
      </Form.Item>
      <Form.Item label="证件类型" name={[role, 'certType']} rules={[{ required, message: '请选择证件类型' }]}>
        <Select placeholder="请选择" options={options(PERSON_CERT)} disabled={same} style={{ width: 300 }} />
      </Form.Item>
      <Form.Item label="证件号码" name={[role, 'certNumber']} rules={must('请填写证件号码')}>
        <Input placeholder="请填写有效的证件号码" disabled={same} maxLength={30} />
      </Form.Item>
      <Form.Item
        label={`${who}证件`}
        name={[role, 'cert']}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        rules={[{ required, type: 'array', min: 1, message: '请上传证件扫描件' }]}
        extra="证件正面扫描件，100KB以内"
      >
        <FilePicker accept=".jpg,.jpeg,.png" limitKb={100} disabled={same} />
      </Form.Item>
      <Form.Item label="手机号码" name={[role, 'mobile']} rules={[...must('请填写手机号码'), { pattern: /^1[3-9]\d{9}$/, message: '手机号码格式不正确' }]}>
        <Input placeholder="请填写正确的手机号码" disabled={same} maxLength={11} />
      </Form.Item>
      <Form.Item label="电子邮箱" name={[role, 'email']} rules={[...must('请填写电子邮箱'), { type: 'email', message: '邮箱格式不正确' }]} extra="用于接收备案通知">
        <Input placeholder="name@example.com" disabled={same} maxLength={100} />
      </Form.Item>
    </Card>
  );
}

export function WebsitePeople() {
  const { message } = App.useApp();
  const [form] = Form.useForm<PeopleValues>();
  const formRef = useRef(form);
  const [subject, setSubject] = useState<Subject>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([get<Subject>('/web/api/subject/current'), loadDraft()]).then(([current, draft]) => {
      setSubject(current);
      const saved = draft.people as Record<Role, Record<string, unknown>> | undefined;
      if (saved) form.setFieldsValue(Object.fromEntries(ROLES.map(({ role }) => [role, { ...saved[role], cert: toFiles(saved[role]?.cert) }])) as PeopleValues);
      exposeState(true, () => readPeople(formRef.current.getFieldsValue(true) as PeopleValues));
    });
    return () => exposeState(false);
  }, [form]);

  const next = async () => {
    let values: PeopleValues;
    try {
      values = await form.validateFields();
    } catch {
      message.error('请按提示完善网站负责人信息');
      return;
    }
    setBusy(true);
    try {
      const people = Object.fromEntries(await Promise.all(ROLES.map(async ({ role }) => [role, { ...values[role], cert: await uploadAll(values[role]?.cert) }] as const)));
      await saveDraft('people', people);
      navigate(STEP_ROUTES[3]);
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="网站申请">
      <WizardSteps current={2} />
      <Form form={form} name="people" labelCol={{ flex: '170px' }} wrapperCol={{ span: 14 }} labelWrap scrollToFirstError>
        {ROLES.map((item) => (
          <PersonCard key={item.role} {...item} subject={subject} />
        ))}
        <div className="hint">与开办主体负责人为同一人的，打开“同主体负责人”开关即可自动带出负责人信息。</div>
        <div className="form-actions">
          <Button onClick={() => navigate(STEP_ROUTES[1])}>上一步</Button>
          <Button type="primary" loading={busy} onClick={next}>
            下一步
          </Button>
        </div>
      </Form>
    </Card>
  );
}
