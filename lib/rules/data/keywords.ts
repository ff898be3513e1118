import type { PreapprovalItem, SubjectNature } from '../../model/codes';

/**
 * Keyword lists the rules read (guide §第二步 note ①, §步骤4.1 note ③). Data, not code: adding a
 * word is one line here.
 */

/** Words that only a government (or government-authorised) subject may use in a site name. */
export const PUBLIC_AFFAIRS_WORDS = ['人民政府', '政府', '监察', '纪检', '纪委', '公安', '警察', '法院', '检察', '司法', '税务', '海关', '工商局', '人大', '政协'];

/** Name prefixes reserved for national-level subjects: the guide's, then practice. */
export const NATIONAL_PREFIXES_GUIDE = ['中国', '中华', '维权'];
export const NATIONAL_PREFIXES_PRACTICE = ['全国', '国家'];

/** Words that make an individual's site look like an enterprise's (W-NAME-NATURE). */
export const ENTERPRISE_WORDS = ['有限公司', '有限责任', '股份', '公司', '集团', '企业', '厂', '商行', '工作室', '官网', '官方'];

/** A field keyword in the name, and the pre-approval ticks that allow it (W-NAME-PREAPPROVAL). */
export interface FieldKeyword {
  words: readonly string[];
  field: { zh: string; en: string };
  approvals: readonly PreapprovalItem[];
}
export const FIELD_KEYWORDS: readonly FieldKeyword[] = [
  { words: ['新闻'], field: { zh: '新闻（省委宣传部前置审批）', en: 'news (provincial publicity department)' }, approvals: ['news'] },
  { words: ['出版'], field: { zh: '出版（省出版局前置审批）', en: 'publishing (provincial press bureau)' }, approvals: ['publishing'] },
  { words: ['教育', '培训', '学校', '网校'], field: { zh: '教育（省教育厅前置审批）', en: 'education (provincial education department)' }, approvals: ['education'] },
  { words: ['卫生', '医疗', '医院', '健康', '保健'], field: { zh: '卫生（省卫生厅前置审批）', en: 'health (provincial health department)' }, approvals: ['sports-health', 'medical-devices', 'other'] },
  { words: ['药'], field: { zh: '药监（省食品药品监督管理局前置审批）', en: 'drugs (provincial drug administration)' }, approvals: ['medical-devices', 'other'] },
  { words: ['文化'], field: { zh: '文化（省文化厅前置审批）', en: 'culture (provincial culture department)' }, approvals: ['other'] },
  { words: ['广电', '广播', '电视'], field: { zh: '广电（省广电厅前置审批）', en: 'broadcasting (provincial radio and TV bureau)' }, approvals: ['other'] },
];

/** A word in the subject's name, the nature it implies, and how strong the signal is (S-NATURE-MATCH). */
export interface NatureKeyword {
  words: readonly string[];
  natures: readonly SubjectNature[];
  strong: boolean;
}
export const NATURE_KEYWORDS: readonly NatureKeyword[] = [
  { words: ['有限公司', '有限责任公司', '股份有限', '公司', '集团', '厂', '商行', '店', '合作社', '个体工商户', '事务所', '工作室'], natures: ['enterprise'], strong: true },
  { words: ['人民政府', '委员会', '办公室', '局', '厅', '政府'], natures: ['government'], strong: true },
  { words: ['大学', '学院'], natures: ['university', 'institution'], strong: true },
  { words: ['部队', '军区', '武警'], natures: ['military'], strong: true },
  { words: ['协会', '学会', '基金会', '商会', '联合会', '促进会', '研究会'], natures: ['social-group'], strong: true },
  { words: ['学校', '中学', '小学', '幼儿园', '医院', '研究所', '研究院', '图书馆', '博物馆', '中心', '站'], natures: ['institution', 'university', 'government'], strong: false },
];

/** 电子公告: "论坛" in the name or "bbs" in a host means a forum (W-NAME-FORUM). */
export const FORUM_NAME_WORDS = ['论坛', '社区论坛', 'BBS', 'bbs'];
export const FORUM_HOST_WORD = 'bbs';
