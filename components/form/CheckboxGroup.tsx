import { Controller, useFormContext } from 'react-hook-form';
import type { CodeEntry } from '@/lib/model/codes';
import { Field, controlId } from './Field';

interface CheckboxGroupProps {
  name: string;
  label: string;
  options: readonly CodeEntry[];
}

/** Ticks over a code list; the value is the ticked codes in the list's order. */
export function CheckboxGroup({ name, label, options }: CheckboxGroupProps) {
  const { control } = useFormContext();
  return (
    <Field name={name} label={label} group>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const ticked = new Set(field.value as string[]);
          const toggle = (code: string) => {
            ticked.has(code) ? ticked.delete(code) : ticked.add(code);
            field.onChange(options.map((option) => option.code).filter((candidate) => ticked.has(candidate)));
          };
          return (
            <div className="choices" id={controlId(name)}>
              {options.map((option) => (
                <label key={option.code} className="choice">
                  <input type="checkbox" checked={ticked.has(option.code)} onChange={() => toggle(option.code)} />
                  {option.label}
                </label>
              ))}
            </div>
          );
        }}
      />
    </Field>
  );
}
