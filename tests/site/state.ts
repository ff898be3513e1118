import { randomBytes } from 'node:crypto';

/** What the replica remembers: the account's subject and websites, sessions, and every submission. */

export interface StoredFile {
  name: string;
  size: number;
  type: string;
}

export type FieldValue = string | string[] | boolean | Record<string, string> | StoredFile | StoredFile[];

export interface Submission {
  /** Which form: the subject, a website (new, pushed, claimed or changed), or a cancellation. */
  kind: 'subject' | 'website' | 'cancel';
  mode?: 'new' | 'unfiled' | 'claim' | 'change';
  rendering: 'classic' | 'modern';
  /** Values by the replica's semantic keys (forms.ts): what the platform received, readable. */
  fields: Record<string, FieldValue>;
  at: string;
}

export interface ListedWebsite {
  id: string;
  name: string;
  domain: string;
  unitName: string;
  icpNumber: string;
  recordNumber: string;
  noticeTime?: string;
  appliedOn?: string;
  approvedOn?: string;
  category?: string;
  natureLabel?: string;
  principalName?: string;
  /** The filed values, which the change wizard starts from. */
  fields?: Record<string, FieldValue>;
}

export interface Session {
  id: string;
  loggedIn: boolean;
  captcha?: string;
  smsCode?: string;
  /** The classic wizard's values between its steps. */
  draft?: { mode: Submission['mode']; websiteId?: string; fields: Record<string, FieldValue> };
}

export interface ReplicaState {
  subject?: Record<string, FieldValue>;
  subjectStatus?: string;
  unfiled: ListedWebsite[];
  /** Websites the police are reviewing (besides those submitted to the replica since it started). */
  reviewing: ListedWebsite[];
  claimable: ListedWebsite[];
  filed: ListedWebsite[];
  submissions: Submission[];
  sessions: Map<string, Session>;
  lastSms?: string;
  /** Uploads of the modern rendering, by id, until the form that refers to them is submitted. */
  uploads: Map<string, StoredFile & { param: string }>;
}

/** The websites under review: those the replica started with, then each website submitted to it. */
export function reviewingWebsites(state: ReplicaState): ListedWebsite[] {
  const submitted = state.submissions.flatMap((submission, index): ListedWebsite[] =>
    submission.kind === 'website'
      ? [{ id: `s${index}`, name: String(submission.fields['name'] ?? ''), domain: String(submission.fields['domain'] ?? ''), unitName: '', icpNumber: String(submission.fields['icpNumber'] ?? ''), recordNumber: '', appliedOn: submission.at.slice(0, 10) }]
      : [],
  );
  return [...state.reviewing, ...submitted];
}

export function initialState(): ReplicaState {
  return {
    unfiled: [
      { id: 'u1', name: '青梧开发者文档', domain: 'qingwudev.cn', unitName: '杭州青梧数字科技有限公司', icpNumber: '浙ICP备2023012345号-3', recordNumber: '', noticeTime: '2026-11-20 15:59:09' },
      { id: 'u2', name: '', domain: 'qingwu-demo.cn', unitName: '杭州青梧数字科技有限公司', icpNumber: '', recordNumber: '', noticeTime: '2026-11-20 15:59:09' },
    ],
    reviewing: [{ id: 'r1', name: '青梧商城', domain: 'qingwushop.com', unitName: '杭州青梧数字科技有限公司', icpNumber: '浙ICP备2023012345号-2', recordNumber: '', appliedOn: '2026-11-25' }],
    claimable: [{ id: 'c1', name: '测试15', domain: 'ceshi15.cn', unitName: '杭州青梧数字科技有限公司', icpNumber: '京ICP备102013462号', recordNumber: '11010502013462' }],
    filed: [
      {
        id: 'f1',
        name: '网娱在线',
        domain: '5151c.cn',
        unitName: '杭州青梧数字科技有限公司',
        icpNumber: '浙ICP备15000001号-1',
        recordNumber: '33021200002956',
        appliedOn: '2015-03-26',
        approvedOn: '2015-03-26',
        category: '交互式',
        natureLabel: '企业单位',
        principalName: '林晓峰',
        fields: { name: '网娱在线', domain: '5151c.cn', icpNumber: '浙ICP备15000001号-1', subdomains: ['www.5151c.cn'], ips: ['47.96.0.8'] },
      },
      {
        id: 'f2',
        name: '蘑菇街',
        domain: 'mogujie.example.cn',
        unitName: '杭州青梧数字科技有限公司',
        icpNumber: '浙ICP备15000002号-1',
        recordNumber: '11010502013465',
        appliedOn: '2015-03-25',
        approvedOn: '2015-03-26',
        category: '交互式',
        natureLabel: '企业单位',
        principalName: '林晓峰',
        fields: { name: '蘑菇街', domain: 'mogujie.example.cn', icpNumber: '浙ICP备15000002号-1', subdomains: [], ips: [] },
      },
      {
        id: 'f3',
        name: '青梧科技官网',
        domain: 'qingwutech.cn',
        unitName: '杭州青梧数字科技有限公司',
        icpNumber: '浙ICP备2023012345号-1',
        recordNumber: '33010602012345',
        appliedOn: '2024-03-01',
        approvedOn: '2024-03-08',
        category: '非交互式',
        natureLabel: '企业单位',
        principalName: '林晓峰',
        fields: { name: '青梧科技官网', domain: 'qingwutech.cn', icpNumber: '浙ICP备2023012345号-1', subdomains: ['www.qingwutech.cn'], ips: [] },
      },
    ],
    submissions: [],
    sessions: new Map(),
    uploads: new Map(),
  };
}

export function newSession(state: ReplicaState): Session {
  const session: Session = { id: randomBytes(12).toString('hex'), loggedIn: false };
  state.sessions.set(session.id, session);
  return session;
}

export function randomCode(length: number, alphabet = '0123456789'): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}
