import type { ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { FindingList } from '@/components/findings/FindingList';
import { useFieldFindings } from '@/components/findings/FindingsContext';
import { shapeMessageText } from '@/lib/i18n/messages';

/** The DOM id of the control for a form path; labels and error texts refer to it. */
export function controlId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}

function messageOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    ? error.message
    : undefined;
}

function firstMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return messageOf(error) ?? Object.values(error).map(firstMessage).find((message) => message !== undefined);
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** For groups (checkboxes, radios) whose label is a legend, not a <label for>. */
  group?: boolean;
  /** Show the first error found under this path (a composite value such as a region). */
  nestedErrors?: boolean;
  children: ReactNode;
}

/**
 * One labelled field: the platform's label, its hint, the control, and the shape error for
 * that path. The required star sits outside the label so the control's accessible name is the
 * label alone. The error sits beside the control, not below it: a message that appears or goes
 * on blur must not move the button the person is clicking.
 */
export function Field({ name, label, hint, required, group, nestedErrors, children }: FieldProps) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const fieldError: unknown = get(errors, name);
  const error = shapeMessageText(nestedErrors ? firstMessage(fieldError) : messageOf(fieldError));
  const id = controlId(name);
  const findings = useFieldFindings(name);
  const caption = (
    <>
      {required && <span className="required" aria-hidden="true">*</span>}
      {group ? <span className="label" id={`${id}-label`}>{label}</span> : <label htmlFor={id}>{label}</label>}
    </>
  );
  return (
    <div className={`field${error ? ' field-invalid' : ''}`} data-field={name}>
      <div className="field-caption">{caption}</div>
      <div className="field-body" role={group ? 'group' : undefined} aria-labelledby={group ? `${id}-label` : undefined}>
        {children}
        {error && (
          <p className="error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
        {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
        <FindingList findings={findings} />
      </div>
    </div>
  );
}
