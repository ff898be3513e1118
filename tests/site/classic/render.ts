import { provinces } from '../../../lib/model/regions';
import { AGREEMENT_TEXT, OVERSEAS_REGIONS, type BlockSpec, type FieldSpec } from '../forms';
import type { FieldValue, ListedWebsite, StoredFile } from '../state';
import { fileParams } from '../submit';

/**
 * The classic portal (www.beian.gov.cn): server-rendered pages in the old Bootstrap 2 look.
 * Ids are generated and mean nothing; most labels are plain table cells not tied to their
 * controls, a few use <label for>, as on the real pages.
 */
export const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable id that carries no meaning: what a person sees is the label, not this. */
let idSalt = '';

/** Robustness tests render pages whose ids differ from the usual ones. */
export function withIdSalt<T>(salt: string, render: () => T): T {
  idSalt = salt;
  try {
    return render();
  } finally {
    idSalt = '';
  }
}

export function opaqueId(seed: string): string {
  let hash = 2166136261;
  for (const char of idSalt + seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return `c${(hash >>> 0).toString(36)}`;
}

const TOP_NAV = ['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题', '备案展厅'];
const TOP_LINKS: Record<string, string> = { 首页: '/portal/index', 公共查询: '/portal/registerSystemInfo' };

export const MENU: [string, string][] = [
  ['主页', '/portal/user/center'],
  ['开办主体管理', '/portal/user/subject'],
  ['新办网站申请', '/portal/user/website/apply'],
  ['已办网站认领', '/portal/user/website/claim'],
  ['网站信息变更', '/portal/user/website/change'],
  ['网站注销申请', '/portal/user/website/cancel'],
  ['信用认证', '/portal/user/credit'],
];

export function page(title: string, body: string, options: { menu?: string; flash?: string[]; notice?: string } = {}): string {
  const nav = TOP_NAV.map((item) => `<li><a href="${TOP_LINKS[item] ?? '#'}">${item}</a></li>`).join('');
  const menu = options.menu
    ? `<div class="span3"><div class="user-box">账号：demo<br>手机：138****2345</div><ul class="nav nav-list side-menu">${MENU.map(
        ([label, href]) => `<li${label === options.menu ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`,
      ).join('')}</ul></div>`
    : '';
  const flash = options.flash?.length
    ? `<div class="alert alert-error"><button type="button" class="close">×</button>${options.flash.map((message) => `<div>${escape(message)}</div>`).join('')}</div>`
    : '';
  const notice = options.notice ? `<div class="alert alert-success">${escape(options.notice)}</div>` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)} - 全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/static/classic.css"></head>
<body>
<div class="navbar navbar-static-top"><div class="navbar-inner"><div class="container">
<a class="brand" href="/portal/index">全国公安机关<br>互联网站安全服务平台</a>
<ul class="nav">${nav}</ul>
<div class="pull-right login-links">${options.menu ? '<a href="/portal/user/center">个人中心</a> | <a href="/portal/logout">退出</a>' : '<a href="/portal/login">登录</a> | <a href="#">注册</a>'}</div>
</div></div></div>
<div class="container main"><div class="row">${menu}<div class="${options.menu ? 'span9' : 'span12'}">${flash}${notice}${body}</div></div></div>
<div class="footer">主办单位：公安部网络安全保卫局</div>
<script src="/vendor/jquery.js"></script><script src="/static/classic.js"></script>
</body></html>`;
}

const optionList = (field: FieldSpec, selected: string) =>
  `<option value="">请选择</option>${(field.options ?? [])
    .map((option) => `<option value="${option.value}"${option.label === selected ? ' selected' : ''}>${escape(option.label)}</option>`)
    .join('')}`;

const asText = (value: FieldValue | undefined) => (typeof value === 'string' ? value : '');
const asList = (value: FieldValue | undefined) => (Array.isArray(value) ? (value as string[]) : []);

function control(field: FieldSpec, value: FieldValue | undefined): string {
  const id = opaqueId(field.param);
  switch (field.control) {
    case 'text':
      return `<input type="text" class="input-xlarge" id="${id}" name="${field.param}" value="${escape(asText(value))}">`;
    case 'textarea':
      return `<textarea class="input-xlarge" rows="3" id="${id}" name="${field.param}">${escape(asText(value))}</textarea>`;
    case 'select':
      return field.drawnAs === 'chooser' ? chooser(field, asText(value)) : `<select id="${id}" name="${field.param}">${optionList(field, asText(value))}</select>`;
    case 'radio':
      return (field.options ?? [])
        .map((option) => `<label class="radio inline"><input type="radio" name="${field.param}" value="${option.value}"${option.label === value ? ' checked' : ''}> ${escape(option.label)}</label>`)
        .join('');
    case 'checkboxes': {
      const ticked = value === true ? ['同主体负责人信息'] : asList(value);
      return `<div class="checks">${(field.options ?? [])
        .map((option) => `<label class="checkbox inline"><input type="checkbox" name="${field.param}" value="${option.value}"${ticked.includes(option.label) ? ' checked' : ''}> ${escape(option.label)}</label>`)
        .join('')}</div>`;
    }
    case 'rows': {
      const rows = asList(value);
      const row = (text: string) => `<div class="row-item"><input type="text" class="input-large" name="${field.param}" value="${escape(text)}"> <button type="button" class="btn btn-mini js-remove">删除</button></div>`;
      return `<div class="rows" data-param="${field.param}"><button type="button" class="btn btn-small js-add">添加</button>${rows.map(row).join('')}</div>`;
    }
    case 'region': {
      const region = (value ?? {}) as Record<string, string>;
      const province = provinces()
        .map((option) => `<option value="${option.code}"${option.code === region.provinceCode ? ' selected' : ''}>${option.name}</option>`)
        .join('');
      const preset = (code?: string, name?: string) => (code ? `<option value="${code}" selected>${escape(name ?? code)}</option>` : '');
      return `<select class="input-medium js-region" data-level="1" id="${id}" name="${field.param}_sheng"><option value="">请选择省</option>${province}</select>
<select class="input-medium js-region" data-level="2" id="${opaqueId(`${field.param}2`)}" name="${field.param}_shi"><option value="">请选择市</option>${preset(region.cityCode, region.cityName)}</select>
<select class="input-medium js-region" data-level="3" id="${opaqueId(`${field.param}3`)}" name="${field.param}_qu"><option value="">请选择区</option>${preset(region.districtCode, region.districtName)}</select>`;
    }
    case 'provider':
      return providerRegion(field, (value ?? {}) as Record<string, string>);
    case 'file': {
      const stored = (Array.isArray(value) ? value : value ? [value] : []) as StoredFile[];
      return fileParams(field)
        .map((param, index) => {
          const side = field.sides?.[index];
          const kept = stored[index] ? `<span class="muted kept">已上传：${escape(stored[index]!.name)}</span>` : '';
          return `<div class="file-item">${side ? `<span class="side">${side}</span> ` : ''}<input type="file" id="${opaqueId(param)}" name="${param}" accept="image/*">${kept}</div>`;
        })
        .join('');
    }
    case 'sms':
      return `<input type="text" class="input-small" id="${id}" name="${field.param}" autocomplete="off"> <button type="button" class="btn js-sms">获取</button>`;
  }
}

/** A choice made in a dialog: the box shows the label, a hidden input holds the code the server receives. */
function chooser(field: FieldSpec, selected: string): string {
  const chosen = (field.options ?? []).find((option) => option.label === selected);
  const options = escape(JSON.stringify(field.options ?? []));
  return `<span class="js-chooser" data-title="${escape(field.label)}" data-options="${options}"><input type="text" class="input-medium js-chooser-shown" id="${opaqueId(field.param)}" readonly value="${escape(chosen?.label ?? '')}"><input type="hidden" name="${field.param}" value="${chosen?.value ?? ''}"> <button type="button" class="btn js-chooser-open">选择</button></span>`;
}

function providerRegion(field: FieldSpec, value: Record<string, string>): string {
  const scope = value.scope || '境内';
  const regions = scope === '境外' ? OVERSEAS_REGIONS : provinces().map((option) => option.name);
  return `<span class="js-provider" data-param="${field.param}">
<label class="radio inline"><input type="radio" name="${field.param}_jw" value="境内"${scope === '境内' ? ' checked' : ''}> 境内</label>
<label class="radio inline"><input type="radio" name="${field.param}_jw" value="境外"${scope === '境外' ? ' checked' : ''}> 境外</label>
<select class="input-medium js-provider-region" name="${field.param}_qy"><option value="">请选择</option>${regions
    .map((region) => `<option value="${region}"${region === value.region ? ' selected' : ''}>${region}</option>`)
    .join('')}</select></span>`;
}

function providerNameRow(field: FieldSpec, value: Record<string, string>): string {
  const name = value.name ?? '';
  return `<tr><td class="tdt"><span class="req">*</span> 名称：</td><td>
<select class="input-xlarge js-provider-name" name="${field.param}_mc" data-param="${field.param}">${name ? `<option value="${escape(name)}" selected>${escape(name)}</option>` : '<option value="">请选择</option>'}</select>
<input type="text" class="input-large js-provider-other hide" name="${field.param}_qt" placeholder="请填写服务商名称">
<span class="help-inline">${field.param === 'jrs' ? '请选择网络接入服务商名称' : '请选择域名注册服务商名称'}</span></td></tr>`;
}

/** One field as a table row; every third field's label is a <label for>, the rest plain cells. */
function row(field: FieldSpec, value: FieldValue | undefined, index: number): string {
  const caption = `${field.required ? '<span class="req">*</span> ' : ''}${escape(field.label)}：`;
  const labelled = index % 3 === 1 && ['text', 'select', 'textarea'].includes(field.control);
  const cell = labelled ? `<label for="${opaqueId(field.param)}">${caption}</label>` : caption;
  const hint = field.hint ? ` <span class="help-inline">${escape(field.hint)}</span>` : '';
  const main = `<tr class="${field.unitOnly ? 'js-unit-only' : ''}"><td class="tdt">${cell}</td><td>${control(field, value)}${hint}</td></tr>`;
  return field.control === 'provider' ? main + providerNameRow(field, (value ?? {}) as Record<string, string>) : main;
}

export function formBlocks(blocks: readonly BlockSpec[], values: Record<string, FieldValue>, options: { sameAsToggle?: boolean } = {}): string {
  return blocks
    .map((block) => {
      const [toggle, ...rest] = block.fields;
      const hasToggle = options.sameAsToggle && toggle?.key.endsWith('sameAsPrincipal');
      const title = hasToggle
        ? `<div class="block-title">• ${escape(block.title)} <label class="checkbox inline"><input type="checkbox" class="js-same" name="${toggle!.param}" value="1"${values[toggle!.key] === true ? ' checked' : ''}> 同主体负责人信息</label></div>`
        : `<div class="block-title">• ${escape(block.title)}</div>`;
      const fields = hasToggle ? rest : block.fields;
      return `<div class="block">${title}<table class="table form-table"><tbody>${fields.map((field, index) => row(field, values[field.key], index)).join('')}</tbody></table></div>`;
    })
    .join('');
}

export function steps(current: number): string {
  const names = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];
  return `<ol class="steps">${names.map((name, index) => `<li class="${index + 1 === current ? 'active' : index + 1 < current ? 'done' : ''}"><span>${index + 1}</span> ${name}</li>`).join('')}</ol>`;
}

export function agreement(): string {
  return `<div class="agreement"><h4>信息网站安全责任书</h4>${AGREEMENT_TEXT.map((line) => `<p>${escape(line)}</p>`).join('')}</div>
<label class="checkbox"><input type="checkbox" name="yyd" value="1" class="js-agree" disabled> <span class="js-agree-text">已阅读,并承诺上述网络安全责任(10秒)</span></label>`;
}

export function table(headers: string[], rows: string[][]): string {
  return `<table class="table table-bordered table-striped list"><thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead><tbody>${
    rows.length ? rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('') : `<tr><td colspan="${headers.length}">暂无数据</td></tr>`
  }</tbody></table>`;
}

export function websiteTabs(active: string, counts: Record<string, number>): string {
  const tabs = ['审核中网站', '未备案网站', '待认领网站', '已备案网站', '已保存草稿'];
  const links: Record<string, string> = { 审核中网站: '/portal/user/center', 未备案网站: '/portal/user/website/unfiled', 已备案网站: '/portal/user/website/filed', 待认领网站: '/portal/user/website/claim' };
  return `<ul class="nav nav-tabs">${tabs
    .map((tab) => `<li${tab === active ? ' class="active"' : ''}><a href="${links[tab] ?? '#'}">${tab}(${counts[tab] ?? 0})</a></li>`)
    .join('')}</ul>`;
}

export function listLink(label: string, href: string): string {
  return `<a class="btn btn-mini" href="${href}" title="${label}">${label}</a>`;
}

export type { ListedWebsite };
