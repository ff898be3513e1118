import type { UploadFile } from 'antd';

/** 统一响应格式 { code: 0, data, msg } */
async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin', ...init });
  const body = (await response.json()) as { code: number; data: T; msg?: string };
  if (body.code !== 0) throw new Error(body.msg || '请求失败');
  return body.data;
}

export const get = <T>(url: string) => call<T>(url);
export const post = <T>(url: string, data: unknown) =>
  call<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });

export interface Region {
  code: string;
  name: string;
  leaf: boolean;
}
export interface Isp {
  id: string;
  name: string;
}

/** 代码 → 名称缓存（行政区划、国家地区、服务商），状态导出时用 */
export const names = new Map<string, string>();
const remember = <T extends { name: string }>(rows: T[], key: (row: T) => string) => {
  rows.forEach((row) => names.set(key(row), row.name));
  return rows;
};

export const regionChildren = (parent = '') =>
  get<Region[]>(`/web/api/region/children?parent=${parent}`).then((rows) => remember(rows, (row) => row.code));
export const countries = () => get<Region[]>('/web/api/region/countries').then((rows) => remember(rows, (row) => row.code));
export const isps = (kind: 'access' | 'domain', scope: string, region: string) =>
  get<Isp[]>(`/web/api/isp/list?kind=${kind}&scope=${scope}&region=${encodeURIComponent(region)}`).then((rows) => remember(rows, (row) => `isp:${row.id}`));

/** Upload 组件（beforeUpload 返回 false）与 Form.Item 的桥接 */
export const normFile = (event: { fileList?: UploadFile[] } | UploadFile[]) => (Array.isArray(event) ? event : event?.fileList ?? []);
export const fileNames = (list: unknown) => (Array.isArray(list) ? (list as UploadFile[]).map((file) => file.name) : []);

/** 保存前把本地文件逐个上传，换成服务端文件号 */
export async function uploadAll(list: UploadFile[] | undefined): Promise<{ fileId: string; name: string; url: string }[]> {
  const out = [];
  for (const file of list ?? []) {
    if (file.originFileObj) {
      const data = new FormData();
      data.append('file', file.originFileObj, file.name);
      out.push(await call<{ fileId: string; name: string; url: string }>('/web/api/file/upload', { method: 'POST', body: data }));
    } else {
      out.push({ fileId: String(file.uid), name: file.name, url: file.url ?? '' });
    }
  }
  return out;
}

export interface SavedFile {
  fileId: string;
  name: string;
  url: string;
}
export interface Subject {
  id: string;
  status: string;
  nature: string;
  unitName: string;
  principal: { name: string; certType: string; certNumber: string; mobile: string; email: string; officePhone: string; residence: string; cert: SavedFile[] };
  remark?: string;
}

/** 状态读取器（供自动化测试使用） */
type Reader = () => Record<string, unknown>;
declare global {
  interface Window {
    __stranger?: { ready: boolean; state: Reader };
  }
}
export function exposeState(ready: boolean, reader: Reader = () => ({})) {
  window.__stranger = { ready, state: reader };
}

export function navigate(route: string) {
  exposeState(false);
  window.location.hash = route;
}
