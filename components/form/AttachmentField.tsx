import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { AppError } from '@/lib/errors';
import { failureText, formatBytes } from '@/lib/i18n/messages';
import { blobToBase64 } from '@/lib/model/base64';
import { send } from '@/lib/messaging/client';
import { ACCEPTED_IMAGE_TYPES, LARGEST_UPLOAD_BYTES } from '@/lib/model/attachments';
import { LARGEST_SHRINK_INPUT, canvasEncoder, scanFileProblem, shrinkToFit, type ScanFileProblem, type ScanSize } from '@/lib/scans';
import type { AttachmentRef } from '@/lib/model/profile';
import { Field, controlId } from './Field';

const ACCEPTED = [...ACCEPTED_IMAGE_TYPES, '.heic', '.heif', '.pdf'].join(',');

interface AttachmentFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The client the file belongs to: stored files are kept per client. */
  clientId: string;
  /** The platform's limit for this scan: a larger image is offered a shrink to fit. */
  limit?: number;
}

const FILE_PROBLEM_TEXT: Record<ScanFileProblem, () => string> = {
  heic: () => i18n.t('attachment.heic'),
  pdf: () => i18n.t('attachment.pdf'),
  'not-image': () => i18n.t('attachment.notImage'),
  'too-large': () => i18n.t('attachment.tooLargeToShrink', [formatBytes(LARGEST_SHRINK_INPUT)]),
};

const sizeText = (size: ScanSize) => i18n.t('attachment.sizeAndDimensions', [formatBytes(size.bytes), size.width, size.height]);

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

/** An image over its scan limit, waiting for the person to say: shrink it, or keep it as it is. */
interface OversizeScan {
  file: File;
  size: ScanSize;
  limit: number;
}

/** Stores a chosen image with the client and reports progress or failure in the user's words; an image over `limit` waits for the person's choice. */
function useUpload(clientId: string, limit?: number) {
  const [status, setStatus] = useState<string>();
  const [oversize, setOversize] = useState<OversizeScan>();

  const store = async (blob: Blob, name: string, type: string, dimensions: { width: number; height: number }): Promise<AttachmentRef | undefined> => {
    if (blob.size > LARGEST_UPLOAD_BYTES) {
      setStatus(failureText(new AppError('too-large', name)));
      return undefined;
    }
    setStatus(i18n.t('attachment.uploading'));
    try {
      const stored = await send('putAttachment', { clientId, name, type, base64: await blobToBase64(blob), ...dimensions });
      setStatus(undefined);
      return stored;
    } catch (error) {
      setStatus(i18n.t('attachment.failed', [failureText(error)]));
      return undefined;
    }
  };

  const upload = async (file: File | undefined): Promise<AttachmentRef | undefined> => {
    setOversize(undefined);
    if (!file) return undefined;
    const problem = scanFileProblem(file);
    if (problem) {
      setStatus(FILE_PROBLEM_TEXT[problem]());
      return undefined;
    }
    let dimensions: { width: number; height: number };
    try {
      dimensions = await measure(file);
    } catch (error) {
      setStatus(i18n.t('attachment.unreadable', [failureText(error)]));
      return undefined;
    }
    if (limit !== undefined && file.size > limit) {
      setOversize({ file, size: { bytes: file.size, ...dimensions }, limit });
      setStatus(undefined);
      return undefined;
    }
    return store(file, file.name, file.type, dimensions);
  };

  /** The waiting image re-encoded and scaled until it fits its limit, then stored; before and after said. */
  const shrink = async (): Promise<AttachmentRef | undefined> => {
    if (!oversize) return undefined;
    setStatus(i18n.t('attachment.shrinking'));
    let encoder: Awaited<ReturnType<typeof canvasEncoder>> | undefined;
    try {
      encoder = await canvasEncoder(oversize.file);
      const shrunk = await shrinkToFit(oversize.size, oversize.limit, encoder.encode);
      if (!shrunk) {
        setStatus(i18n.t('attachment.cannotShrink', [formatBytes(oversize.limit)]));
        return undefined;
      }
      const name = `${oversize.file.name.replace(/\.[^.]+$/, '')}.jpg`;
      const stored = await store(shrunk.blob, name, 'image/jpeg', { width: shrunk.width, height: shrunk.height });
      if (stored) setStatus(i18n.t('attachment.shrunk', [sizeText(oversize.size), sizeText({ bytes: shrunk.blob.size, width: shrunk.width, height: shrunk.height })]));
      setOversize(undefined);
      return stored;
    } catch (error) {
      setStatus(i18n.t('attachment.failed', [failureText(error)]));
      return undefined;
    } finally {
      encoder?.close();
    }
  };

  const keepAsIs = async (): Promise<AttachmentRef | undefined> => {
    if (!oversize) return undefined;
    const { file, size } = oversize;
    setOversize(undefined);
    return store(file, file.name, file.type, { width: size.width, height: size.height });
  };

  return { status, oversize, upload, shrink, keepAsIs };
}

/** An image kept with the client: upload, preview, byte and pixel size, replace or remove. */
export function AttachmentField({ name, label, hint, required, clientId, limit }: AttachmentFieldProps) {
  const { control } = useFormContext();
  const { status, oversize, upload, shrink, keepAsIs } = useUpload(clientId, limit);
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
            oversize={
              oversize && {
                ...oversize,
                onShrink: async () => {
                  const stored = await shrink();
                  if (stored) field.onChange(stored);
                },
                onKeep: async () => {
                  const stored = await keepAsIs();
                  if (stored) field.onChange(stored);
                },
              }
            }
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
  /** An image over its limit, and what the person may do with it. */
  oversize?: OversizeScan & { onShrink: () => void; onKeep: () => void };
}

function AttachmentView({ id, label, value, status, onFile, onClear, oversize }: AttachmentViewProps) {
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
      {oversize && (
        <div className="oversize" role="alert">
          <p>{i18n.t('attachment.overLimit', [sizeText(oversize.size), formatBytes(oversize.limit)])}</p>
          <button type="button" onClick={oversize.onShrink}>
            {i18n.t('attachment.shrink', [formatBytes(oversize.limit)])}
          </button>{' '}
          {oversize.file.size <= LARGEST_UPLOAD_BYTES && (
            <button type="button" className="secondary" onClick={oversize.onKeep}>
              {i18n.t('attachment.keepAsIs')}
            </button>
          )}
        </div>
      )}
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
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
