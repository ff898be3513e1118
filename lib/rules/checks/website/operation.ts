import { say, textOf } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { checkMobile, parseLandline } from '../../validators/phone';
import { checkPoliceUnitCode } from '../../validators/record-number';
import { perWebsite } from './per-website';

/** How the site is run: paid or free, who supports it, and where its servers stand. */
export const websiteOperationRules: Record<string, RuleCheck> = {
  'W-OPERATING': perWebsite((website, base) => {
    if (website.operating === undefined) return [];
    const path = `${base}.operating`;
    if (website.operating === 'operating') {
      const icp = textOf(website.icpNumber);
      return [{
        path,
        message: say(
          `经营性网站（有偿提供信息或网页制作等服务）实行许可制度${icp && !icp.includes('ICP证') ? '：备案号不是“ICP证”，经营许可证是否已取得？' : '。'}`,
          `An operating site (paid services) needs the ICP operating licence${icp && !icp.includes('ICP证') ? ': the number is not an ICP证 — is the licence in hand?' : '.'}`,
        ),
      }];
    }
    if (website.operating === '') {
      return [{ path, message: say('网站性质：有偿服务（网店、线上交易）为经营性，免费公开信息（个人网站、企业宣传）为非经营性。', 'Paid services (shops, online trading) are 经营性; free public information (personal or company sites) is 非经营性.') }];
    }
    return [];
  }),

  'W-TECH-SUPPORT': perWebsite((website, base) => {
    const support = website.techSupport;
    if (!support) return [];
    const hits: RuleHit[] = [];
    if (support.name !== undefined && !support.name.trim()) {
      hits.push({ path: `${base}.techSupport.name`, message: say('技术支持服务商：第三方做的填第三方公司名称，自己做的填本单位（或本人）名称。', 'Technical support: the third party’s name, or your own if you do it yourself.') });
    }
    const phone = support.phone?.trim();
    if (support.phone !== undefined && !phone) {
      hits.push({ path: `${base}.techSupport.phone`, message: say('技术支持服务商电话：第三方的电话，或本单位（本人）的联系电话。', 'Technical support phone: the third party’s, or your own.') });
    } else if (phone && !('landline' in parseLandline(phone)) && checkMobile(phone) !== undefined) {
      hits.push({ path: `${base}.techSupport.phone`, message: say('技术支持服务商电话应为“区号-号码”的固定电话或 11 位手机号。', 'Give a landline “area code-number” or an 11-digit mobile.') });
    }
    return hits;
  }),

  'W-SERVER': perWebsite((website, base) => {
    const hits: RuleHit[] = [];
    if (website.serverAddress !== undefined && !website.serverAddress.trim()) {
      hits.push({ path: `${base}.serverAddress`, message: say('请填写服务器存放的物理地址（机房或云服务商的地址）。', 'Give the servers’ physical address (the data centre or cloud provider’s).') });
    }
    if (website.serverCount !== undefined && (website.serverCount === '' || website.serverCount === 0)) {
      hits.push({ path: `${base}.serverCount`, message: say('请填写服务器台数（按实际购买或托管的台数）。', 'Give the number of servers actually rented or hosted.') });
    }
    const code = textOf(website.serverPoliceCode);
    if (code && checkPoliceUnitCode(code)) {
      hits.push({ path: `${base}.serverPoliceCode`, message: say('服务器所在地网安部门代码为 12 位数字、以地区代码开头（北京：110000000000）。', 'The server-location police code is 12 digits starting with the area code (Beijing: 110000000000).') });
    }
    return hits;
  }),
};
