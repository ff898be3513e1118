import { isUnitNature } from '../../../model/codes';
import { isBlank, isDemanded, say } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { PRINCIPAL } from './paths';

const REQUIRED_PRINCIPAL_FIELDS: [string, string, string][] = [
  ['residenceDetail', '详细地址', 'detailed address'],
  ['name', '负责人姓名', 'principal’s name'],
  ['certType', '负责人证件类型', 'principal’s document type'],
  ['certNumber', '负责人证件号码', 'principal’s document number'],
  ['officePhone', '办公室电话', 'office phone'],
  ['mobile', '手机号码', 'mobile'],
  ['email', '电子邮件地址', 'e-mail'],
];

const REQUIRED_UNIT_FIELDS: [string, string, string][] = [
  ['unitName', '主办单位名称', 'sponsor name'],
  ['unitCertType', '单位证件类型', 'unit certificate type'],
  ['unitCertNumber', '单位证件号码', 'unit certificate number'],
];

const required = (path: string, zh: string, en: string): RuleHit => ({
  path,
  message: say(`请填写${zh}（必填）。`, `Fill in the ${en} (required).`),
});

export const subjectRequiredRules: Record<string, RuleCheck> = {
  'S-REQUIRED': (input) => {
    const { subject } = input;
    const hits: RuleHit[] = [];
    if (isDemanded(input, subject.nature) && isBlank(subject.nature)) hits.push(required('subject.nature', '主办单位性质', 'sponsor nature'));
    if (input.nature && isUnitNature(input.nature)) {
      for (const [key, zh, en] of REQUIRED_UNIT_FIELDS) {
        const value = subject[key as keyof typeof subject];
        if (isDemanded(input, value) && isBlank(value)) hits.push(required(`subject.${key}`, zh, en));
      }
    }
    const principal = subject.principal ?? {};
    const residence = principal.residence;
    if (isDemanded(input, residence) && (isBlank(residence?.provinceCode) || isBlank(residence?.cityCode) || isBlank(residence?.districtCode))) {
      hits.push(required(`${PRINCIPAL}.residence`, '负责人常住地（省、市、区都要选）', 'principal’s residence (province, city and district)'));
    }
    for (const [key, zh, en] of REQUIRED_PRINCIPAL_FIELDS) {
      const value = principal[key as keyof typeof principal];
      if (isDemanded(input, value) && isBlank(value)) hits.push(required(`${PRINCIPAL}.${key}`, zh, en));
    }
    if (isDemanded(input, principal.certFront) && !principal.certFront) {
      hits.push(required(`${PRINCIPAL}.certFront`, '负责人证件扫描件（正反面）', 'principal’s document scans (front and back)'));
    }
    return hits;
  },
};
