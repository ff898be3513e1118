/** 新办网站申请 - 第三步 网站负责人 */
BA.ready(function (layui) {
  var $ = layui.$;
  var form = layui.form;
  var layer = layui.layer;
  var FILTER = 'fzrForm';
  var ROLES = { aqfzr: 'security', xxllr: 'liaison', yqydy: 'opinionGuide' };
  var FIELDS = ['Xm', 'Zjlx', 'Zjhm', 'Sjhm', 'Dzyx'];
  var zt = null; // 主体负责人信息（勾选时从服务端取）

  $.each(ROLES, function (p) {
    BA.uploadOne(p + 'Zj', { bizType: p + 'zj', hidden: p + 'ZjId', size: 100 });
  });

  function lock(p, on) {
    $.each(FIELDS, function (i, f) {
      var $f = $('#' + p + f);
      if ($f.is('select')) $f.prop('disabled', on);
      else $f.prop('readonly', on).toggleClass('layui-disabled', on);
    });
    $('#' + p + 'ZjBtn').toggleClass('layui-btn-disabled', on).prop('disabled', on);
    form.render('select', FILTER);
  }

  function fill(p, d) {
    $('#' + p + 'Xm').val(d.xm);
    $('#' + p + 'Zjlx').val(d.zjlx);
    $('#' + p + 'Zjhm').val(d.zjhm);
    $('#' + p + 'Sjhm').val(d.sjhm);
    $('#' + p + 'Dzyx').val(d.dzyx);
    $('#' + p + 'ZjId').val(d.zjId);
    if (d.zjId) {
      BA.files[d.zjId] = d.zjName;
      $('#' + p + 'ZjThumb').html('<img src="' + d.zjUrl + '" alt=""><em>' + $('<i>').text(d.zjName).html() + '</em>');
    } else $('#' + p + 'ZjThumb').html('<span>证件</span>');
  }

  form.on('checkbox(tzt)', function (data) {
    var p = $(data.elem).closest('fieldset').data('prefix');
    if (!data.elem.checked) {
      fill(p, { xm: '', zjlx: '', zjhm: '', sjhm: '', dzyx: '', zjId: '' });
      lock(p, false);
      return;
    }
    var load = zt ? $.Deferred().resolve(zt).promise() : BA.get('/wzba/zbManage.do?method=getFzrxx');
    load.then(function (d) {
      zt = d;
      if (!$(data.elem).prop('checked')) return;
      fill(p, d);
      lock(p, true);
    });
  });

  function save() {
    var index = layer.load(2);
    return BA.post('/wzba/wzsq.do?method=saveStep&step=3', form.val(FILTER)).always(function () {
      layer.close(index);
    });
  }
  $('#btnDraft').on('click', function () {
    save().done(function () {
      layer.msg('草稿已保存', { icon: 1 });
    });
  });
  form.on('submit(nextStep)', function () {
    var missing = $.grep($.map(ROLES, function (r, p) {
      return p;
    }), function (p) {
      return p !== 'yqydy' && !$('#' + p + 'ZjId').val();
    });
    if (missing.length) {
      layer.msg('请上传负责人证件扫描件', { icon: 0 });
      return false;
    }
    save().done(function (res) {
      location.href = res.data.next;
    });
    return false;
  });

  BA.reader = function () {
    var v = form.val(FILTER);
    var s = {};
    $.each(ROLES, function (p, role) {
      s[role + '.sameAsPrincipal'] = v[p + 'Tzt'] === '1';
      s[role + '.name'] = v[p + 'Xm'] || '';
      s[role + '.certType'] = BA.dictName('zjlx', v[p + 'Zjlx']);
      s[role + '.certNumber'] = v[p + 'Zjhm'] || '';
      s[role + '.cert'] = BA.fileNames([v[p + 'ZjId']]);
      s[role + '.mobile'] = v[p + 'Sjhm'] || '';
      s[role + '.email'] = v[p + 'Dzyx'] || '';
    });
    return s;
  };
});
