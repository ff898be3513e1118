import { describe, expect, it } from 'vitest';
import { profileFromPage } from '@/lib/fill/page-profile';

describe('values read from a page, back in the model’s shape', () => {
  it('turns the platform’s labels back into codes, 是/否 into booleans, and keeps the paths', () => {
    const profile = profileFromPage('website-basic', {
      'website.name': { kind: 'text', text: '青梧商城' },
      'website.accessMethod': { kind: 'choice', options: ['云服务器'] },
      'website.interactive': { kind: 'choice', options: ['是'] },
      'website.serviceTypes': { kind: 'multi-choice', options: [['www服务'], ['网络购物']] },
      'website.serviceCategory': { kind: 'choice', options: ['09 交易类网站'] },
      'website.serverCount': { kind: 'text', text: '4' },
      'website.accessProvider': { kind: 'provider', scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
    });
    expect(profile).toEqual({
      websites: [
        {
          name: '青梧商城',
          accessMethod: 'cloud-server',
          interactive: true,
          serviceTypes: ['www', 'shopping'],
          serviceCategory: '09',
          serverCount: 4,
          accessProvider: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司' },
        },
      ],
    });
  });

  it('reads the subject page into the subject, synonyms included', () => {
    expect(
      profileFromPage('subject', {
        'subject.nature': { kind: 'choice', options: ['企业'] },
        'subject.principal.certType': { kind: 'choice', options: ['身份证'] },
        'subject.principal.residence': { kind: 'region', names: ['浙江省', '杭州市', '西湖区'], codes: ['330000', '330100', '330106'] },
      }),
    ).toEqual({
      subject: {
        nature: 'enterprise',
        principal: {
          certType: 'resident-id',
          residence: { provinceName: '浙江省', cityName: '杭州市', districtName: '西湖区', provinceCode: '330000', cityCode: '330100', districtCode: '330106' },
        },
      },
    });
  });
});
