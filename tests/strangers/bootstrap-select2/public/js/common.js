/* 个人中心公共脚本：select2 / 日期 / 上传 / 动态行 / 校验 / 状态读取 */
(function ($, window) {
  'use strict';
  var BA = (window.BA = window.BA || {});
  var DICT = window.BA_DICT || {};

  BA.names = {}; // 'area:330000' -> '浙江省'，'isp:330000A001' -> '阿里云计算有限公司'
  BA.files = {}; // fileId -> 文件名（以上传接口返回为准）
  BA.OTHER = '-1';

  $.fn.select2.defaults.set('language', 'zh-CN');
  $.fn.select2.defaults.set('width', '100%');

  /** 代码 -> 标准名称 */
  BA.std = function (dict, code) {
    var list = DICT[dict] || [];
    for (var i = 0; i < list.length; i++) if (list[i].v === code) return list[i].s || list[i].t;
    return '';
  };

  BA.initSelect2 = function ($scope) {
    $scope.find('select.js-s2').each(function () {
      var $s = $(this);
      $s.select2({ placeholder: $s.data('placeholder') || '请选择', allowClear: false });
      $s.on('select2:select', function () { BA.clearError($s.closest('[data-field]')); });
    });
  };

  /** 清空一个下拉框（级联的下级），置为不可用 */
  BA.resetSelect = function ($s, placeholder) {
    $s.empty().append(new Option('', '')).val('').prop('disabled', true);
    if (placeholder) $s.data('placeholder', placeholder);
    $s.select2({ placeholder: $s.data('placeholder') || '请选择' });
  };

  /** 从接口载入下拉选项；kind 决定缓存前缀；withOther 追加“其他” */
  BA.loadSelect = function ($s, url, kind, withOther, placeholder) {
    BA.resetSelect($s, '加载中…');
    return $.getJSON(url).then(function (r) {
      var list = (r && r.data) || [];
      $.each(list, function (_, item) {
        BA.names[kind + ':' + item.code] = item.name;
        $s.append(new Option(item.name, item.code));
      });
      if (withOther) $s.append(new Option('其他（列表中没有，手工填写）', BA.OTHER));
      $s.prop('disabled', false).data('placeholder', placeholder || '请选择');
      $s.select2({ placeholder: placeholder || '请选择' });
      return list;
    });
  };

  BA.initDates = function ($scope) {
    $scope.find('.js-date').datepicker({ language: 'zh-CN', format: 'yyyy-mm-dd', autoclose: true, todayHighlight: true, clearBtn: true })
      .on('changeDate clearDate', function () { BA.clearError($(this).closest('[data-field]')); });
    $scope.find('.date-group .input-group-text').css('cursor', 'pointer').on('click', function () {
      var $i = $(this).siblings('.js-date');
      if (!$i.prop('disabled')) $i.datepicker('show');
    });
  };

  function sizeText(n) { return n >= 1024 * 1024 ? (n / 1048576).toFixed(1) + 'MB' : Math.max(1, Math.round(n / 1024)) + 'KB'; }

  /** 一条已上传文件（缩略图 + 文件名 + 删除 + 隐藏域） */
  BA.addUploaded = function ($box, data) {
    var isImg = /\.(png|jpe?g|bmp|gif)$/i.test(data.fileName);
    var $item = $('<div class="upload-item"></div>').attr('data-id', data.fileId);
    $item.append(isImg ? $('<img alt="预览">').attr('src', data.url) : $('<span class="badge text-bg-secondary">PDF</span>'));
    $item.append($('<span class="meta"></span>').append($('<a target="_blank"></a>').attr('href', data.url).text(data.fileName)).append(data.size ? ' <span class="text-muted">(' + sizeText(data.size) + ')</span>' : ''));
    $item.append('<span class="badge text-bg-success fw-normal">' + (data.note || '已上传') + '</span>');
    if (!data.locked) $item.append('<a href="#" class="text-danger js-file-del">删除</a>');
    $item.append($('<input type="hidden">').attr('name', $box.data('name')).val(data.fileId));
    $box.find('.upload-list').append($item);
  };

  $(document).on('change', '.upload-box input[type=file]', function () {
    var input = this, $box = $(input).closest('.upload-box');
    var max = Number($box.data('max-kb')), multiple = !!$box.data('multiple');
    var picked = Array.prototype.slice.call(input.files || []);
    if (!picked.length) return;
    for (var i = 0; i < picked.length; i++) {
      if (picked[i].size > max * 1024) {
        BA.showError($box.closest('[data-field]'), '文件“' + picked[i].name + '”超过' + (max >= 1024 ? max / 1024 + 'MB' : max + 'KB') + '，请压缩后重新上传', $box);
        input.value = '';
        return;
      }
    }
    BA.clearError($box.closest('[data-field]'));
    if (!multiple) $box.find('.upload-list').empty();
    $box.addClass('uploading');
    var jobs = $.map(picked, function (file) {
      var fd = new FormData();
      fd.append('bizType', $box.data('name'));
      fd.append('file', file, file.name);
      return $.ajax({ url: '/portal/common/upload.do', type: 'POST', data: fd, processData: false, contentType: false, dataType: 'json' }).then(function (r) {
        if (!r || r.code !== 0) { BA.toast((r && r.msg) || '上传失败', 'danger'); return; }
        BA.files[r.data.fileId] = r.data.fileName;
        BA.addUploaded($box, r.data);
      });
    });
    $.when.apply($, jobs).always(function () {
      $box.removeClass('uploading');
      if (multiple) input.value = '';
    });
  });

  $(document).on('click', '.js-file-del', function (e) {
    e.preventDefault();
    var $box = $(this).closest('.upload-box');
    $(this).closest('.upload-item').remove();
    if (!$box.data('multiple')) $box.find('input[type=file]').val('');
  });

  /* 子域名 / IP 动态行 */
  $(document).on('click', '.js-row-add', function () {
    var $rows = $(this).closest('.js-rows');
    if ($rows.find('.row-item').length >= Number($rows.data('max') || 10)) { BA.toast('最多可添加' + $rows.data('max') + '条', 'warning'); return; }
    var $row = $('<div class="input-group mb-2 row-item"><input type="text" class="form-control" autocomplete="off"><button type="button" class="btn btn-outline-danger js-row-del">删除</button></div>');
    $row.find('input').attr({ name: $rows.data('name'), placeholder: $rows.data('placeholder') });
    $rows.append($row);
    $row.find('input').trigger('focus');
  });
  $(document).on('click', '.js-row-del', function () { $(this).closest('.row-item').remove(); });

  /* 校验 */
  BA.showError = function ($field, msg, $target) {
    var $fb = $field.find('.invalid-feedback').last();
    $fb.text(msg).addClass('d-block');
    ($target || $field.find('input:not([type=hidden]):not([type=file]),textarea').first()).addClass('is-invalid');
  };
  BA.clearError = function ($field) {
    $field.find('.invalid-feedback').removeClass('d-block').text('');
    $field.find('.is-invalid').removeClass('is-invalid');
  };
  $(document).on('input change', '[data-field] input, [data-field] textarea', function () { BA.clearError($(this).closest('[data-field]')); });

  function caption($field) {
    var text = $field.is('td') ? $field.prev('th').text() : $field.find('.col-form-label').first().text();
    return $.trim(text.replace(/[*：:]/g, ''));
  }
  var RULES = [
    [/(^|[a-z])(sjhm|Sjhm)$/, /^1[3-9]\d{9}$/, '请填写11位手机号码'],
    [/(dzyx|Dzyx)$/, /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, '电子邮箱格式不正确'],
    [/^bgdh$/, /^(0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?$/, '格式为区号-号码，如 010-12345625'],
    [/^zym$/, /^([a-z0-9-]+\.)+[a-z]{2,}$/i, '主域名格式不正确，如 baidu.com'],
  ];

  /** 逐项检查可见的必填项；返回第一个出错的字段 */
  BA.validate = function ($form) {
    var first = null;
    $form.find('[data-field]').each(function () {
      var $f = $(this);
      if ($f.closest('.d-none, .same').length) return;
      BA.clearError($f);
      var name = caption($f), msg = '';
      var required = !!$f.data('required');
      var $selects = $f.find('select.js-s2').filter(function () { return !$(this).closest('.d-none').length; });
      var $texts = $f.find('input[type=text],input[type=number],textarea').filter(function () { return !$(this).closest('.d-none').length && !$(this).prop('disabled'); });
      if (required) {
        if ($f.find('.upload-box').length) {
          $f.find('.upload-box').each(function () { if (!$(this).find('input[type=hidden]').length) { msg = '请上传' + name; $(this).addClass('is-invalid'); } });
        } else if ($f.find('input[type=radio]').length && !$f.find('input[type=radio]:checked').length) msg = '请选择' + name;
        else if ($f.find('.check-grid input[type=checkbox]').length && !$f.find('.check-grid:not(.d-none) input[type=checkbox]:checked').length && $f.find('.check-grid:not(.d-none)').length) msg = '请至少勾选一项' + name;
        else if ($selects.filter(function () { return !$(this).val(); }).length) msg = '请选择' + name;
        else if ($f.find('.js-rows').length) { if (!$.trim($f.find('.js-rows input').first().val())) msg = '请填写' + name; }
        else if ($texts.length && !$.trim($texts.first().val()) && !$f.find('input[type=checkbox]:checked').length) msg = '请填写' + name;
      }
      if (!msg) $texts.each(function () {
        var v = $.trim($(this).val()), n = this.name;
        for (var i = 0; i < RULES.length && v; i++) if (RULES[i][0].test(n) && !RULES[i][1].test(v)) msg = RULES[i][2];
      });
      if (msg) {
        BA.showError($f, msg);
        $selects.each(function () { if (!$(this).val()) $(this).next('.select2').addClass('is-invalid'); });
        if (!first) first = $f;
      }
    });
    if (first) {
      $('html,body').animate({ scrollTop: Math.max(0, first.offset().top - 120) }, 200);
      BA.toast('请按提示完善表单中标红的内容', 'danger');
    }
    return !first;
  };

  BA.toast = function (msg, type) {
    var $t = $('<div class="alert alert-' + (type || 'success') + ' shadow-sm position-fixed top-0 start-50 translate-middle-x mt-3" style="z-index:2000;min-width:280px"></div>').text(msg);
    $('body').append($t);
    setTimeout(function () { $t.fadeOut(300, function () { $t.remove(); }); }, 2200);
  };

  /* ---------- 状态读取（表单值 -> FIELDS 标准写法） ---------- */
  function $n(name) { return $('[name="' + name + '"]'); }
  BA.read = {
    text: function (name) { return String($n(name).first().val() || ''); },
    code: function (name, dict) { return BA.std(dict, String($n(name).first().val() || '')); },
    codes: function (name, dict) { return $n(name).filter(':checked').map(function () { return BA.std(dict, this.value); }).get(); },
    yn: function (name) { return BA.std('yn', String($n(name).filter(':checked').val() || '')); },
    rows: function (name) { return $n(name).map(function () { return $.trim(this.value); }).get().filter(Boolean); },
    files: function () {
      var out = [];
      $.each(arguments, function (_, name) {
        $('input[type=hidden][name="' + name + '"]').each(function () { if (BA.files[this.value]) out.push(BA.files[this.value]); });
      });
      return out;
    },
    region: function () {
      var out = [];
      $.each(arguments, function (_, name) { var v = $n(name).val(); if (v && BA.names['area:' + v]) out.push(BA.names['area:' + v]); });
      return out;
    },
    provider: function (prefix) {
      var scope = String($n(prefix + 'Fw').val() || ''), area = String($n(prefix + 'Qy').val() || ''), isp = String($n(prefix + 'Mc').val() || '');
      var region = BA.names[(scope === '2' ? 'country:' : 'area:') + area] || '';
      var name = isp === BA.OTHER ? $.trim($n(prefix + 'Qt').val() || '') : BA.names['isp:' + isp] || '';
      return { scope: BA.std('scope', scope), region: region, name: name };
    },
  };

  /** 暴露给测试的状态读取器：spec = [[key, fieldKey, fn, part?], …]；fieldKey 所在行（或其中的 part）隐藏时该项不出现 */
  BA.expose = function (getSpec, ready) {
    window.__stranger = {
      ready: false,
      state: function () {
        var out = {};
        $.each(getSpec(), function (_, item) {
          var $f = $('[data-field="' + item[1] + '"]');
          if (!$f.length || $f.closest('.d-none').length) return;
          if (item[3] && $f.find(item[3]).hasClass('d-none')) return;
          out[item[0]] = item[2]();
        });
        return out;
      },
    };
    $.when(ready).always(function () { window.__stranger.ready = true; });
  };

  /** 保存（AJAX 提交整张表单） */
  BA.save = function ($form, url) {
    return $.post(url, $form.serialize(), null, 'json');
  };
})(jQuery, window);
