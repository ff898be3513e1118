import { say, textOf } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { checkMainDomain, checkSubdomains } from '../../validators/domain';
import { parseIcp } from '../../validators/icp';
import { checkIpEntry } from '../../validators/ip';
import { perWebsite } from './per-website';

/** Where the site is found on the net: its MIIT filing number, its domains and its IPs. */
export const websiteAddressRules: Record<string, RuleCheck> = {
  'W-ICP-FORMAT': perWebsite((website, base) => {
    const icp = textOf(website.icpNumber);
    if (!icp) return [];
    const result = parseIcp(icp);
    if ('icp' in result) return [];
    return [{
      path: `${base}.icpNumber`,
      message:
        result.problem === 'province'
          ? say('工信部备案号开头应是省份简称（京、沪、粤、浙……）。', 'A MIIT number starts with a province’s short name (京, 沪, 粤, 浙 …).')
          : say('工信部备案号格式应为“省简称ICP备/证 + 数字 + 号”，可带“-序号”，如 京ICP备12345678号-1、京ICP证030173号-1。', 'A MIIT number reads like 京ICP备12345678号-1 or 京ICP证030173号-1.'),
    }];
  }),

  'W-ICP-REGION': perWebsite((website, base, input) => {
    const icp = textOf(website.icpNumber);
    const province = input.knownSubject.principal?.residence?.provinceCode;
    if (!icp || !province) return [];
    const result = parseIcp(icp);
    if (!('icp' in result) || result.icp.provinceCode === province) return [];
    const provinceName = input.knownSubject.principal?.residence?.provinceName || province;
    return [{
      path: `${base}.icpNumber`,
      message: say(`工信部备案号的省份与主体所在地（${provinceName}）不一致：备案号是否属于这个主体？`, `The MIIT number’s province differs from the subject’s (${provinceName}): does the number belong to this subject?`),
    }];
  }),

  'W-DOMAIN': perWebsite((website, base) => {
    const domain = textOf(website.domain);
    if (!domain) return [];
    const problem = checkMainDomain(domain);
    const messages = {
      'scheme-or-path': say('主域名只填域名本身，如 baidu.com：去掉 http://、端口和路径。', 'Give the bare domain, e.g. baidu.com: drop http://, the port and the path.'),
      www: say('主域名不带“www.”：填 baidu.com，把 www.baidu.com 填在子域名里。', 'No “www.” in the main domain: give baidu.com and list www.baidu.com as a subdomain.'),
      'not-registrable': say('这只是一个公共后缀，不是可注册的域名。', 'That is a public suffix, not a registrable domain.'),
      'subdomain-of': say('主域名应是注册的域名本身（如 baidu.com），不是它下面的子域名。', 'The main domain is the registered domain itself (baidu.com), not a host under it.'),
      invalid: say('主域名格式不正确或后缀不存在。', 'The main domain is malformed or its suffix does not exist.'),
    } as const;
    return problem ? [{ path: `${base}.domain`, message: messages[problem] }] : [];
  }),

  'W-SUBDOMAIN': perWebsite((website, base) => {
    const domain = textOf(website.domain);
    const messages = {
      'scheme-or-path': say('子域名只填主机名，如 www.baidu.com：去掉 http:// 和路径。', 'Give the host only, e.g. www.baidu.com: no http:// or path.'),
      invalid: say('子域名格式不正确。', 'The subdomain is malformed.'),
      outside: say(`子域名应在主域名 ${domain} 之下。`, `A subdomain must be under the main domain ${domain}.`),
      'same-as-main': say('子域名与主域名相同，不用重复填写。', 'This is the main domain itself; no need to repeat it.'),
      duplicate: say('子域名重复。', 'Duplicate subdomain.'),
    } as const;
    return checkSubdomains((website.subdomains ?? []).map(textOf), domain).flatMap((problem, index) =>
      problem ? [{ path: `${base}.subdomains.${index}`, message: messages[problem] }] : [],
    );
  }),

  'W-IP': perWebsite((website, base) =>
    (website.ips ?? []).flatMap((entry, index): RuleHit[] => {
      const value = textOf(entry);
      if (!value) return [];
      const problem = checkIpEntry(value);
      const messages = {
        format: say('IP 格式不正确：填如 20.10.0.1 的地址，或 20.10.0.1-20.10.0.9 这样的起止范围。', 'Malformed IP: give an address like 20.10.0.1, or a range 20.10.0.1-20.10.0.9.'),
        'mixed-range': say('IP 范围的起止地址必须同为 IPv4 或同为 IPv6。', 'Both ends of a range must be IPv4, or both IPv6.'),
        'reversed-range': say('IP 范围的起始地址大于结束地址。', 'The range starts after it ends.'),
        'not-public': say(`${value} 是内网、环回或保留地址，公开网站不会用它提供服务：请填公网 IP。`, `${value} is private, loopback or reserved; a public site is not served from it: give the public IP.`),
      } as const;
      return problem ? [{ path: `${base}.ips.${index}`, message: messages[problem] }] : [];
    }),
  ),
};
