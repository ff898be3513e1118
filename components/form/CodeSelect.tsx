import { i18n } from '#i18n';
import { useFormContext } from 'react-hook-form';
import type { CodeEntry } from '@/lib/model/codes';
import { Field, controlId } from './Field';

interface CodeSelectProps {
  name: string;
  label: string;
  options: readonly CodeEntry[];
  hint?: string;
  required?: boolean;
  /** Whether "none" is a valid answer (an optional list), or only the prompt to choose. */
  allowEmpty?: boolean;
}

/** A native select over a code list, showing the platform's labels. */
export function CodeSelect({ name, label, options, hint, required, allowEmpty }: CodeSelectProps) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint} required={required}>
      <select id={controlId(name)} {...register(name)}>
        <option value="" disabled={!allowEmpty}>
          {i18n.t('option.choose')}
        </option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
