import { useEffect, useRef, useState } from 'react';
import { Form, Button, Card, Table, Empty, Banner, Space, Typography, Tag } from './semi';
import type { FormApi } from '@douyinfe/semi-ui/lib/es/form/interface';
import type { CascaderData } from '@douyinfe/semi-ui/lib/es/cascader';
import { IconPlus, IconUpload } from '@douyinfe/semi-icons';
import { IllustrationNoContent } from '@douyinfe/semi-illustrations';
import { ZTXZ, DWZJLX, GRZJLX, options, standard } from './dicts';
import { regionChildren, regionNames, fileNames, ymd, post, currentSubject } from './api';
import { registry, tracked, toast, req, w } from './registry';

const { Text } = Typography;

export const MOBILE = /^1[3-9]\d{9}$/;
export const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
export const PHONE = /^(0086-)?0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** 上传组件统一配置：后台 /web/api/file/upload，返回 { code, data: { fileId, url } } */
export const uploadProps = { action: '/web/api/file/upload', name: 'file', accept: 'image/jpeg,image/png,image/bmp' };

interface Node extends CascaderData {
  value: string;
  label: string;
  children?: Node[];
}

const toNodes = (list: { code: string; name: string; leaf: boolean }[]): Node[] => list.map((item) => ({ value: item.code, label: item.name, isLeaf: item.leaf }));

function attach(tree: Node[], code: string, children: Node[]): Node[] {
  return tree.map((node) => (node.value === code ? { ...node, children } : node.children ? { ...node, children: attach(node.children, code, children) } : node));
}

/** 省/市/区 级联，下级在选择上级后由后台加载 */
export function useRegionTree() {
  const [tree, setTree] = useState<Node[]>([]);
  useEffect(() => {
    void tracked(regionChildren('0')).then((list) => setTree(toNodes(list)));
  }, []);
  const loadData = async (selected: CascaderData[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const list = await regionChildren(String(target.value));
    setTree((old) => attach(old, String(target.value), toNodes(list)));
  };
  return { tree, loadData };
}

type Values = Record<string, any>;

function SubjectForm({ onBack }: { onBack: () => void }) {
  const api = useRef<FormApi<Values> | null>(null);
  const { tree, loadData } = useRegionTree();
  const [countdown, setCountdown] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    registry.reader = () => {
      const v = api.current?.getValues() ?? {};
      const fzr = v.fzr ?? {};
      const unit = v.ztxz && v.ztxz !== '5';
      const state: Record<string, unknown> = {
        nature: standard(ZTXZ, v.ztxz),
        unitName: v.dwmc ?? '',
        'principal.residence': (fzr.czd ?? []).map((code: string) => regionNames.get(code) ?? code),
        'principal.residenceDetail': fzr.xxdz ?? '',
        'principal.name': fzr.xm ?? '',
        'principal.certType': standard(GRZJLX, fzr.zjlx),
        'principal.certNumber': fzr.zjhm ?? '',
        'principal.certExpiry': fzr.zjcq ? '长期' : ymd(fzr.zjyxq),
        'principal.cert': fileNames(fzr.zjzp),
        'principal.officePhone': fzr.bgdh ?? '',
        'principal.mobile': fzr.sjhm ?? '',
        'principal.smsCode': fzr.yzm ?? '',
        'principal.email': fzr.yx ?? '',
        'principal.remark': v.bz ?? '',
      };
      if (unit) {
        state.unitCertType = standard(DWZJLX, v.dwzjlx);
        state.unitCertNumber = v.dwzjhm ?? '';
        state.supervisor = v.tzdw ?? '';
      }
      return state;
    };
    return () => {
      registry.reader = null;
    };
  }, []);

  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown(countdown - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const sendSms = async () => {
    const mobile = api.current?.getValue('fzr.sjhm');
    if (!MOBILE.test(mobile ?? '')) {
      api.current?.setError('fzr.sjhm', '请先填写正确的手机号码');
      return;
    }
    await post('/web/api/sms/send', { mobile, scene: 'subject' });
    toast.success('验证码已发送，5分钟内有效');
    setCountdown(60);
  };

  const save = async () => {
    try {
      const values = await api.current!.validate();
      setSaving(true);
      await post('/web/api/subject/save', values);
      toast.success('保存成功，主体信息将在2-3个工作日内完成审核');
    } catch {
      toast.warning('请按提示完善必填信息');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="新增开办主体" bordered={false} headerExtraContent={<Button onClick={onBack}>返回列表</Button>}>
      <Banner type="info" className="bx-banner" description="主体信息必须真实、合法。主体审核通过后，主办单位性质与名称不可再修改；负责人常住地（个人）或办公地（单位）所在省市区变更将导致主体下全部网站重新备案。" />
      <Form<Values> getFormApi={(formApi) => (api.current = formApi)} labelPosition="left" labelWidth={168} labelAlign="right" className="bx-form">
        {({ values }) => {
          const ztxz = values.ztxz as string | undefined;
          const unit = !!ztxz && ztxz !== '5';
          return (
            <>
              <Form.Section text="主办单位信息">
                <Form.Select field="ztxz" label="开办主体性质" placeholder="请选择主办单位性质" optionList={options(ZTXZ)} style={w(360)} rules={req('请选择开办主体性质')} extraText="请按网站的实际开办者选择；个人开办的网站请选择“个人”" />
                <Form.Input field="dwmc" label={ztxz === '5' ? '主办者姓名' : '主办单位名称'} placeholder={ztxz === '5' ? '个人请填写本人真实姓名' : '与营业执照等证件上的名称完全一致'} style={w(420)} rules={req('请填写主办单位名称')} />
                {unit && (
                  <>
                    <Form.Select field="dwzjlx" label="单位证件类型" placeholder="请选择" optionList={options(DWZJLX)} style={w(360)} rules={req('请选择单位证件类型')} />
                    <Form.Input field="dwzjhm" label="单位证件号码" placeholder="请输入证件上的号码" style={w(360)} rules={req('请填写单位证件号码')} />
                    <Form.Input field="tzdw" label="投资人或主管单位" placeholder="企业填写法人姓名，机关事业单位填写主管单位" style={w(420)} rules={req('请填写投资人或主管单位')} />
                  </>
                )}
              </Form.Section>
              <Form.Section text="负责人信息">
                <Form.Cascader
                  field="fzr.czd"
                  label="负责人常住地"
                  placeholder="请依次选择省 / 市 / 区（县）"
                  treeData={tree}
                  loadData={loadData}
                  separator=" / "
                  style={w(360)}
                  rules={[
                    { required: true, message: '请选择负责人常住地' },
                    { validator: (_r, v) => !v || v.length === 3, message: '请选择到区（县）一级' },
                  ]}
                />
                <Form.Input field="fzr.xxdz" label="详细住址" placeholder="街道、小区、门牌号等" style={w(420)} rules={req('请填写详细住址')} />
                <Form.Input field="fzr.xm" label="负责人姓名" placeholder="请输入负责人真实姓名" style={w(360)} rules={req('请填写负责人姓名')} />
                <Form.Select field="fzr.zjlx" label="证件类型" placeholder="请选择负责人证件类型" optionList={options(GRZJLX)} filter style={w(360)} rules={req('请选择证件类型')} />
                <Form.Input field="fzr.zjhm" label="证件号码" placeholder="请输入有效证件号码" style={w(360)} rules={req('请填写证件号码')} />
                <Form.Slot label="证件有效期至" className="bx-expiry">
                  <Space>
                    {!values.fzr?.zjcq && <Form.DatePicker field="fzr.zjyxq" pure type="date" format="yyyy-MM-dd" placeholder="请选择截止日期" style={w(220)} />}
                    <Form.Checkbox field="fzr.zjcq" pure>
                      长期有效
                    </Form.Checkbox>
                  </Space>
                </Form.Slot>
                <Form.Upload
                  field="fzr.zjzp"
                  label="证件扫描件"
                  {...uploadProps}
                  listType="picture"
                  multiple
                  limit={2}
                  maxSize={512}
                  onSizeError={(file) => toast.error(`${file.name} 超过512KB，请压缩后上传`)}
                  rules={req('请上传负责人证件正反面')}
                  extraText="请依次上传证件正面、反面扫描件，证件上的姓名须与负责人姓名一致，单张不超过512KB"
                >
                  <div className="bx-pic-trigger">
                    <IconUpload size="large" />
                    <span>点击上传</span>
                  </div>
                </Form.Upload>
                <Form.Input
                  field="fzr.bgdh"
                  label="办公电话"
                  placeholder="区号-号码，如 010-12345625"
                  style={w(360)}
                  rules={[
                    { required: true, message: '请填写办公电话' },
                    { pattern: PHONE, message: '电话格式不正确（例：010-12345625）' },
                  ]}
                  extraText="电话区号须与通讯地址相符"
                />
                <Form.Input
                  field="fzr.sjhm"
                  label="手机号码"
                  placeholder="请输入负责人手机号码"
                  style={w(360)}
                  rules={[
                    { required: true, message: '请填写手机号码' },
                    { pattern: MOBILE, message: '手机号码格式不正确' },
                  ]}
                />
                <Form.Input
                  field="fzr.yzm"
                  label="短信验证码"
                  placeholder="6位数字"
                  maxLength={6}
                  style={w(360)}
                  rules={req('请输入短信验证码')}
                  addonAfter={
                    <Button theme="borderless" disabled={countdown > 0} onClick={sendSms} className="bx-sms">
                      {countdown > 0 ? `${countdown}秒后重新获取` : '获取验证码'}
                    </Button>
                  }
                />
                <Form.Input
                  field="fzr.yx"
                  label="电子邮箱"
                  placeholder="name@example.com"
                  style={w(360)}
                  rules={[
                    { required: true, message: '请填写电子邮箱' },
                    { pattern: EMAIL, message: '邮箱格式不正确' },
                  ]}
                  extraText="备案结果及审核意见将发送至此邮箱"
                />
                <Form.TextArea field="bz" label="备注" placeholder="如有需要说明的情况请在此填写（选填）" maxCount={200} rows={3} style={w(520)} />
              </Form.Section>
              <div className="bx-actions">
                <Button theme="solid" type="primary" loading={saving} onClick={save}>
                  保存
                </Button>
                <Button onClick={onBack}>取消</Button>
              </div>
            </>
          );
        }}
      </Form>
    </Card>
  );
}

export function SubjectPage() {
  const [adding, setAdding] = useState(false);
  const [rows, setRows] = useState<Record<string, string>[]>([]);
  useEffect(() => {
    void tracked(currentSubject()).then((s) => setRows([{ key: s.dwmc, dwmc: s.dwmc, ztxz: standard(ZTXZ, s.ztxz), xm: s.xm, zt: '审核通过' }]));
  }, []);
  if (adding) return <SubjectForm onBack={() => setAdding(false)} />;
  return (
    <Card
      title="网站开办主体"
      bordered={false}
      headerExtraContent={
        <Button theme="solid" icon={<IconPlus />} onClick={() => setAdding(true)}>
          新增主体
        </Button>
      }
    >
      <Text type="secondary" className="bx-tip">
        首次办理公安备案须先提交开办主体（主办单位及负责人）信息，主体提交后方可在该主体下申请网站备案；为其他单位或个人办理备案请新增主体。
      </Text>
      <Table
        columns={[
          { title: '主办单位名称', dataIndex: 'dwmc' },
          { title: '主办单位性质', dataIndex: 'ztxz' },
          { title: '负责人姓名', dataIndex: 'xm' },
          { title: '审核状态', dataIndex: 'zt', render: (text: string) => <Tag color="green">{text}</Tag> },
          {
            title: '操作',
            dataIndex: 'op',
            render: () => (
              <Button theme="borderless" size="small">
                查看
              </Button>
            ),
          },
        ]}
        dataSource={rows}
        pagination={false}
        empty={<Empty image={<IllustrationNoContent style={{ width: 120, height: 120 }} />} description="暂无开办主体，请点击右上角“新增主体”" />}
      />
    </Card>
  );
}
