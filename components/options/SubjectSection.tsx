import { i18n } from '#i18n';
import { useFormContext, useWatch } from 'react-hook-form';
import { AttachmentField } from '@/components/form/AttachmentField';
import { SCAN_LIMITS } from '@/lib/model/attachments';
import { CodeSelect } from '@/components/form/CodeSelect';
import { RegionPicker } from '@/components/form/RegionPicker';
import { TextField } from '@/components/form/TextField';
import { PERSON_CERT_TYPES, SUBJECT_NATURES, UNIT_CERT_TYPES, isUnitNature, type SubjectNature } from '@/lib/model/codes';

/** 网站开办主体 and its 负责人信息, in the platform's order. */
export function SubjectSection({ clientId }: { clientId: string }) {
  const { control } = useFormContext();
  const nature = useWatch({ control, name: 'subject.nature' }) as SubjectNature;
  const unit = isUnitNature(nature);
  return (
    <>
      <section className="card" aria-labelledby="section-subject">
        <h2 id="section-subject">{i18n.t('section.subject')}</h2>
        <CodeSelect name="subject.nature" label={i18n.t('field.nature')} hint={i18n.t('hint.nature')} options={SUBJECT_NATURES} required />
        <TextField name="subject.unitName" label={i18n.t('field.unitName')} hint={i18n.t('hint.unitName')} required={unit} />
        {unit && (
          <>
            <CodeSelect name="subject.unitCertType" label={i18n.t('field.unitCertType')} options={UNIT_CERT_TYPES} required />
            <TextField name="subject.unitCertNumber" label={i18n.t('field.unitCertNumber')} required />
            <TextField name="subject.supervisor" label={i18n.t('field.supervisor')} hint={i18n.t('hint.supervisor')} />
            <TextField name="subject.unitAddress" label={i18n.t('field.unitAddress')} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="section-principal">
        <h2 id="section-principal">{i18n.t('section.principal')}</h2>
        <RegionPicker name="subject.principal.residence" label={i18n.t('field.residence')} hint={i18n.t('hint.residence')} />
        <TextField name="subject.principal.residenceDetail" label={i18n.t('field.residenceDetail')} hint={i18n.t('hint.residenceDetail')} required />
        <TextField name="subject.principal.name" label={i18n.t('field.principalName')} hint={i18n.t('hint.principalName')} required />
        <CodeSelect name="subject.principal.certType" label={i18n.t('field.principalCertType')} hint={i18n.t('hint.principalCertType')} options={PERSON_CERT_TYPES} required />
        <TextField name="subject.principal.certNumber" label={i18n.t('field.principalCertNumber')} hint={i18n.t('hint.principalCertNumber')} required />
        <TextField name="subject.principal.certExpiry" label={i18n.t('field.certExpiry')} hint={i18n.t('hint.certExpiry')} />
        <AttachmentField name="subject.principal.certFront" label={i18n.t('field.certFront')} hint={i18n.t('hint.principalScan')} clientId={clientId} limit={SCAN_LIMITS.principal} required />
        <AttachmentField name="subject.principal.certBack" label={i18n.t('field.certBack')} clientId={clientId} limit={SCAN_LIMITS.principal} />
        <AttachmentField name="subject.principal.certHandheld" label={i18n.t('field.certHandheld')} clientId={clientId} limit={SCAN_LIMITS.principal} />
        <TextField name="subject.principal.officePhone" label={i18n.t('field.officePhone')} hint={i18n.t('hint.officePhone')} type="tel" required />
        <TextField name="subject.principal.mobile" label={i18n.t('field.mobile')} hint={i18n.t('hint.mobile')} type="tel" required />
        <TextField name="subject.principal.email" label={i18n.t('field.email')} hint={i18n.t('hint.email')} type="email" required />
        <TextField name="subject.principal.remark" label={i18n.t('field.remark')} multiline />
      </section>
    </>
  );
}
