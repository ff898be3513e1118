import { i18n } from '#i18n';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import type * as z from 'zod';
import { FindingsContext, indexFindings } from '@/components/findings/FindingsContext';
import { FindingsSummary } from '@/components/findings/FindingsSummary';
import { useLiveFindings } from '@/components/findings/useLiveFindings';
import { TagsField } from '@/components/form/TagsField';
import { TextField } from '@/components/form/TextField';
import { AppError } from '@/lib/errors';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { emptyWebsite } from '@/lib/model/factory';
import { ClientSchema, type Client } from '@/lib/model/profile';
import { SubjectSection } from './SubjectSection';
import { WebsiteSection } from './WebsiteSection';

type ClientInput = z.input<typeof ClientSchema>;

interface ClientEditorProps {
  client: Client;
  onSaved: (client: Client) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

function countErrors(errors: FieldErrors): number {
  return Object.values(errors).reduce<number>((count, error) => {
    if (!error || typeof error !== 'object') return count;
    return count + ('message' in error && typeof error.message === 'string' ? 1 : countErrors(error as FieldErrors));
  }, 0);
}

/** The whole client on one page: shape errors show inline and block saving. */
export function ClientEditor({ client, onSaved, onDuplicate, onDelete, onDirtyChange }: ClientEditorProps) {
  const form = useForm<ClientInput, unknown, Client>({
    resolver: zodResolver(ClientSchema),
    defaultValues: client,
    mode: 'onTouched',
  });
  const websites = useFieldArray({ control: form.control, name: 'websites', keyName: 'fieldKey' });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const { isDirty, isSubmitting } = form.formState;
  const { findings, failure: checkFailure } = useLiveFindings(form);
  const findingsByPath = useMemo(() => indexFindings(findings), [findings]);

  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);

  useEffect(() => {
    // “已保存” is about the values saved: the person's next edit makes it untrue.
    const subscription = form.watch((_values, { type }) => {
      if (type === 'change') setStatus((shown) => (shown?.kind === 'ok' ? undefined : shown));
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const save = form.handleSubmit(
    async (values) => {
      try {
        const saved = await send('saveClient', { client: values });
        form.reset(saved);
        setStatus({ kind: 'ok', text: i18n.t('app.saved') });
        onSaved(saved);
      } catch (error) {
        for (const issue of error instanceof AppError ? error.issues : []) {
          form.setError(issue.path.join('.') as 'displayName', { type: 'server', message: issue.message });
        }
        setStatus({ kind: 'error', text: i18n.t('app.saveFailed', [failureText(error)]) });
      }
    },
    (errors) => setStatus({ kind: 'error', text: i18n.t('app.fixErrors', [countErrors(errors)]) }),
  );

  return (
    <FormProvider {...form}>
      <FindingsContext.Provider value={findingsByPath}>
      <form className="editor" onSubmit={save} noValidate aria-label={client.displayName || i18n.t('app.newClient')}>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {i18n.t('app.save')}
          </button>
          <button type="button" onClick={onDuplicate} disabled={isDirty}>
            {i18n.t('app.duplicate')}
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            {i18n.t('app.delete')}
          </button>
          {status && (
            <span className={`status status-${status.kind}`} role="status">
              {status.text}
            </span>
          )}
        </div>

        <FindingsSummary findings={findings} {...(checkFailure ? { failure: checkFailure } : {})} />

        <section className="card" aria-labelledby="section-client">
          <h2 id="section-client">{i18n.t('section.client')}</h2>
          <TextField name="displayName" label={i18n.t('field.displayName')} required />
          <TagsField name="tags" label={i18n.t('field.tags')} hint={i18n.t('hint.tags')} />
          <TextField name="notes" label={i18n.t('field.notes')} multiline />
        </section>

        <SubjectSection clientId={client.id} />

        {websites.fields.map((website, index) => (
          <WebsiteSection key={website.fieldKey} index={index} clientId={client.id} onRemove={() => websites.remove(index)} />
        ))}
        <button type="button" onClick={() => websites.append(emptyWebsite())}>
          {i18n.t('action.addWebsite')}
        </button>
      </form>
      </FindingsContext.Provider>
    </FormProvider>
  );
}
