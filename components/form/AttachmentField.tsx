import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { AppError } from '@/lib/errors';
import { failureText, formatBytes } from '@/lib/i18n/messages';
import { blobToBase64 } from '@/lib/messaging/base64';
import { send } from '@/lib/messaging/client';
import { LARGEST_UPLOAD_BYTES } from '@/lib/model/attachments';
import type { AttachmentRef } from '@/lib/model/profile';
import { Field, controlId } from './Field';

const ACCEPTED = 'image/jpeg,image/png,image/bmp,image/gif';

interface AttachmentFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The client the file belongs to: stored files are kept per client. */
  clientId: string;
}

async function measure(file: File): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(file);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The stored image as a data URL, or why it could not be shown. */
function usePreview(ref: AttachmentRef | undefined): { url?: string; failure?: string } {
  const [preview, setPreview] = useState<{ url?: string; failure?: string }>({});
  useEffect(() => {
    setPreview({});
    if (!ref) return;
    let live = true;
    void send('getAttachment', { id: ref.id }).then(
      ({ base64 }) => live && setPreview({ url: `data:${ref.type};base64,${base64}` }),
      (error: unknown) => live && setPreview({ failure: i18n.t('attachment.previewFailed', [failureText(error)]) }),
    );
    return () => {
      live = false;
    };
  }, [ref?.id]);
  return preview;
}

/** Stores a chosen image with the client and reports progress or failure in the user's words. */
function useUpload(clientId: string) {
  const [status, setStatus] = useState<string>();
  const upload = async (file: File | undefined): Promise<AttachmentRef | undefined> => {
    if (!file) return undefined;
    if (!ACCEPTED.split(',').includes(file.type)) {
      setStatus(i18n.t('attachment.notImage'));
      return undefined;
    }
    if (file.size > LARGEST_UPLOAD_BYTES) {
      setStatus(failureText(new AppError('too-large', file.name)));
      return undefined;
    }
    setStatus(i18n.t('attachment.uploading'));
    try {
      const stored = await send('putAttachment', {
        clientId,
        name: file.name,
        type: file.type,
        base64: await blobToBase64(file),
        ...(await measure(file)),
      });
      setStatus(undefined);
      return stored;
    } catch (error) {
      setStatus(i18n.t('attachment.failed', [failureText(error)]));
      return undefined;
    }
  };
  return { status, upload };
}

/** An image kept with the client: upload, preview, byte and pixel size, replace or remove. */
export function AttachmentField({ name, label, hint, required, clientId }: AttachmentFieldProps) {
  const { control } = useFormContext();
  const { status, upload } = useUpload(clientId);
  return (
    <Field name={name} label={label} hint={hint} required={required}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <AttachmentView
            id={controlId(name)}
            label={label}
            value={field.value as AttachmentRef | undefined}
            status={status}
            onFile={async (file) => {
              const stored = await upload(file);
              if (stored) field.onChange(stored);
            }}
            onClear={() => field.onChange(undefined)}
          />
        )}
      />
    </Field>
  );
}

/** Several images under one label (qualification documents): each shown, each removable. */
export function AttachmentListField({ name, label, hint, clientId }: Omit<AttachmentFieldProps, 'required'>) {
  const { control } = useFormContext();
  const { status, upload } = useUpload(clientId);
  return (
    <Field name={name} label={label} hint={hint}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const refs = field.value as AttachmentRef[];
          return (
            <div className="attachment-list">
              {refs.map((ref) => (
                <AttachmentPreview key={ref.id} label={label} value={ref} onClear={() => field.onChange(refs.filter((other) => other.id !== ref.id))} />
              ))}
              <AttachmentView
                id={controlId(name)}
                label={label}
                value={undefined}
                status={status}
                onFile={async (file) => {
                  const stored = await upload(file);
                  if (stored) field.onChange([...refs, stored]);
                }}
              />
            </div>
          );
        }}
      />
    </Field>
  );
}

interface AttachmentViewProps {
  id: string;
  label: string;
  value: AttachmentRef | undefined;
  status: string | undefined;
  onFile: (file: File | undefined) => void;
  /** Only for a view that shows its file (a list adds files; each shows its own clear button). */
  onClear?: () => void;
}

function AttachmentView({ id, label, value, status, onFile, onClear }: AttachmentViewProps) {
  return (
    <div className="attachment">
      <input
        id={id}
        type="file"
        accept={ACCEPTED}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {value && onClear && <AttachmentPreview label={label} value={value} onClear={onClear} />}
      {status && <p className="status">{status}</p>}
    </div>
  );
}

function AttachmentPreview({ label, value, onClear }: { label: string; value: AttachmentRef; onClear: () => void }) {
  const preview = usePreview(value);
  return (
    <figure className="attachment-preview" data-attachment={value.name}>
      {preview.url && <img src={preview.url} alt={label} />}
      {preview.failure && (
        <p className="status status-error" role="alert">
          {preview.failure}
        </p>
      )}
      <figcaption>
        <span className="attachment-name">{value.name}</span>{' '}
        <span className="attachment-size">
          {i18n.t('attachment.size', [
            formatBytes(value.size),
            value.width && value.height ? i18n.t('attachment.dimensions', [value.width, value.height]) : value.type,
          ])}
        </span>{' '}
        <button type="button" onClick={onClear}>
          {i18n.t('action.clear')}
        </button>
      </figcaption>
    </figure>
  );
}
