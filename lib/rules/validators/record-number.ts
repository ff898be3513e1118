import { regionName } from '../../model/regions';

/**
 * 公安备案号: 14 digits, the first six the administrative area code of the police office that
 * filed it (11010502000001: 北京市朝阳区).
 */
export type RecordNumberProblem = 'format' | 'region';

export function checkRecordNumber(raw: string): RecordNumberProblem | undefined {
  const value = raw.trim();
  if (!/^\d{14}$/.test(value)) return 'format';
  const area = value.slice(0, 6);
  const known = regionName(area) ?? regionName(`${area.slice(0, 4)}00`) ?? regionName(`${area.slice(0, 2)}0000`);
  return known ? undefined : 'region';
}

/** 服务器所在地网安部门代码: 12 digits starting with an area code (北京：110000000000). */
export function checkPoliceUnitCode(raw: string): RecordNumberProblem | undefined {
  const value = raw.trim();
  if (!/^\d{12}$/.test(value)) return 'format';
  return regionName(`${value.slice(0, 2)}0000`) ? undefined : 'region';
}
