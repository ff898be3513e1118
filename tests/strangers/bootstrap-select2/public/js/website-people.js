/* 新办网站申请 第三步：网站负责人 */
(function ($, BA) {
  'use strict';
  var $form = $('#applyForm');
  var subject = null;
  BA.initSelect2($form);

  var ready = $.getJSON('/portal/ucenter/subject/current.do').then(function (r) {
    subject = (r && r.data) || null;
    $.each((subject && subject.files) || [], function (_, f) { BA.files[f.fileId] = f.fileName; });
  });

  function fields(p) {
    return { xm: $('#' + p + 'Xm'), zjlx: $('#' + p + 'Zjlx'), zjhm: $('#' + p + 'Zjhm'), sjhm: $('#' + p + 'Sjhm'), dzyx: $('#' + p + 'Dzyx') };
  }

  /* 同主体负责人信息：勾选后带出主体负责人并锁定，取消后清空 */
  $form.on('change', '.js-same', function () {
    var $block = $(this).closest('.person-block'), p = $block.data('prefix'), f = fields(p), on = this.checked;
    var $box = $block.find('.upload-box');
    $block.toggleClass('same', on);
    $block.find('[data-field]').each(function () { BA.clearError($(this)); });
    $box.find('.upload-list').empty();
    $box.find('input[type=file]').val('').prop('disabled', on);
    if (on) {
      if (!subject) { BA.toast('未查询到开办主体信息，请先在“开办主体管理”中填写', 'warning'); this.checked = false; $block.removeClass('same'); $box.find('input[type=file]').prop('disabled', false); return; }
      f.xm.val(subject.fzrxm || '');
      f.zjhm.val(subject.fzrzjhm || '');
      f.sjhm.val(subject.sjhm || '');
      f.dzyx.val(subject.dzyx || '');
      f.zjlx.val(subject.fzrzjlx || '').trigger('change');
      $.each(subject.files || [], function (_, file) {
        BA.addUploaded($box, { fileId: file.fileId, fileName: file.fileName, url: '/portal/common/file.do?id=' + file.fileId, note: '同主体负责人', locked: true });
      });
    } else {
      $.each(f, function (_, $el) { $el.val(''); });
      f.zjlx.trigger('change');
    }
    $.each(f, function (key, $el) { if (key === 'zjlx') $el.prop('disabled', on); else $el.prop('readonly', on); });
  });

  function go(next) {
    if (next && !BA.validate($form)) return;
    var $btns = $('#btnNext,#btnDraft').prop('disabled', true);
    BA.save($form, '/portal/ucenter/website/saveStep.do?step=3').done(function () {
      if (next) window.location.href = '/portal/ucenter/website/apply.do?step=4';
      else BA.toast('已保存为草稿');
    }).always(function () { $btns.prop('disabled', false); });
  }
  $('#btnNext').on('click', function () { go(true); });
  $('#btnDraft').on('click', function () { go(false); });

  var R = BA.read;
  BA.expose(function () {
    var spec = [];
    $form.find('.person-block').each(function () {
      var p = $(this).data('prefix'), k = $(this).data('role');
      spec.push(
        [k + '.sameAsPrincipal', k + '.name', function () { return $('#' + p + 'Tzt').prop('checked'); }],
        [k + '.name', k + '.name', function () { return R.text(p + 'Xm'); }],
        [k + '.certType', k + '.certType', function () { return R.code(p + 'Zjlx', 'personCertType'); }],
        [k + '.certNumber', k + '.certNumber', function () { return R.text(p + 'Zjhm'); }],
        [k + '.cert', k + '.cert', function () { return R.files(p + 'Zj'); }],
        [k + '.mobile', k + '.mobile', function () { return R.text(p + 'Sjhm'); }],
        [k + '.email', k + '.email', function () { return R.text(p + 'Dzyx'); }]
      );
    });
    return spec;
  }, ready);
})(jQuery, window.BA);
