import { i18n } from '#i18n';
import { useFormContext, useWatch } from 'react-hook-form';
import { CodeSelect } from '@/components/form/CodeSelect';
import { Field, controlId } from '@/components/form/Field';
import { TextField } from '@/components/form/TextField';
import { PROVIDER_SCOPES, type ProviderScope } from '@/lib/model/codes';
import { provinces } from '@/lib/model/regions';

interface ProviderFieldsProps {
  base: string;
  scopeLabel: string;
  regionLabel: string;
  regionHint: string;
  nameLabel: string;
  nameHint: string;
  /** The access provider also has a phone and a code (FAQ 5, 6); a registrar does not. */
  contact?: boolean;
}

/** A provider as the platform picks it: 境内 or 境外, then the region, then the name. */
export function ProviderFields({ base, scopeLabel, regionLabel, regionHint, nameLabel, nameHint, contact }: ProviderFieldsProps) {
  const { control, register } = useFormContext();
  const scope = useWatch({ control, name: `${base}.scope` }) as ProviderScope;
  const regionName = `${base}.region`;
  return (
    <>
      <CodeSelect name={`${base}.scope`} label={scopeLabel} options={PROVIDER_SCOPES} required />
      <Field name={regionName} label={regionLabel} hint={scope === 'overseas' ? i18n.t('hint.overseasRegion') : regionHint} required>
        {scope === 'overseas' ? (
          <input id={controlId(regionName)} {...register(regionName)} />
        ) : (
          <select id={controlId(regionName)} {...register(regionName)}>
            <option value="">{i18n.t('option.choose')}</option>
            {provinces().map((province) => (
              <option key={province.code} value={province.name}>
                {province.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name={`${base}.name`} label={nameLabel} hint={nameHint} required />
      {contact && (
        <>
          <TextField name={`${base}.phone`} label={i18n.t('field.accessPhone')} type="tel" />
          <TextField name={`${base}.code`} label={i18n.t('field.accessCode')} />
        </>
      )}
    </>
  );
}
