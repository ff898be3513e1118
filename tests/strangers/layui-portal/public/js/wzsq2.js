/** 新办网站申请 - 第二步 网站基本信息 */
BA.ready(function (layui) {
  var $ = layui.$;
  var form = layui.form;
  var layer = layui.layer;
  var FILTER = 'wzxxForm';

  BA.rows();
  layui.laydate.render({ elem: '#ktrq', type: 'date', max: 0, trigger: 'click' });

  form.on('radio(sfyicp)', function (data) {
    BA.toggle('#icpItem', data.value === '1');
  });
  form.on('radio(sfdlym)', function (data) {
    BA.toggle('#zymItem', data.value === '1');
    BA.toggle('#fwdzItem', data.value !== '1');
  });

  // 管制物品 / 前置审批：选“是”展开类别，并要求上传资质文件
  function qualification() {
    var v = form.val(FILTER);
    BA.toggle('#gzwpItem', v.sfgzwp === '1');
    BA.toggle('#qzspItem', v.sfqzsp === '1');
    BA.toggle('#zzwjItem', v.sfgzwp === '1' || v.sfqzsp === '1');
  }
  form.on('radio(sfgzwp)', qualification);
  form.on('radio(sfqzsp)', qualification);

  BA.provider(FILTER, 'jrs', 'jr');
  BA.provider(FILTER, 'ymfws', 'ym');

  BA.uploadOne('tpt', { bizType: 'wltpt', hidden: 'tptId', size: 1024 });
  BA.uploadOne('ymzs', { bizType: 'ymzs', hidden: 'ymzsId', size: 400 });

  // 资质文件：可多选，逐个上传，fileId 以逗号拼接
  var zzwj = [];
  function drawZzwj() {
    $('#zzwjIds').val(zzwj.join(','));
    $('#zzwjList').html(
      $.map(zzwj, function (id) {
        return '<li><i class="layui-icon layui-icon-file"></i> ' + $('<i>').text(BA.files[id]).html() +
          ' <a href="javascript:;" class="ba-link" data-id="' + id + '">删除</a></li>';
      }).join('')
    );
  }
  $('#zzwjList').on('click', 'a[data-id]', function () {
    var id = $(this).data('id');
    zzwj = $.grep(zzwj, function (x) {
      return x !== id;
    });
    drawZzwj();
  });
  layui.upload.render({
    elem: '#zzwjBtn',
    url: BA.ctx + '/common/upload.do?method=upload',
    data: { bizType: 'zzwj' },
    accept: 'file',
    exts: 'jpg|jpeg|png|pdf',
    multiple: true,
    size: 2048,
    done: function (res) {
      if (res.code !== 0) return layer.msg(res.msg, { icon: 2 });
      BA.files[res.data.fileId] = res.data.fileName;
      zzwj.push(res.data.fileId);
      drawZzwj();
    }
  });

  $('#whatJh').on('click', function () {
    layer.alert('交互式服务指网站提供用户发布信息的功能，如论坛、博客、评论、留言、即时通讯、网络直播等。', { title: '什么是交互服务' });
  });
  $('#whatQz').on('click', function () {
    layer.alert('从事新闻、出版、教育、医疗保健、药品和医疗器械等互联网信息服务，依照法律、行政法规须经有关主管部门审核同意的内容。', { title: '什么是前置审核内容' });
  });

  function save(step) {
    var index = layer.load(2);
    return BA.post('/wzba/wzsq.do?method=saveStep&step=' + step, form.val(FILTER)).always(function () {
      layer.close(index);
    });
  }
  $('#btnDraft').on('click', function () {
    save(2).done(function () {
      layer.msg('草稿已保存', { icon: 1 });
    });
  });
  form.on('submit(nextStep)', function () {
    var v = form.val(FILTER);
    if ((v.sfgzwp === '1' || v.sfqzsp === '1') && !v.zzwjIds) {
      layer.msg('请上传所勾选项目的资质证明文件', { icon: 0 });
      return false;
    }
    if (!BA.listValue(v, 'yy').length) {
      layer.msg('请至少选择一种网站语言', { icon: 0 });
      return false;
    }
    save(2).done(function (res) {
      location.href = res.data.next;
    });
    return false;
  });

  function names(v, field, dict) {
    return $.map(BA.listValue(v, field), function (code) {
      return BA.dictName(dict, code);
    });
  }
  BA.reader = function () {
    var v = form.val(FILTER);
    var s = { name: v.wzmc || '', hasIcp: BA.dictName('sf', v.sfyicp) };
    if (v.sfyicp === '1') s.icpNumber = v.icpbah || '';
    s.hasOwnDomain = BA.dictName('sf', v.sfdlym);
    if (v.sfdlym === '1') s.domain = v.zym || '';
    s.subdomains = $.grep(BA.listValue(v, 'zydm'), function (x) {
      return $.trim(x) !== '';
    });
    s.ips = $.grep(BA.listValue(v, 'ip'), function (x) {
      return $.trim(x) !== '';
    });
    s.openedOn = v.ktrq || '';
    s.operating = BA.dictName('jyxz', v.jyxz);
    s.level = BA.dictName('wzjb', v.wzjb);
    s.serviceCategory = BA.dictName('wzlb', v.wzlb);
    s.accessMethod = BA.dictName('jrfs', v.jrfs);
    s.accessProvider = BA.providerValue(v, 'jrs', 'jr');
    s['accessProvider.phone'] = v.jrsDh || '';
    s['accessProvider.code'] = v.jrsBm || '';
    s.registrar = BA.providerValue(v, 'ymfws', 'ym');
    s['techSupport.name'] = v.jszcMc || '';
    s['techSupport.phone'] = v.jszcDh || '';
    s.serverAddress = v.fwqdz || '';
    s.serverCount = v.fwqts || '';
    s.serverPoliceCode = v.fwqWadm || '';
    s.topology = BA.fileNames([v.tptId]);
    s.interactive = BA.dictName('sf', v.sfjh);
    s.serviceTypes = names(v, 'fwlx', 'fwlx');
    s.hasControlled = BA.dictName('sf', v.sfgzwp);
    if (v.sfgzwp === '1') s.controlledGoods = names(v, 'gzwp', 'gzwp');
    s.hasPreapproval = BA.dictName('sf', v.sfqzsp);
    if (v.sfqzsp === '1') s.preapprovals = names(v, 'qzsp', 'qzsp');
    if (v.sfgzwp === '1' || v.sfqzsp === '1') s.qualificationDocs = BA.fileNames((v.zzwjIds || '').split(','));
    s.languages = names(v, 'yy', 'yy');
    s.domainCertificate = BA.fileNames([v.ymzsId]);
    return s;
  };
});
