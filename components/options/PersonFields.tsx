import { i18n } from '#i18n';
import { useFormContext, useWatch } from 'react-hook-form';
import { AttachmentField } from '@/components/form/AttachmentField';
import { SCAN_LIMITS } from '@/lib/model/attachments';
import { CodeSelect } from '@/components/form/CodeSelect';
import { TextField } from '@/components/form/TextField';
import { controlId } from '@/components/form/Field';
import { PERSON_CERT_TYPES } from '@/lib/model/codes';

export type PersonRole = 'security' | 'liaison' | 'opinionGuide';

const ROLE_TEXT: Record<PersonRole, { title: () => string; short: () => string }> = {
  security: { title: () => i18n.t('role.security'), short: () => i18n.t('role.securityShort') },
  liaison: { title: () => i18n.t('role.liaison'), short: () => i18n.t('role.liaisonShort') },
  opinionGuide: { title: () => i18n.t('role.opinionGuide'), short: () => i18n.t('role.opinionGuideShort') },
};

/** One block of 第三步: "同主体负责人信息", or the person's own name, document, scan and contacts. */
export function PersonFields({ base, role, clientId }: { base: string; role: PersonRole; clientId: string }) {
  const { control, register } = useFormContext();
  const same = useWatch({ control, name: `${base}.sameAsPrincipal` }) as boolean;
  const short = ROLE_TEXT[role].short();
  const titleId = controlId(`${base}-title`);
  return (
    <fieldset className="person" aria-labelledby={titleId} data-role={role}>
      <legend id={titleId}>{ROLE_TEXT[role].title()}</legend>
      <label className="choice">
        <input type="checkbox" {...register(`${base}.sameAsPrincipal`)} />
        {i18n.t('option.sameAsPrincipal')}
      </label>
      {!same && (
        <>
          <TextField name={`${base}.name`} label={i18n.t('field.personName', [short])} hint={i18n.t('hint.personName')} required />
          <CodeSelect name={`${base}.certType`} label={i18n.t('field.personCertType', [short])} options={PERSON_CERT_TYPES} required />
          <TextField name={`${base}.certNumber`} label={i18n.t('field.personCertNumber', [short])} hint={i18n.t('hint.personCertNumber')} required />
          <AttachmentField name={`${base}.certScan`} label={i18n.t('field.personCertScan', [short])} hint={i18n.t('hint.personScan')} clientId={clientId} limit={SCAN_LIMITS.person} required />
          <TextField name={`${base}.mobile`} label={i18n.t('field.mobile')} hint={i18n.t('hint.mobile')} type="tel" required />
          <TextField name={`${base}.email`} label={i18n.t('field.email')} hint={i18n.t('hint.email')} type="email" required />
        </>
      )}
    </fieldset>
  );
}
