/* 开办主体管理：新增主体（表格式表单） */
(function ($, BA) {
  'use strict';
  var $form = $('#subjectForm');
  var PERSON = '4';

  BA.initSelect2($form);
  BA.initDates($form);

  $('#btnAdd').on('click', function () {
    $('#subjectList').addClass('d-none');
    $form.removeClass('d-none');
    $('#subjectNotes').removeClass('d-none');
  });
  $('#btnCancel').on('click', function () {
    if (!window.confirm('确定放弃本次填写的内容吗？')) return;
    window.location.reload();
  });

  /* 单位性质：个人不填单位证件与主管单位 */
  $('#dwxz').on('select2:select', function (e) {
    var person = e.params.data.id === PERSON;
    $form.find('tr.js-unit').toggleClass('d-none', person);
    $form.find('tr.js-unit').find('input,select').prop('disabled', person);
    $('#dwmc').attr('placeholder', person ? '请填写本人姓名' : '请填写单位证照上的全称');
  });

  /* 常住地 省 -> 市 -> 区 */
  var $sheng = $('#cjdSheng'), $shi = $('#cjdShi'), $xian = $('#cjdXian');
  var ready = BA.loadSelect($sheng, '/portal/common/area.do?pid=000000', 'area', false, '请选择省/直辖市');
  $sheng.on('select2:select', function (e) {
    BA.resetSelect($xian, '请选择区/县');
    BA.loadSelect($shi, '/portal/common/area.do?pid=' + e.params.data.id, 'area', false, '请选择市');
  });
  $shi.on('select2:select', function (e) {
    BA.loadSelect($xian, '/portal/common/area.do?pid=' + e.params.data.id, 'area', false, '请选择区/县');
  });

  /* 证件长期有效 */
  $('#zjyxqCq').on('change', function () {
    var $d = $('#zjyxq');
    if (this.checked) $d.datepicker('clearDates').val('');
    $d.prop('disabled', this.checked);
  });

  /* 获取短信验证码 */
  $('#btnSms').on('click', function () {
    var $b = $(this), mobile = $.trim($('#sjhm').val());
    if (!/^1[3-9]\d{9}$/.test(mobile)) { BA.showError($('#sjhm').closest('[data-field]'), '请先填写正确的手机号码'); return; }
    $b.prop('disabled', true);
    $.post('/portal/common/sendSms.do', { mobile: mobile, type: 'subject' }, null, 'json').done(function (r) {
      BA.toast(r.msg || '验证码已发送');
      var left = 60;
      var timer = setInterval(function () {
        left -= 1;
        $b.text(left + '秒后重新获取');
        if (left <= 0) { clearInterval(timer); $b.prop('disabled', false).text('获取验证码'); }
      }, 1000);
      $b.text(left + '秒后重新获取');
    }).fail(function () { $b.prop('disabled', false); BA.toast('发送失败，请稍后再试', 'danger'); });
  });

  $form.on('submit', function (e) {
    e.preventDefault();
    if (!BA.validate($form)) return;
    var $btn = $('#btnSave').prop('disabled', true).text('保存中…');
    BA.save($form, '/portal/ucenter/subject/save.do').done(function () {
      BA.toast('保存成功，请等待属地公安机关审核');
    }).always(function () { $btn.prop('disabled', false).text('保 存'); });
  });

  var R = BA.read;
  BA.expose(function () {
    if ($form.hasClass('d-none')) return [];
    return [
      ['nature', 'nature', function () { return R.code('dwxz', 'nature'); }],
      ['unitName', 'unitName', function () { return R.text('dwmc'); }],
      ['unitCertType', 'unitCertType', function () { return R.code('dwzjlx', 'unitCertType'); }],
      ['unitCertNumber', 'unitCertNumber', function () { return R.text('dwzjhm'); }],
      ['supervisor', 'supervisor', function () { return R.text('tzzgdw'); }],
      ['principal.residence', 'principal.residence', function () { return R.region('cjdSheng', 'cjdShi', 'cjdXian'); }],
      ['principal.residenceDetail', 'principal.residenceDetail', function () { return R.text('xxdz'); }],
      ['principal.name', 'principal.name', function () { return R.text('fzrxm'); }],
      ['principal.certType', 'principal.certType', function () { return R.code('fzrzjlx', 'personCertType'); }],
      ['principal.certNumber', 'principal.certNumber', function () { return R.text('fzrzjhm'); }],
      ['principal.certExpiry', 'principal.certExpiry', function () { return $('#zjyxqCq').prop('checked') ? '长期' : R.text('zjyxq'); }],
      ['principal.cert', 'principal.cert', function () { return R.files('zjzm', 'zjfm'); }],
      ['principal.officePhone', 'principal.officePhone', function () { return R.text('bgdh'); }],
      ['principal.mobile', 'principal.mobile', function () { return R.text('sjhm'); }],
      ['principal.smsCode', 'principal.smsCode', function () { return R.text('yzm'); }],
      ['principal.email', 'principal.email', function () { return R.text('dzyx'); }],
      ['principal.remark', 'principal.remark', function () { return R.text('bz'); }],
    ];
  }, ready);
})(jQuery, window.BA);
