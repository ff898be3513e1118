import { i18n } from '#i18n';
import { Controller, get, useFormContext, useFormState } from 'react-hook-form';
import { shapeMessageText } from '@/lib/i18n/messages';
import { Field, controlId } from './Field';

interface StringListFieldProps {
  name: string;
  label: string;
  hint: string;
}

/** Repeatable text rows with 添加 / 删除, as the platform lays out 子域名 and IP. */
export function StringListField({ name, label, hint }: StringListFieldProps) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  return (
    <Field name={name} label={label} group>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const rows = field.value as string[];
          const update = (next: string[]) => field.onChange(next);
          return (
            <div className="rows" id={controlId(name)}>
              {rows.map((row, index) => {
                const rowError = shapeMessageText((get(errors, `${name}.${index}`) as { message?: string } | undefined)?.message);
                return (
                  <div className="row" key={index}>
                    <input
                      value={row}
                      placeholder={hint}
                      aria-label={`${label} ${index + 1}`}
                      aria-invalid={rowError ? true : undefined}
                      onChange={(event) => update(rows.map((value, at) => (at === index ? event.target.value : value)))}
                    />
                    <button type="button" onClick={() => update(rows.filter((_, at) => at !== index))}>
                      {i18n.t('action.remove')}
                    </button>
                    {rowError && <span className="error" role="alert">{rowError}</span>}
                  </div>
                );
              })}
              <button type="button" onClick={() => update([...rows, ''])}>
                {i18n.t('action.add')}
              </button>
            </div>
          );
        }}
      />
    </Field>
  );
}
