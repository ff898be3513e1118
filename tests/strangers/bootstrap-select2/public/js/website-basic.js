/* 新办网站申请 第二步：网站基本信息 */
(function ($, BA) {
  'use strict';
  var $form = $('#applyForm');
  BA.initSelect2($form);
  BA.initDates($form);

  /* 单选“是/否”控制的展开项 */
  function toggleBy(name, target, when) {
    $form.on('change', 'input[name="' + name + '"]', function () {
      var on = $form.find('input[name="' + name + '"]:checked').val() === (when || 'Y');
      $form.find(target).toggleClass('d-none', !on);
      if (!on) $form.find(target).find('input[type=checkbox]').prop('checked', false);
    });
  }
  toggleBy('sfyicp', '.js-icp');
  toggleBy('sfydlym', '.js-subdomain');
  toggleBy('sfgzwp', '.js-gzwp');
  toggleBy('sfqzsp', '.js-qzsp');
  $form.on('change', 'input[name="sfqzsp"]', function () {
    $form.find('.js-zzwj').toggleClass('d-none', this.value !== 'Y' || !this.checked);
  });
  $form.on('change', 'input[name="sfydlym"]', function () {
    var own = this.value === 'Y';
    $('#zym').attr('placeholder', own ? '如：baidu.com（不带 www）' : '无独立域名的，请填写网站访问地址（URL 或 IP）');
    $form.find('.js-domain .col-form-label').html('<span class="req">*</span>' + (own ? '网站主域名：' : '网站访问地址：'));
  });

  /* 服务商：境内/境外 -> 省份或国家 -> 服务商名称（含“其他”） */
  function providerCascade(prefix, type) {
    var $fw = $('#' + prefix + 'Fw'), $qy = $('#' + prefix + 'Qy'), $mc = $('#' + prefix + 'Mc'), $qt = $('#' + prefix + 'Qt');
    $fw.on('select2:select', function (e) {
      var abroad = e.params.data.id === '2';
      BA.resetSelect($mc, '请先选择所属区域');
      $qt.addClass('d-none').val('');
      BA.loadSelect($qy, '/portal/common/ispArea.do?scope=' + e.params.data.id, abroad ? 'country' : 'area', false, abroad ? '请选择国家/地区' : '请选择省份');
    });
    $qy.on('select2:select', function (e) {
      $qt.addClass('d-none').val('');
      BA.loadSelect($mc, '/portal/common/ispList.do?type=' + type + '&scope=' + $fw.val() + '&area=' + encodeURIComponent(e.params.data.id), 'isp', true, '请选择或输入关键字搜索');
    });
    $mc.on('select2:select', function (e) {
      var other = e.params.data.id === BA.OTHER;
      $qt.toggleClass('d-none', !other);
      if (other) $qt.trigger('focus'); else $qt.val('');
    });
  }
  providerCascade('jrs', 'access');
  providerCascade('ymfws', 'domain');

  function go(next) {
    if (next && !BA.validate($form)) return;
    var $btns = $('#btnNext,#btnDraft').prop('disabled', true);
    BA.save($form, '/portal/ucenter/website/saveStep.do?step=2').done(function () {
      if (next) window.location.href = '/portal/ucenter/website/apply.do?step=3';
      else BA.toast('已保存为草稿，可在“已保存草稿”中继续填写');
    }).always(function () { $btns.prop('disabled', false); });
  }
  $('#btnNext').on('click', function () { go(true); });
  $('#btnDraft').on('click', function () { go(false); });

  var R = BA.read;
  BA.expose(function () {
    return [
      ['name', 'name', function () { return R.text('wzmc'); }],
      ['hasIcp', 'hasIcp', function () { return R.yn('sfyicp'); }],
      ['icpNumber', 'icpNumber', function () { return R.text('icpbah'); }],
      ['hasOwnDomain', 'hasOwnDomain', function () { return R.yn('sfydlym'); }],
      ['domain', 'domain', function () { return R.text('zym'); }],
      ['subdomains', 'subdomains', function () { return R.rows('zymc'); }],
      ['ips', 'ips', function () { return R.rows('ipdz'); }],
      ['openedOn', 'openedOn', function () { return R.text('ktrq'); }],
      ['accessMethod', 'accessMethod', function () { return R.code('jrfs', 'accessMethod'); }],
      ['accessProvider', 'jrs.region', function () { return R.provider('jrs'); }],
      ['registrar', 'ymfws.region', function () { return R.provider('ymfws'); }],
      ['interactive', 'interactive', function () { return R.yn('sfjh'); }],
      ['serviceTypes', 'serviceTypes', function () { return R.codes('fwlx', 'serviceType'); }],
      ['hasControlled', 'hasControlled', function () { return R.yn('sfgzwp'); }],
      ['controlledGoods', 'hasControlled', function () { return R.codes('gzwp', 'controlled'); }, '.js-gzwp'],
      ['hasPreapproval', 'hasPreapproval', function () { return R.yn('sfqzsp'); }],
      ['preapprovals', 'hasPreapproval', function () { return R.codes('qzsp', 'preapproval'); }, '.js-qzsp'],
      ['qualificationDocs', 'qualificationDocs', function () { return R.files('zzwj'); }],
      ['languages', 'languages', function () { return R.codes('wzyy', 'language'); }],
      ['operating', 'operating', function () { return R.code('wzxz', 'operating'); }],
      ['level', 'level', function () { return R.code('wzjb', 'level'); }],
      ['serviceCategory', 'serviceCategory', function () { return R.code('fwlb', 'serviceCategory'); }],
      ['techSupport.name', 'techSupport.name', function () { return R.text('jszcMc'); }],
      ['techSupport.phone', 'techSupport.phone', function () { return R.text('jszcDh'); }],
      ['serverAddress', 'serverAddress', function () { return R.text('fwqdz'); }],
      ['serverCount', 'serverCount', function () { return R.text('fwqts'); }],
      ['serverPoliceCode', 'serverPoliceCode', function () { return R.text('fwqWadm'); }],
      ['domainCertificate', 'domainCertificate', function () { return R.files('ymzs'); }],
      ['topology', 'topology', function () { return R.files('tpt'); }],
    ];
  }, null);
})(jQuery, window.BA);
