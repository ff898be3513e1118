import { i18n } from '#i18n';
import { Controller, useFormContext } from 'react-hook-form';
import { Field, controlId } from './Field';

/** A 是/否 radio pair bound to a boolean. */
export function YesNo({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const { control } = useFormContext();
  const id = controlId(name);
  return (
    <Field name={name} label={label} required={required} group>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <div className="choices" id={id}>
            {[true, false].map((answer) => (
              <label key={String(answer)} className="choice">
                <input type="radio" name={id} checked={field.value === answer} onChange={() => field.onChange(answer)} />
                {answer ? i18n.t('option.yes') : i18n.t('option.no')}
              </label>
            ))}
          </div>
        )}
      />
    </Field>
  );
}
