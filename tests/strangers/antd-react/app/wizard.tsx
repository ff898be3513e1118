import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Descriptions, Spin, Steps, Typography } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import { NATURE, PERSON_CERT, wording } from './codes';
import { get, names, navigate, post, type SavedFile, type Subject } from './api';

export const STEP_ROUTES = ['/personal/newWebsite/step1', '/personal/newWebsite/step2', '/personal/newWebsite/step3', '/personal/newWebsite/step4'];

export function WizardSteps({ current }: { current: number }) {
  return (
    <Steps
      current={current}
      style={{ margin: '8px 0 28px' }}
      items={[{ title: '网站开办主体' }, { title: '网站基本信息' }, { title: '网站负责人' }, { title: '提示说明' }]}
    />
  );
}

/** 草稿：服务端按会话保存，每一步“下一步”时提交本步内容 */
export interface Draft {
  basic?: Record<string, unknown>;
  people?: Record<string, unknown>;
  labels?: Record<string, string>;
}
export const loadDraft = () =>
  get<Draft>('/web/api/website/draft').then((draft) => {
    Object.entries(draft.labels ?? {}).forEach(([code, name]) => names.set(code, name));
    return draft;
  });
export const saveDraft = (part: 'basic' | 'people', values: unknown) =>
  post('/web/api/website/draft', { [part]: values, labels: Object.fromEntries(names) });

/** 日期、附件在草稿里的形式与表单里的形式互转 */
export const toFiles = (saved: unknown): UploadFile[] =>
  Array.isArray(saved) ? (saved as SavedFile[]).map((file) => ({ uid: file.fileId, name: file.name, url: file.url, status: 'done' as const })) : [];
export const toDay = (text: unknown) => (typeof text === 'string' && text ? dayjs(text) : undefined);

export function WizardStep1() {
  const [subject, setSubject] = useState<Subject>();
  useEffect(() => {
    get<Subject>('/web/api/subject/current').then(setSubject);
  }, []);
  return (
    <Card title="网站申请">
      <WizardSteps current={0} />
      {!subject ? (
        <Spin />
      ) : (
        <Descriptions bordered column={2} size="middle" title="开办主体信息">
          <Descriptions.Item label="主办单位性质">{wording(NATURE, subject.nature)}</Descriptions.Item>
          <Descriptions.Item label="主办单位名称">{subject.unitName}</Descriptions.Item>
          <Descriptions.Item label="负责人姓名">{subject.principal.name}</Descriptions.Item>
          <Descriptions.Item label="证件类型">{wording(PERSON_CERT, subject.principal.certType)}</Descriptions.Item>
          <Descriptions.Item label="证件号码">{subject.principal.certNumber.replace(/^(.{6}).*(.{4})$/, '$1********$2')}</Descriptions.Item>
          <Descriptions.Item label="负责人证件">
            <a>点击查看</a>
          </Descriptions.Item>
          <Descriptions.Item label="办公室电话">{subject.principal.officePhone}</Descriptions.Item>
          <Descriptions.Item label="手机号码">{subject.principal.mobile}</Descriptions.Item>
          <Descriptions.Item label="电子邮件地址" span={2}>
            {subject.principal.email}
          </Descriptions.Item>
          <Descriptions.Item label="负责人常住地址" span={2}>
            {subject.principal.residence}
          </Descriptions.Item>
          <Descriptions.Item label="审核状态" span={2}>
            {subject.status}
          </Descriptions.Item>
        </Descriptions>
      )}
      <div className="form-actions">
        <Button type="primary" disabled={!subject} onClick={() => navigate(STEP_ROUTES[1])}>
          下一步
        </Button>
      </div>
    </Card>
  );
}

const DUTIES = [
  '反对宪法所确定的基本原则，危害国家安全，泄露国家秘密，颠覆国家政权，破坏国家统一，损害国家荣誉和利益；',
  '煽动民族仇恨、民族歧视，破坏民族团结，破坏国家宗教政策，宣扬邪教和封建迷信；',
  '影响金融市场的虚假信息，以及其他扰乱市场秩序的虚假信息；',
  '散布险情、疫情、警情、自然灾害、生产安全、食品药品等产品安全以及其他方面谣言；',
  '仿冒、假借国家机构、社会团体及其工作人员或者其他法人名义散布的信息；',
  '散布煽动非法集会、结社、游行、示威或者其他扰乱社会管理秩序、破坏社会稳定的信息；',
  '散布淫秽、色情、赌博、暴力、凶杀、恐怖，教唆犯罪，传授犯罪手段、方法，交易或者制造违禁品、管制物品，危害未成年人身心健康、公民人身财产安全和公共安全；',
  '侮辱或者诽谤他人，侵害他人隐私权、知识产权或者其他合法权益；',
  '法律、行政法规禁止的其他信息。',
];

export function WizardStep4() {
  const { modal } = App.useApp();
  const [left, setLeft] = useState(10);
  const [agreed, setAgreed] = useState(false);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  const submit = async () => {
    await post('/web/api/website/submit', {});
    modal.success({ title: '提交成功', content: '网站备案申请已提交，公安机关将在3-5个工作日内处理，结果将以短信通知。', onOk: () => navigate('/personal/home') });
  };
  return (
    <Card title="网站申请">
      <WizardSteps current={3} />
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        信息网络安全责任书
      </Typography.Title>
      <Typography.Paragraph>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播含有下列内容的信息，或者为制作、复制、发布、传播含有下列内容的信息提供服务：</Typography.Paragraph>
      <ol>
        {DUTIES.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      <Checkbox disabled={left > 0} checked={agreed} onChange={(event) => setAgreed(event.target.checked)}>
        已阅读，并承诺上述网络安全责任{left > 0 ? `（${left}秒）` : ''}
      </Checkbox>
      <div className="form-actions">
        <Button onClick={() => navigate(STEP_ROUTES[2])}>上一步</Button>
        <Button type="primary" disabled={!agreed} onClick={submit}>
          提交
        </Button>
      </div>
    </Card>
  );
}
