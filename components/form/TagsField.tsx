import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { Field, controlId } from './Field';

function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** Tags typed as one comma-separated line; the list is taken when the field is left. */
export function TagsField({ name, label, hint }: { name: string; label: string; hint: string }) {
  const { control } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => <TagsInput id={controlId(name)} tags={field.value as string[]} onChange={field.onChange} />}
      />
    </Field>
  );
}

function TagsInput({ id, tags, onChange }: { id: string; tags: string[]; onChange: (tags: string[]) => void }) {
  const [text, setText] = useState<string>();
  return (
    <input
      id={id}
      value={text ?? tags.join(', ')}
      onChange={(event) => {
        setText(event.target.value);
        onChange(splitTags(event.target.value));
      }}
      onBlur={() => setText(undefined)}
    />
  );
}
