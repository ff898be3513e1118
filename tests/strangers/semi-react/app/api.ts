/** 后台接口（/web/api/*），统一返回 { code: 0, msg, data } */
export interface Resp<T> {
  code: number;
  msg: string;
  data: T;
}

export async function get<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  const body = (await res.json()) as Resp<T>;
  if (body.code !== 0) throw new Error(body.msg);
  return body.data;
}

export async function post<T>(url: string, payload: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body: JSON.stringify(payload) });
  const body = (await res.json()) as Resp<T>;
  if (body.code !== 0) throw new Error(body.msg);
  return body.data;
}

export interface RegionNode {
  code: string;
  name: string;
  leaf: boolean;
}

export interface Org {
  code: string;
  name: string;
}

/** 已加载过的行政区划/国家代码 → 名称（级联、下拉共用） */
export const regionNames = new Map<string, string>();
/** 已加载过的服务商代码 → 名称 */
export const orgNames = new Map<string, string>();

export const regionChildren = async (parent: string) => {
  const list = await get<RegionNode[]>(`/web/api/dict/region?parent=${encodeURIComponent(parent)}`);
  for (const item of list) regionNames.set(item.code, item.name);
  return list;
};

/** 服务商所属区域：属地 1 境内（省份）/ 2 境外（国家或地区） */
export const orgRegions = async (sd: string) => {
  const list = await get<Org[]>(`/web/api/org/regions?sd=${sd}`);
  for (const item of list) regionNames.set(item.code, item.name);
  return list;
};

/** 服务商列表；kind: jr 接入服务商 / ym 域名注册服务商 */
export const orgList = async (kind: string, sd: string, region: string) => {
  const list = await get<Org[]>(`/web/api/org/list?kind=${kind}&sd=${sd}&region=${encodeURIComponent(region)}`);
  for (const item of list) orgNames.set(item.code, item.name);
  return list;
};

export interface Principal {
  ztxz: string;
  dwmc: string;
  xm: string;
  zjlx: string;
  zjhm: string;
  zjzp: { fileId: string; name: string; url: string }[];
  sjhm: string;
  yx: string;
  bgdh: string;
  dz: string;
  bz: string;
}

/** 已提交的开办主体（向导第一步展示、第三步"同主体负责人"复制） */
export const currentSubject = () => get<Principal>('/web/api/subject/current');

/** 上传后的文件名（Semi Upload 的 fileList → 文件名数组，只计上传成功的） */
export function fileNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((item) => item && item.status === 'success').map((item) => String(item.name));
}

export function ymd(value: unknown): string {
  if (!value) return '';
  if (typeof value === 'string') return value.slice(0, 10);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return '';
}
