import { areaList } from '@vant/area-data';

/**
 * Mainland administrative divisions (GB/T 2260 six-digit codes) from @vant/area-data, the same
 * table the replica's cascades serve. A province code ends in 0000, a city code in 00.
 */
export interface RegionOption {
  readonly code: string;
  readonly name: string;
}

function optionsOf(table: Record<string, string>, prefix: string): RegionOption[] {
  return Object.entries(table)
    .filter(([code]) => code.startsWith(prefix))
    .map(([code, name]) => ({ code, name }));
}

export function provinces(): RegionOption[] {
  return optionsOf(areaList.province_list, '');
}

export function citiesOf(provinceCode: string): RegionOption[] {
  return optionsOf(areaList.city_list, provinceCode.slice(0, 2));
}

export function districtsOf(cityCode: string): RegionOption[] {
  return optionsOf(areaList.county_list, cityCode.slice(0, 4));
}

export function regionName(code: string): string | undefined {
  return areaList.county_list[code] ?? areaList.city_list[code] ?? areaList.province_list[code];
}
