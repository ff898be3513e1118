import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { Finding } from '@/lib/rules';

const SETTLE_MS = 150;

/**
 * The rule engine's findings for the form's values, refreshed as the person types (once typing
 * settles). The background judges them, since the agency rules need the whole profile book.
 * When a check fails, the last findings stay and `failure` says why: never a silent, stale verdict.
 */
export function useLiveFindings<Values extends FieldValues, Output>(form: UseFormReturn<Values, unknown, Output>): { findings: Finding[]; failure?: string } {
  const [findings, setFindings] = useState<Finding[]>([]);
  const [failure, setFailure] = useState<string>();
  const latest = useRef(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (values: FieldValues) => {
      const request = ++latest.current;
      void send('checkClient', { client: values }).then(
        (result) => {
          if (request !== latest.current) return;
          setFindings(result);
          setFailure(undefined);
        },
        (error: unknown) => request === latest.current && setFailure(failureText(error)),
      );
    };
    check(form.getValues());
    const subscription = form.watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => check(values), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form]);
  return failure === undefined ? { findings } : { findings, failure };
}
