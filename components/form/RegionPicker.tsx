import { i18n } from '#i18n';
import { Controller, useFormContext } from 'react-hook-form';
import type { Region } from '@/lib/model/profile';
import { citiesOf, districtsOf, provinces, type RegionOption } from '@/lib/model/regions';
import { Field, controlId } from './Field';

const EMPTY: RegionOption = { code: '', name: '' };

/** 省 / 市 / 区 selects, each level's options following the level above. */
export function RegionPicker({ name, label, hint }: { name: string; label: string; hint: string }) {
  const { control } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint} required group nestedErrors>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const region = field.value as Region;
          const set = (province: RegionOption, city: RegionOption, district: RegionOption) =>
            field.onChange({
              provinceCode: province.code,
              provinceName: province.name,
              cityCode: city.code,
              cityName: city.name,
              districtCode: district.code,
              districtName: district.name,
            } satisfies Region);
          const province = { code: region.provinceCode, name: region.provinceName };
          const city = { code: region.cityCode, name: region.cityName };
          const levels: { key: string; label: string; value: string; options: RegionOption[]; choose: (option: RegionOption) => void }[] = [
            { key: 'provinceCode', label: i18n.t('field.province'), value: region.provinceCode, options: provinces(), choose: (option) => set(option, EMPTY, EMPTY) },
            { key: 'cityCode', label: i18n.t('field.city'), value: region.cityCode, options: region.provinceCode ? citiesOf(region.provinceCode) : [], choose: (option) => set(province, option, EMPTY) },
            { key: 'districtCode', label: i18n.t('field.district'), value: region.districtCode, options: region.cityCode ? districtsOf(region.cityCode) : [], choose: (option) => set(province, city, option) },
          ];
          return (
            <div className="region" id={controlId(name)}>
              {levels.map((level) => (
                <select
                  key={level.key}
                  id={controlId(`${name}.${level.key}`)}
                  aria-label={level.label}
                  value={level.value}
                  onChange={(event) => level.choose(level.options.find((option) => option.code === event.target.value) ?? EMPTY)}
                >
                  <option value="">{level.label}</option>
                  {level.options.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              ))}
            </div>
          );
        }}
      />
    </Field>
  );
}
