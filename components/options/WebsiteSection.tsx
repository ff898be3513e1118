import { i18n } from '#i18n';
import { useFormContext, useWatch } from 'react-hook-form';
import { AttachmentField, AttachmentListField } from '@/components/form/AttachmentField';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { CodeSelect } from '@/components/form/CodeSelect';
import { StringListField } from '@/components/form/StringListField';
import { TextField } from '@/components/form/TextField';
import { YesNo } from '@/components/form/YesNo';
import {
  FILING_STATUSES,
  ACCESS_METHODS,
  CONTROLLED_GOODS,
  LANGUAGES,
  OPERATING_KINDS,
  PREAPPROVAL_ITEMS,
  SERVICE_CATEGORIES,
  SERVICE_TYPES,
  WEBSITE_LEVELS,
} from '@/lib/model/codes';
import { browser } from 'wxt/browser';
import { sameAsPrincipal } from '@/lib/model/factory';
import type { WebsitePerson } from '@/lib/model/profile';
import { PersonFields } from './PersonFields';
import { ProviderFields } from './ProviderFields';

interface WebsiteSectionProps {
  index: number;
  clientId: string;
  onRemove: () => void;
}

/** One website: 第二步 网站基本信息, the FAQ's extra fields, 第三步 网站负责人, and the outcome. */
export function WebsiteSection({ index, clientId, onRemove }: WebsiteSectionProps) {
  const { control, setValue } = useFormContext();
  const base = `websites.${index}`;
  const name = useWatch({ control, name: `${base}.name` }) as string;
  const domain = useWatch({ control, name: `${base}.domain` }) as string;
  const opinionGuide = useWatch({ control, name: `${base}.people.opinionGuide` }) as WebsitePerson | undefined;
  const filingStatus = useWatch({ control, name: `${base}.filing.status` }) as string | undefined;
  const websiteId = useWatch({ control, name: `${base}.id` }) as string;
  const headingId = `website-${index}-heading`;
  return (
    <section className="card website" aria-labelledby={headingId} data-website={index}>
      <header className="website-header">
        <h2 id={headingId}>
          {i18n.t('section.website')} · {name || domain || index + 1}
        </h2>
        <button type="button" className="danger" onClick={onRemove}>
          {i18n.t('action.removeWebsite')}
        </button>
      </header>
      <TextField name={`${base}.name`} label={i18n.t('field.websiteName')} hint={i18n.t('hint.websiteName')} required />
      <TextField name={`${base}.icpNumber`} label={i18n.t('field.icpNumber')} hint={i18n.t('hint.icpNumber')} />
      <TextField name={`${base}.domain`} label={i18n.t('field.domain')} hint={i18n.t('hint.domain')} required />
      <StringListField name={`${base}.subdomains`} label={i18n.t('field.subdomains')} hint={i18n.t('hint.subdomain')} />
      <StringListField name={`${base}.ips`} label={i18n.t('field.ips')} hint={i18n.t('hint.ip')} />
      <TextField name={`${base}.openedOn`} label={i18n.t('field.openedOn')} type="date" />

      <h3>{i18n.t('section.provider')}</h3>
      <CodeSelect name={`${base}.accessMethod`} label={i18n.t('field.accessMethod')} hint={i18n.t('hint.accessMethod')} options={ACCESS_METHODS} required />
      <ProviderFields
        base={`${base}.accessProvider`}
        scopeLabel={i18n.t('field.accessScope')}
        regionLabel={i18n.t('field.accessRegion')}
        regionHint={i18n.t('hint.accessRegion')}
        nameLabel={i18n.t('field.accessName')}
        nameHint={i18n.t('hint.accessName')}
        contact
      />
      <h3>{i18n.t('section.registrar')}</h3>
      <ProviderFields
        base={`${base}.registrar`}
        scopeLabel={i18n.t('field.registrarScope')}
        regionLabel={i18n.t('field.registrarRegion')}
        regionHint={i18n.t('hint.registrarRegion')}
        nameLabel={i18n.t('field.registrarName')}
        nameHint={i18n.t('hint.registrarName')}
      />

      <h3>{i18n.t('section.services')}</h3>
      <YesNo name={`${base}.interactive`} label={i18n.t('field.interactive')} required />
      <CheckboxGroup name={`${base}.serviceTypes`} label={i18n.t('field.serviceTypes')} options={SERVICE_TYPES} />
      <h3>{i18n.t('section.content')}</h3>
      <CheckboxGroup name={`${base}.controlledGoods`} label={i18n.t('field.controlledGoods')} options={CONTROLLED_GOODS} />
      <CheckboxGroup name={`${base}.preapprovals`} label={i18n.t('field.preapprovals')} options={PREAPPROVAL_ITEMS} />
      <AttachmentListField name={`${base}.qualificationDocs`} label={i18n.t('field.qualificationDocs')} hint={i18n.t('hint.qualificationDocs')} clientId={clientId} />
      <h3>{i18n.t('section.languages')}</h3>
      <CheckboxGroup name={`${base}.languages`} label={i18n.t('field.languages')} options={LANGUAGES} />

      <h3>{i18n.t('section.extra')}</h3>
      <CodeSelect name={`${base}.operating`} label={i18n.t('field.operating')} options={OPERATING_KINDS} allowEmpty />
      <CodeSelect name={`${base}.level`} label={i18n.t('field.level')} options={WEBSITE_LEVELS} allowEmpty />
      <CodeSelect name={`${base}.serviceCategory`} label={i18n.t('field.serviceCategory')} options={SERVICE_CATEGORIES} allowEmpty />
      <TextField name={`${base}.techSupport.name`} label={i18n.t('field.techSupportName')} />
      <TextField name={`${base}.techSupport.phone`} label={i18n.t('field.techSupportPhone')} type="tel" />
      <TextField name={`${base}.serverAddress`} label={i18n.t('field.serverAddress')} />
      <TextField name={`${base}.serverCount`} label={i18n.t('field.serverCount')} type="number" />
      <TextField name={`${base}.serverPoliceCode`} label={i18n.t('field.serverPoliceCode')} hint={i18n.t('hint.serverPoliceCode')} />
      <AttachmentField name={`${base}.topology`} label={i18n.t('field.topology')} clientId={clientId} />
      <AttachmentField name={`${base}.domainCertificate`} label={i18n.t('field.domainCertificate')} clientId={clientId} />

      <h3>{i18n.t('section.people')}</h3>
      <PersonFields base={`${base}.people.security`} role="security" clientId={clientId} />
      <PersonFields base={`${base}.people.liaison`} role="liaison" clientId={clientId} />
      {opinionGuide ? (
        <>
          <PersonFields base={`${base}.people.opinionGuide`} role="opinionGuide" clientId={clientId} />
          <button type="button" onClick={() => setValue(`${base}.people.opinionGuide`, undefined, { shouldDirty: true })}>
            {i18n.t('action.removeOpinionGuide')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setValue(`${base}.people.opinionGuide`, sameAsPrincipal(), { shouldDirty: true })}>
          {i18n.t('action.addOpinionGuide')}
        </button>
      )}

      <h3>{i18n.t('section.filing')}</h3>
      <CodeSelect name={`${base}.filing.status`} label={i18n.t('field.filingStatus')} options={FILING_STATUSES} />
      {filingStatus === 'returned' && <TextField name={`${base}.filing.returnedReason`} label={i18n.t('field.returnedReason')} hint={i18n.t('hint.returnedReason')} />}
      <TextField name={`${base}.filing.recordNumber`} label={i18n.t('field.recordNumber')} />
      <TextField name={`${base}.filing.appliedOn`} label={i18n.t('field.appliedOn')} type="date" />
      <TextField name={`${base}.filing.approvedOn`} label={i18n.t('field.approvedOn')} type="date" />
      <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/filing.html?client=${encodeURIComponent(clientId)}&website=${encodeURIComponent(websiteId)}`) })}>
        {i18n.t('filing.open')}
      </button>
    </section>
  );
}
