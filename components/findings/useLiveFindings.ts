import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { send } from '@/lib/messaging/client';
import type { Finding } from '@/lib/rules';

const SETTLE_MS = 150;

/**
 * The rule engine's findings for the form's values, refreshed as the person types (once typing
 * settles). The background judges them, since the agency rules need the whole profile book.
 */
export function useLiveFindings<Values extends FieldValues, Output>(form: UseFormReturn<Values, unknown, Output>): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (values: FieldValues) => {
      const request = ++latest.current;
      void send('checkClient', { client: values }).then(
        (result) => request === latest.current && setFindings(result),
        () => undefined,
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
  return findings;
}
