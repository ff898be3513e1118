import { useFormContext } from 'react-hook-form';
import { Field, controlId } from './Field';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  multiline?: boolean;
}

export function TextField({ name, label, hint, required, type = 'text', multiline }: TextFieldProps) {
  const { register } = useFormContext();
  const id = controlId(name);
  const props = {
    id,
    placeholder: hint,
    'aria-describedby': `${id}-error`,
    ...register(name, type === 'number' ? { setValueAs: (value: string) => (value === '' ? '' : Number(value)) } : {}),
  };
  return (
    <Field name={name} label={label} required={required}>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
    </Field>
  );
}
