import { isUnitNature } from '../../model/codes';
import { say, textOf, websitesOf } from '../helpers';
import type { RuleCheck, RuleHit } from '../types';
import { checkRecordNumber } from '../validators/record-number';

/** The flow and after-care rules: what happens next, said on the page where it matters. */
export const flowRules: Record<string, RuleCheck> = {
  'F-AGREEMENT': (input) =>
    input.context.page === 'agreement'
      ? [{ path: 'agreement', message: say('请本人阅读《信息网站安全责任书》（10 秒后可勾选），自己勾选“已阅读”并点击提交：备案助手不会替你勾选或提交。', 'Read the responsibility statement yourself (it can be ticked after 10 s), tick it and submit: the helper never ticks or submits for you.') }]
      : [],

  'F-REVIEW-TIME': (input) =>
    input.context.page === 'agreement'
      ? [{ path: 'agreement', message: say('提交后公安民警在 3–5 个工作日内处理；不通过会收到短信说明原因，修改后可重新提交。', 'The police handle the application in 3–5 working days; a rejection comes by SMS with the reason, and you can resubmit after fixing it.') }]
      : [],

  'F-CLAIM-DEADLINE': (input) =>
    input.context.page === 'unfiled' || input.context.page === 'claim'
      ? [{ path: 'websites', message: say('系统推送或待认领的网站须在通知规定的期限内完成备案，逾期可能被关停。', 'A pushed or claimable site must be filed before the notice’s deadline, or it may be shut down.') }]
      : [],

  'F-CANCEL-CLOSED': (input) =>
    input.context.page === 'cancel'
      ? [{ path: 'websites', message: say('注销前请先关闭网站：网站仍可访问时无法完成注销。', 'Close the site first: cancellation fails while the site is still reachable.') }]
      : [],

  'F-RECORD-NO': (input) =>
    websitesOf(input).flatMap(([website, base]): RuleHit[] => {
      const number = textOf(website.filing?.recordNumber);
      if (!number) return [];
      const problem = checkRecordNumber(number);
      return problem
        ? [{ path: `${base}.filing.recordNumber`, message: say('公安备案号为 14 位数字，前 6 位是备案公安机关的行政区划代码（如 11010502000001）。', 'A record number is 14 digits, the first six the filing police office’s area code (e.g. 11010502000001).') }]
        : [];
    }),

  'F-FOOTER': (input) =>
    websitesOf(input).flatMap(([website, base]): RuleHit[] => {
      const number = textOf(website.filing?.recordNumber);
      if (!number || checkRecordNumber(number)) return [];
      return [{
        path: `${base}.filing.recordNumber`,
        message: say(`请把公安备案号 ${number} 连同备案图标和链接放在网站首页底部（“已备案网站”中点击“点击复制备案号”获取代码）。`, `Put record number ${number} with the official badge and link at the bottom of the home page (copy the snippet from 已备案网站).`),
      }];
    }),

  'F-OFFICE-ADDRESS': (input) => {
    const address = textOf(input.subject.unitAddress);
    const residence = input.subject.principal?.residence;
    if (!address || !input.nature || !isUnitNature(input.nature) || !residence?.cityName) return [];
    const city = residence.cityName.replace(/市$/, '');
    if (address.includes(city)) return [];
    return [{
      path: 'subject.unitAddress',
      message: say(`单位地址不在所选的${residence.cityName}：营业执照地址与实际办公地址不一致时，按实际办公地址向当地公安机关备案。`, `The unit address is not in ${residence.cityName}: when the licence address and the office differ, file with the police where the office really is.`),
    }];
  },
};
