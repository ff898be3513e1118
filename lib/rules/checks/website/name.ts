import {
  ENTERPRISE_WORDS,
  FIELD_KEYWORDS,
  FORUM_HOST_WORD,
  FORUM_NAME_WORDS,
  NATIONAL_PREFIXES_GUIDE,
  NATIONAL_PREFIXES_PRACTICE,
  PUBLIC_AFFAIRS_WORDS,
} from '../../data/keywords';
import { PRACTICE_NOTE } from '../../catalogue';
import { containsAny, say, textOf } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { perWebsite } from './per-website';

/** What a website may be called (note ①): not a domain, nothing its subject or approvals do not entitle it to. */
export const websiteNameRules: Record<string, RuleCheck> = {
  'W-NAME-NOT-DOMAIN': perWebsite((website, base) => {
    const name = textOf(website.name);
    return /^(https?:\/\/)?([\w-]+\.)+[a-z]{2,}(\/.*)?$/i.test(name) || /^www\./i.test(name)
      ? [{ path: `${base}.name`, message: say('不得以域名作为网站名称：请起一个中文或品牌名称。', 'A domain cannot be the website’s name: give it a proper name.') }]
      : [];
  }),

  'W-NAME-NATURE': perWebsite((website, base, input) => {
    const word = input.nature === 'individual' ? containsAny(textOf(website.name), ENTERPRISE_WORDS) : undefined;
    return word
      ? [{ path: `${base}.name`, message: say(`个人网站的名称不得含“${word}”等企业字样。`, `An individual’s site may not carry enterprise words such as “${word}”.`) }]
      : [];
  }),

  'W-NAME-PUBLIC-AFFAIRS': perWebsite((website, base, input) => {
    if (input.nature === 'government' || !input.nature) return [];
    const word = containsAny(textOf(website.name), PUBLIC_AFFAIRS_WORDS);
    return word
      ? [{ path: `${base}.name`, message: say(`非政府机构的网站不得以“${word}”等公共事务关键字命名。`, `Only government (or government-authorised) subjects may use public-affairs words such as “${word}”.`) }]
      : [];
  }),

  'W-NAME-NATIONAL': perWebsite((website, base, input) => {
    if (input.nature === 'government' || input.nature === 'military' || !input.nature) return [];
    const name = textOf(website.name);
    const guideWord = NATIONAL_PREFIXES_GUIDE.find((prefix) => name.startsWith(prefix));
    if (guideWord) {
      return [{ path: `${base}.name`, message: say(`非国家级单位的网站不得以“${guideWord}”字头命名。`, `A subject that is not national-level may not start the name with “${guideWord}”.`) }];
    }
    const practiceWord = NATIONAL_PREFIXES_PRACTICE.find((prefix) => name.startsWith(prefix));
    return practiceWord
      ? [{
          path: `${base}.name`,
          message: say(`“${practiceWord}”字头同样只有国家级单位可用${PRACTICE_NOTE.zh}。`, `“${practiceWord}” as a prefix is likewise for national-level subjects only${PRACTICE_NOTE.en}.`),
        }]
      : [];
  }),

  'W-NAME-PREAPPROVAL': perWebsite((website, base) => {
    const name = textOf(website.name);
    const ticked = new Set<string>(website.preapprovals ?? []);
    return FIELD_KEYWORDS.flatMap((keyword): RuleHit[] => {
      const word = containsAny(name, keyword.words);
      if (!word || keyword.approvals.some((approval) => ticked.has(approval))) return [];
      return [{
        path: `${base}.name`,
        message: say(
          `名称含“${word}”：没有${keyword.field.zh}的网站不得以该领域关键词命名${word === '新闻' ? '（如“新闻网”）' : ''}。`,
          `The name contains “${word}”: without ${keyword.field.en} approval a site may not be named after that field.`,
        ),
      }];
    });
  }),

  'W-NAME-FORUM': perWebsite((website, base) => {
    const hits: RuleHit[] = [];
    const word = containsAny(textOf(website.name), FORUM_NAME_WORDS);
    if (word) {
      hits.push({
        path: `${base}.name`,
        message: say(`名称含“${word}”即视为论坛：需先到省通信管理局办理电子公告专项备案。`, `“${word}” in the name makes it a forum: it first needs the 电子公告 special filing at the provincial communications administration.`),
      });
    }
    const hosts: [string, string][] = [
      [textOf(website.domain), `${base}.domain`],
      ...(website.subdomains ?? []).map((host, index): [string, string] => [textOf(host), `${base}.subdomains.${index}`]),
    ];
    for (const [host, path] of hosts) {
      // A label holding “bbs” is the host holding it: the word has no dot or hyphen to split on.
      if (host.toLowerCase().includes(FORUM_HOST_WORD)) {
        hits.push({
          path,
          message: say(`含有 bbs 的域名视为论坛：${host} 需到省通信管理局办理电子公告专项备案。`, `A host with “bbs” counts as a forum: ${host} needs the 电子公告 special filing.`),
        });
      }
    }
    return hits;
  }),
};
