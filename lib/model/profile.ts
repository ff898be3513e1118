import * as z from 'zod';
import {
  ACCESS_METHODS,
  CONTROLLED_GOODS,
  LANGUAGES,
  OPERATING_KINDS,
  PERSON_CERT_TYPES,
  PREAPPROVAL_ITEMS,
  PROVIDER_SCOPES,
  SERVICE_CATEGORIES,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  UNIT_CERT_TYPES,
  WEBSITE_LEVELS,
  codesOf,
  FILING_STATUSES,
  isUnitNature,
} from './codes';

/**
 * The profile model: one source of truth for what a client is. Shape only: a value has the
 * right type, required fields are present, e-mails look like e-mails. Whether a value would
 * get the filing sent back is the rule engine's job (lib/rules).
 *
 * Issue messages are keys of the `validation` block in lib/i18n/locales, so every UI can
 * translate them.
 */
export const SHAPE_MESSAGES = {
  required: 'required',
  email: 'email',
  date: 'date',
  choice: 'choice',
  integer: 'integer',
  tooLong: 'tooLong',
  tooMany: 'tooMany',
} as const;
export type ShapeMessage = (typeof SHAPE_MESSAGES)[keyof typeof SHAPE_MESSAGES];

/**
 * The longest value each kind of field holds. Generous for any real filing, tight enough that
 * nothing pasted by mistake (a whole document in a name) is stored, checked on every keystroke
 * or sent to a page. Limit messages carry their bound: `tooLong:100`.
 */
export const MAX_LENGTH = {
  code: 32,
  personName: 50,
  name: 100,
  certNumber: 40,
  phone: 32,
  email: 254,
  address: 200,
  host: 253,
  ipRow: 100,
  remark: 500,
  notes: 2000,
  tag: 30,
  fileName: 255,
  id: 64,
} as const;

export const MAX_ITEMS = {
  hosts: 100,
  ipRows: 100,
  documents: 20,
  websites: 50,
  tags: 20,
  reviewMaterials: 20,
} as const;

function text(max: number) {
  return z.string().trim().max(max, { error: `${SHAPE_MESSAGES.tooLong}:${max}` });
}
function requiredText(max: number) {
  return text(max).min(1, { error: SHAPE_MESSAGES.required });
}
function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, { error: `${SHAPE_MESSAGES.tooMany}:${max}` });
}
const email = z.union([z.literal(''), z.email({ error: SHAPE_MESSAGES.email }).max(MAX_LENGTH.email, { error: `${SHAPE_MESSAGES.tooLong}:${MAX_LENGTH.email}` })]);
const isoDate = z.union([
  z.literal(''),
  z.iso.date({ error: SHAPE_MESSAGES.date }),
]);

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: SHAPE_MESSAGES.choice });
}
function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.literal(''), z.enum(values)], { error: SHAPE_MESSAGES.choice });
}

export const SubjectNatureSchema = choice(codesOf(SUBJECT_NATURES));
export const PersonCertTypeSchema = choice(codesOf(PERSON_CERT_TYPES));
export const UnitCertTypeSchema = choice(codesOf(UNIT_CERT_TYPES));

/** A stored file (certificate scan, topology image…): metadata here, bytes in the attachments table. */
export const AttachmentRefSchema = z.object({
  id: z.string().min(1).max(MAX_LENGTH.id),
  name: z.string().max(MAX_LENGTH.fileName),
  type: z.string().max(MAX_LENGTH.code),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

/** 负责人常住地: province / city / district as GB/T 2260 codes and names. */
export const RegionSchema = z.object({
  provinceCode: text(MAX_LENGTH.code),
  provinceName: text(MAX_LENGTH.name),
  cityCode: text(MAX_LENGTH.code),
  cityName: text(MAX_LENGTH.name),
  districtCode: text(MAX_LENGTH.code),
  districtName: text(MAX_LENGTH.name),
});
export type Region = z.infer<typeof RegionSchema>;

function requireRegion(region: Region, ctx: z.RefinementCtx, path: (string | number)[]) {
  for (const key of ['provinceCode', 'cityCode', 'districtCode'] as const) {
    if (!region[key]) ctx.addIssue({ code: 'custom', message: SHAPE_MESSAGES.required, path: [...path, key] });
  }
}

/** 负责人信息 of the subject. */
export const PrincipalSchema = z
  .object({
    residence: RegionSchema,
    residenceDetail: requiredText(MAX_LENGTH.address),
    name: requiredText(MAX_LENGTH.personName),
    certType: PersonCertTypeSchema,
    certNumber: requiredText(MAX_LENGTH.certNumber),
    certExpiry: z.union([isoDate, z.literal('长期')]),
    certFront: AttachmentRefSchema.optional(),
    certBack: AttachmentRefSchema.optional(),
    certHandheld: AttachmentRefSchema.optional(),
    officePhone: requiredText(MAX_LENGTH.phone),
    mobile: requiredText(MAX_LENGTH.phone),
    email: email.refine((value) => value !== '', { error: SHAPE_MESSAGES.required }),
    remark: text(MAX_LENGTH.remark),
  })
  // A missing scan is the rules' finding (S-REQUIRED), not a shape error: a client may be stored before its scans are at hand (a spreadsheet import carries none).
  .superRefine((principal, ctx) => requireRegion(principal.residence, ctx, ['residence']));
export type Principal = z.infer<typeof PrincipalSchema>;

/** 网站开办主体. Unit fields are required only when the nature is a unit. */
export const SubjectSchema = z
  .object({
    nature: SubjectNatureSchema,
    unitName: text(MAX_LENGTH.name),
    unitCertType: optionalChoice(codesOf(UNIT_CERT_TYPES)),
    unitCertNumber: text(MAX_LENGTH.certNumber),
    supervisor: text(MAX_LENGTH.name),
    unitAddress: text(MAX_LENGTH.address),
    principal: PrincipalSchema,
  })
  .superRefine((subject, ctx) => {
    if (!isUnitNature(subject.nature)) return;
    for (const key of ['unitName', 'unitCertType', 'unitCertNumber'] as const) {
      if (!subject[key]) ctx.addIssue({ code: 'custom', message: SHAPE_MESSAGES.required, path: [key] });
    }
  });
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * 网站安全负责人 / 网站信息联络人 / 舆情引导员: either "同主体负责人信息" or a person of their own.
 */
export const WebsitePersonSchema = z
  .object({
    sameAsPrincipal: z.boolean(),
    name: text(MAX_LENGTH.personName),
    certType: optionalChoice(codesOf(PERSON_CERT_TYPES)),
    certNumber: text(MAX_LENGTH.certNumber),
    certScan: AttachmentRefSchema.optional(),
    mobile: text(MAX_LENGTH.phone),
    email,
  })
  .superRefine((person, ctx) => {
    if (person.sameAsPrincipal) return;
    for (const key of ['name', 'certType', 'certNumber', 'mobile', 'email'] as const) {
      if (!person[key]) ctx.addIssue({ code: 'custom', message: SHAPE_MESSAGES.required, path: [key] });
    }
  });
export type WebsitePerson = z.infer<typeof WebsitePersonSchema>;

/** 接入商 / 域名服务商: 境内 or 境外, then the region, then the provider's name. */
export const RegistrarSchema = z.object({
  scope: choice(codesOf(PROVIDER_SCOPES)),
  region: requiredText(MAX_LENGTH.name),
  name: requiredText(MAX_LENGTH.name),
});
export type Registrar = z.infer<typeof RegistrarSchema>;

export const AccessProviderSchema = RegistrarSchema.extend({
  phone: text(MAX_LENGTH.phone),
  code: text(MAX_LENGTH.code),
});
export type AccessProvider = z.infer<typeof AccessProviderSchema>;

/** 公安备案: where the filing stands, and its outcome once known. A client saved before statuses were kept reads as 草稿 (a backup of then too). */
export const FilingOutcomeSchema = z.object({
  status: choice(codesOf(FILING_STATUSES)).default('draft'),
  /** Why it was sent back (the SMS's words), when it was. */
  returnedReason: text(MAX_LENGTH.remark).default(''),
  recordNumber: text(MAX_LENGTH.code),
  appliedOn: isoDate,
  approvedOn: isoDate,
  /** An agent (a filing service, the hosting provider) files for the subject: the 面审 wants a power of attorney and the agent's ID. */
  byAgent: z.boolean().default(false),
  /** The 面审 materials already gathered, by their ids in REVIEW_MATERIALS. */
  reviewTicks: list(requiredText(MAX_LENGTH.code), MAX_ITEMS.reviewMaterials).default([]),
});
export type FilingOutcome = z.infer<typeof FilingOutcomeSchema>;

export const WebsiteSchema = z.object({
  id: z.string().min(1).max(MAX_LENGTH.id),
  name: requiredText(MAX_LENGTH.name),
  icpNumber: text(MAX_LENGTH.code),
  domain: requiredText(MAX_LENGTH.host),
  subdomains: list(requiredText(MAX_LENGTH.host), MAX_ITEMS.hosts),
  ips: list(requiredText(MAX_LENGTH.ipRow), MAX_ITEMS.ipRows),
  openedOn: isoDate,
  accessMethod: choice(codesOf(ACCESS_METHODS)),
  accessProvider: AccessProviderSchema,
  registrar: RegistrarSchema,
  interactive: z.boolean(),
  serviceTypes: z.array(choice(codesOf(SERVICE_TYPES))),
  controlledGoods: z.array(choice(codesOf(CONTROLLED_GOODS))),
  preapprovals: z.array(choice(codesOf(PREAPPROVAL_ITEMS))),
  qualificationDocs: list(AttachmentRefSchema, MAX_ITEMS.documents),
  languages: z.array(choice(codesOf(LANGUAGES))),
  domainCertificate: AttachmentRefSchema.optional(),
  operating: optionalChoice(codesOf(OPERATING_KINDS)),
  level: optionalChoice(codesOf(WEBSITE_LEVELS)),
  serviceCategory: optionalChoice(codesOf(SERVICE_CATEGORIES)),
  techSupport: z.object({ name: text(MAX_LENGTH.name), phone: text(MAX_LENGTH.phone) }),
  serverAddress: text(MAX_LENGTH.address),
  serverCount: z.union([z.literal(''), z.number({ error: SHAPE_MESSAGES.integer }).int({ error: SHAPE_MESSAGES.integer }).nonnegative({ error: SHAPE_MESSAGES.integer })]),
  serverPoliceCode: text(MAX_LENGTH.code),
  topology: AttachmentRefSchema.optional(),
  people: z.object({
    security: WebsitePersonSchema,
    liaison: WebsitePersonSchema,
    opinionGuide: WebsitePersonSchema.optional(),
  }),
  filing: FilingOutcomeSchema,
});
export type Website = z.infer<typeof WebsiteSchema>;

/** A client of the profile book: one subject with its websites, plus the agency's own metadata. */
export const ClientSchema = z.object({
  id: z.string().min(1).max(MAX_LENGTH.id),
  displayName: requiredText(MAX_LENGTH.name),
  tags: list(requiredText(MAX_LENGTH.tag), MAX_ITEMS.tags),
  notes: text(MAX_LENGTH.notes),
  subject: SubjectSchema,
  websites: list(WebsiteSchema, MAX_ITEMS.websites),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Client = z.infer<typeof ClientSchema>;
