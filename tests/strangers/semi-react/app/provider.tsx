import { useEffect, useState } from 'react';
import { Form, useFormApi, useFormState, Typography } from './semi';
import { SD, options, standard } from './dicts';
import { req, w } from './registry';
import { orgRegions, orgList, regionNames, orgNames, type Org } from './api';

const { Text } = Typography;

/** 服务商"其他"选项代码 */
export const OTHER_ORG = '-1';

interface Props {
  /** 表单字段前缀：jrs 接入服务商 / ymfws 域名注册服务商 */
  prefix: string;
  /** 后台服务商目录类别 */
  kind: 'jr' | 'ym';
  title: string;
  /** 行标题前缀，如"接入商"、"域名服务商" */
  short: string;
  nameLabel: string;
}

/**
 * 服务商选择：属地（境内/境外）→ 所属区域（省份或国家）→ 服务商名称（可搜索下拉，
 * 列表中没有时选"其他"并手工填写全称）。
 */
export function ProviderBlock({ prefix, kind, title, short, nameLabel }: Props) {
  const formApi = useFormApi();
  const { values } = useFormState();
  const current = (values?.[prefix] ?? {}) as Record<string, string | undefined>;
  const [regions, setRegions] = useState<Org[]>([]);
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [loading, setLoading] = useState<'' | 'qy' | 'fws'>('');

  useEffect(() => {
    setRegions([]);
    if (!current.sd) return;
    let live = true;
    setLoading('qy');
    void orgRegions(current.sd).then((list) => {
      if (live) {
        setRegions(list);
        setLoading('');
      }
    });
    return () => {
      live = false;
    };
  }, [current.sd]);

  useEffect(() => {
    setOrgs([]);
    if (!current.sd || !current.qy) return;
    let live = true;
    setLoading('fws');
    void orgList(kind, current.sd, current.qy).then((list) => {
      if (live) {
        setOrgs(list);
        setLoading('');
      }
    });
    return () => {
      live = false;
    };
  }, [current.sd, current.qy, kind]);

  const abroad = current.sd === '2';
  return (
    <div className="bx-provider">
      <div className="bx-subhead">
        <Text strong>{title}</Text>
      </div>
      <Form.RadioGroup
        field={`${prefix}.sd`}
        label={`${short}属地`}
        options={options(SD)}
        rules={req(`请选择${short}属地`)}
        onChange={() => {
          formApi.setValue(`${prefix}.qy`, undefined);
          formApi.setValue(`${prefix}.fws`, undefined);
        }}
      />
      <Form.Select
        field={`${prefix}.qy`}
        label={`${short}所属区域`}
        placeholder={current.sd ? (abroad ? '请选择国家或地区' : '请选择省、自治区、直辖市') : '请先选择境内或境外'}
        disabled={!current.sd}
        loading={loading === 'qy'}
        optionList={regions.map((item) => ({ value: item.code, label: item.name }))}
        filter
        style={w(360)}
        rules={req(`请选择${short}所属区域`)}
        onChange={() => formApi.setValue(`${prefix}.fws`, undefined)}
      />
      <Form.Select
        field={`${prefix}.fws`}
        label={nameLabel}
        placeholder={current.qy ? '输入关键字查询服务商' : '请先选择所属区域'}
        disabled={!current.qy}
        loading={loading === 'fws'}
        optionList={[...orgs.map((item) => ({ value: item.code, label: item.name })), { value: OTHER_ORG, label: '其他（列表中未找到）' }]}
        filter
        emptyContent="未查询到服务商，请选择“其他”"
        style={w(420)}
        rules={req(`请选择${nameLabel}`)}
      />
      {current.fws === OTHER_ORG && <Form.Input field={`${prefix}.qtmc`} label="服务商全称" placeholder="请填写服务商的完整名称" style={w(420)} rules={req('请填写服务商全称')} />}
    </div>
  );
}

/** 读取服务商三段值并还原为名称 */
export function readProvider(value: unknown) {
  const v = (value ?? {}) as Record<string, string | undefined>;
  return {
    scope: standard(SD, v.sd),
    region: v.qy ? regionNames.get(v.qy) ?? v.qy : '',
    name: v.fws === OTHER_ORG ? v.qtmc ?? '' : v.fws ? orgNames.get(v.fws) ?? v.fws : '',
  };
}
