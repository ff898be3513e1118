/** 开办主体管理 - 新增主体 */
BA.ready(function (layui) {
  var $ = layui.$;
  var form = layui.form;
  var layer = layui.layer;
  var FILTER = 'ztForm';

  $('#btnAddZt').on('click', function () {
    $('#ztForm').show();
    form.render(null, FILTER);
    $(this).addClass('layui-btn-disabled').prop('disabled', true);
  });
  $('#btnCancel').on('click', function () {
    layer.confirm('确定放弃本次填写的内容吗？', { icon: 3, title: '提示' }, function (index) {
      location.reload();
      layer.close(index);
    });
  });

  // 开办主体性质：个人不填单位证件；单位证件类型随性质变化
  form.on('select(ztxz)', function (data) {
    var person = data.value === '5';
    BA.toggle('#dwxxBlock', !person);
    $('#lblZbdwmc').text(person ? '主办人姓名' : '主办单位名称');
    $('#zbdwmc').attr('placeholder', person ? '请填写本人姓名（与身份证件一致）' : '请填写主办单位全称（与证件一致）');
    var allowed = window.BA_CERTS_BY_NATURE[data.value];
    var list = $.map(window.BA_DICT.dwzjlx, function (e) {
      return !allowed || $.inArray(e[0], allowed) >= 0 ? { code: e[0], name: e[1] } : null;
    });
    BA.fillSelect('#dwzjlx', list, '请选择单位证件类型');
    if (list.length === 1) $('#dwzjlx').val(list[0].code);
    form.render('select', FILTER);
  });

  // 证件有效期 + 长期
  var today = layui.util.toDateString(new Date(), 'yyyy-MM-dd');
  layui.laydate.render({ elem: '#zjyxq', type: 'date', min: today, max: '2099-12-31', trigger: 'click' });
  form.on('checkbox(zjyxqCq)', function (data) {
    $('#zjyxq').val('').prop('disabled', data.elem.checked).toggleClass('layui-disabled', data.elem.checked)
      .attr('placeholder', data.elem.checked ? '长期有效' : '请选择日期');
  });

  BA.uploadOne('zjzm', { bizType: 'fzrzjzm', hidden: 'zjzmId', size: 512 });
  BA.uploadOne('zjfm', { bizType: 'fzrzjfm', hidden: 'zjfmId', size: 512 });
  BA.uploadOne('sczj', { bizType: 'fzrsczj', hidden: 'sczjId', size: 512 });

  // 短信验证码
  $('#btnYzm').on('click', function () {
    var $btn = $(this);
    var mobile = $.trim($('#sjhm').val());
    if (!/^1[3-9]\d{9}$/.test(mobile)) {
      layer.tips('请先填写正确的手机号码', '#sjhm', { tips: 1 });
      return;
    }
    $btn.addClass('layui-btn-disabled').prop('disabled', true);
    BA.post('/common/sms.do?method=sendCode', { mobile: mobile, bizType: 'ztdj' }).done(function (res) {
      layer.msg(res.msg, { icon: 1 });
      var left = 60;
      var timer = setInterval(function () {
        left--;
        $btn.text(left + '秒后重新获取');
        if (left <= 0) {
          clearInterval(timer);
          $btn.text('获取验证码').removeClass('layui-btn-disabled').prop('disabled', false);
        }
      }, 1000);
    });
  });

  form.on('submit(saveZt)', function (data) {
    if (!$('#zjzmId').val() || !$('#zjfmId').val()) {
      layer.msg('请上传负责人证件正面和反面扫描件', { icon: 0 });
      return false;
    }
    if (!$('#zjyxqCq').prop('checked') && !$('#zjyxq').val()) {
      layer.tips('请选择证件有效期或勾选长期', '#zjyxq', { tips: 1 });
      return false;
    }
    var index = layer.load(2);
    BA.post('/wzba/zbManage.do?method=save', data.field).done(function (res) {
      layer.close(index);
      layer.alert(res.msg, { icon: 1, title: '提示' });
    });
    return false;
  });

  // 状态读取：form.val 取值 + 字典翻译
  BA.reader = function () {
    var v = form.val(FILTER);
    var s = {
      nature: BA.dictName('ztxz', v.ztxz),
      unitName: v.zbdwmc || ''
    };
    if (v.ztxz !== '5') {
      s.unitCertType = BA.dictName('dwzjlx', v.dwzjlx);
      s.unitCertNumber = v.dwzjhm || '';
      s.supervisor = v.tzzgdw || '';
    }
    var region = [];
    $.each([v.fzrSheng, v.fzrShi, v.fzrXian], function (i, code) {
      if (code) region.push(BA.cache.area[code] || '');
    });
    s['principal.residence'] = region;
    s['principal.residenceDetail'] = v.fzrXxdz || '';
    s['principal.name'] = v.fzrxm || '';
    s['principal.certType'] = BA.dictName('zjlx', v.fzrZjlx);
    s['principal.certNumber'] = v.fzrZjhm || '';
    s['principal.certExpiry'] = v.zjyxqCq === '1' ? '长期' : v.zjyxq || '';
    s['principal.cert'] = BA.fileNames([v.zjzmId, v.zjfmId]);
    s['principal.certHandheld'] = BA.fileNames([v.sczjId]);
    s['principal.officePhone'] = v.bgdh || '';
    s['principal.mobile'] = v.sjhm || '';
    s['principal.smsCode'] = v.yzm || '';
    s['principal.email'] = v.dzyx || '';
    s['principal.remark'] = v.bz || '';
    return s;
  };

  return BA.areaCascade(FILTER, ['fzrSheng', 'fzrShi', 'fzrXian']);
});
