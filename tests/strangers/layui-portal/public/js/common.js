/**
 * 公共脚本：菜单、AJAX 封装、省市区联动、服务商联动、附件上传。
 * 各页面脚本通过 BA.ready(fn) 在 layui 模块加载完成后初始化。
 */
(function (window) {
  'use strict';
  var BA = (window.BA = {
    cache: { area: {}, region: {}, isp: {} }, // 已加载的字典数据（code -> name）
    files: {}, // 已上传附件 fileId -> 原文件名
    reader: null,
    ctx: '/portal'
  });

  // 页面状态读取（测试环境用）
  window.__stranger = {
    ready: false,
    state: function () {
      return BA.reader ? BA.reader() : {};
    }
  };

  var queue = [];
  BA.ready = function (fn) {
    queue.push(fn);
  };

  BA.get = function (url, data) {
    var $ = layui.$;
    return $.ajax({ url: BA.ctx + url, type: 'GET', data: data, dataType: 'json', cache: false }).then(function (res) {
      if (res.code !== 0) {
        layui.layer.msg(res.msg || '数据加载失败', { icon: 2 });
        return $.Deferred().reject(res).promise();
      }
      return res.data;
    });
  };

  BA.post = function (url, data) {
    return layui.$.ajax({ url: BA.ctx + url, type: 'POST', data: data, dataType: 'json' });
  };

  /** 按字典名把 code 转成名称 */
  BA.dictName = function (dict, code, shown) {
    var list = window.BA_DICT[dict] || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i][0] === code) return shown ? list[i][1] : list[i][2] || list[i][1];
    }
    return '';
  };

  /** 重新填充 select 的 option */
  BA.fillSelect = function (sel, list, placeholder, extra) {
    var $ = layui.$;
    var $sel = $(sel).empty().append('<option value="">' + placeholder + '</option>');
    $.each(list || [], function (i, item) {
      $sel.append($('<option>').val(item.code).text(item.name));
    });
    if (extra) $sel.append($('<option>').val(extra.code).text(extra.name));
  };

  /** 显示/隐藏一个表单项，隐藏时不参与校验 */
  BA.toggle = function (el, show) {
    var $el = layui.$(el);
    $el.toggle(!!show);
    $el.find('[lay-verify],[data-verify]').each(function () {
      var $f = layui.$(this);
      if (show && $f.attr('data-verify')) $f.attr('lay-verify', $f.attr('data-verify')).removeAttr('data-verify');
      if (!show && $f.attr('lay-verify')) $f.attr('data-verify', $f.attr('lay-verify')).removeAttr('lay-verify');
    });
  };

  /** 省/市/区三级联动：选中上级后从服务端取下级 */
  BA.areaCascade = function (filter, names) {
    var form = layui.form;
    var $ = layui.$;
    var tips = ['请选择省', '请选择市', '请选择区（县）'];
    function load(level, parent) {
      return BA.get('/common/area.do?method=getChildren', { parentCode: parent }).then(function (list) {
        $.each(list, function (i, item) {
          BA.cache.area[item.code] = item.name;
        });
        BA.fillSelect('#' + names[level], list, tips[level]);
        form.render('select', filter);
      });
    }
    $.each(names, function (level, name) {
      form.on('select(' + name + ')', function (data) {
        for (var l = level + 1; l < names.length; l++) BA.fillSelect('#' + names[l], [], tips[l]);
        form.render('select', filter);
        if (data.value && level < names.length - 1) load(level + 1, data.value);
      });
    });
    return load(0, '0');
  };

  /** 服务商：境内/境外 -> 所属区域 -> 名称（其他则手工填写） */
  BA.provider = function (filter, prefix, type) {
    var form = layui.form;
    var $ = layui.$;
    var OTHER = { code: 'QT', name: '其他' };
    form.on('radio(' + prefix + 'Jnjw)', function (data) {
      BA.fillSelect('#' + prefix + 'Qy', [], '加载中…');
      BA.fillSelect('#' + prefix + 'Id', [], '请先选择所属区域');
      showOther(false);
      form.render('select', filter);
      BA.get('/common/isp.do?method=getRegions', { jnjw: data.value }).then(function (list) {
        BA.cache.region[data.value] = list;
        BA.fillSelect('#' + prefix + 'Qy', list, data.value === '2' ? '请选择国家或地区' : '请选择省份');
        form.render('select', filter);
      });
    });
    form.on('select(' + prefix + 'Qy)', function (data) {
      BA.fillSelect('#' + prefix + 'Id', [], data.value ? '加载中…' : '请先选择所属区域');
      showOther(false);
      form.render('select', filter);
      if (!data.value) return;
      BA.get('/common/isp.do?method=getIspList', { type: type, regionCode: data.value }).then(function (list) {
        BA.cache.isp[type + ':' + data.value] = list;
        BA.fillSelect('#' + prefix + 'Id', list, '请选择服务商名称', OTHER);
        form.render('select', filter);
      });
    });
    form.on('select(' + prefix + 'Id)', function (data) {
      showOther(data.value === OTHER.code);
    });
    function showOther(show) {
      $('#' + prefix + 'QtmcBox').toggle(show);
      $('#' + prefix + 'Qtmc').attr('lay-verify', show ? 'required' : null).attr('lay-reqtext', '请填写服务商名称');
      if (!show) $('#' + prefix + 'Qtmc').val('');
    }
  };

  /** 读取服务商三行的取值 */
  BA.providerValue = function (v, prefix, type) {
    var scope = v[prefix + 'Jnjw'] || '';
    var regionCode = v[prefix + 'Qy'] || '';
    var region = '';
    layui.each(BA.cache.region[scope] || [], function (i, item) {
      if (item.code === regionCode) region = item.name;
    });
    var id = v[prefix + 'Id'] || '';
    var name = '';
    if (id === 'QT') name = v[prefix + 'Qtmc'] || '';
    else
      layui.each(BA.cache.isp[type + ':' + regionCode] || [], function (i, item) {
        if (item.code === id) name = item.name;
      });
    return { scope: BA.dictName('jnjw', scope), region: region, name: name };
  };

  /** 单个附件上传按钮：选中即上传，成功后 fileId 写入隐藏域并显示缩略图 */
  BA.uploadOne = function (id, opts) {
    var $ = layui.$;
    var loading;
    return layui.upload.render({
      elem: '#' + id + 'Btn',
      url: BA.ctx + '/common/upload.do?method=upload',
      data: { bizType: opts.bizType },
      accept: 'images',
      acceptMime: 'image/jpeg,image/png,image/bmp',
      exts: 'jpg|jpeg|png|bmp',
      size: opts.size,
      choose: function (obj) {
        obj.preview(function (index, file, result) {
          $('#' + id + 'Thumb').html('<img src="' + result + '" alt="">');
        });
      },
      before: function () {
        loading = layui.layer.load(2);
      },
      done: function (res) {
        layui.layer.close(loading);
        if (res.code !== 0) return layui.layer.msg(res.msg || '上传失败', { icon: 2 });
        BA.files[res.data.fileId] = res.data.fileName;
        $('#' + opts.hidden).val(res.data.fileId);
        $('#' + id + 'Thumb').html('<img src="' + res.data.url + '" alt=""><em>' + $('<i>').text(res.data.fileName).html() + '</em>');
        $('#' + id + 'Btn').html('<i class="layui-icon layui-icon-refresh"></i>重新上传');
      },
      error: function () {
        layui.layer.close(loading);
        layui.layer.msg('上传失败，请重试', { icon: 2 });
      }
    });
  };

  /** fileId(s) -> 文件名 */
  BA.fileNames = function (ids) {
    var out = [];
    layui.each(ids, function (i, id) {
      if (id) out.push(BA.files[id] || id);
    });
    return out;
  };

  /** form.val 中 name[] 形式的字段（layui 展开为 name[0] name[1] …）按序取出 */
  BA.listValue = function (v, name) {
    var out = [];
    var re = new RegExp('^' + name + '\\[(\\d+)\\]$');
    layui.each(v, function (key, value) {
      var m = re.exec(key);
      if (m) out.push({ i: +m[1], v: value });
    });
    out.sort(function (a, b) {
      return a.i - b.i;
    });
    return out.map(function (x) {
      return x.v;
    });
  };

  /** 子域名 / IP 行的添加与删除 */
  BA.rows = function () {
    var $ = layui.$;
    $(document).on('click', '.ba-row-add', function () {
      var $item = $(this).closest('.ba-rows');
      var $row = $(
        '<div class="ba-row"><div class="layui-input-inline ba-w320"><input type="text" class="layui-input" autocomplete="off"></div>' +
          '<button type="button" class="layui-btn layui-btn-sm layui-btn-danger ba-row-del"><i class="layui-icon layui-icon-delete"></i>删除</button></div>'
      );
      $row.find('input').attr({ name: $item.data('name') + '[]', placeholder: $item.data('placeholder') });
      $item.find('.layui-input-block').append($row);
      $row.find('input').focus();
    });
    $(document).on('click', '.ba-row-del', function () {
      $(this).closest('.ba-row').remove();
    });
  };

  document.addEventListener('DOMContentLoaded', function () {
  layui.use(['form', 'laydate', 'upload', 'layer', 'element', 'util'], function () {
    var form = layui.form;
    form.verify({
      phone: function (value) {
        if (value && !/^1[3-9]\d{9}$/.test(value)) return '请填写正确的11位手机号码';
      },
      gddh: function (value) {
        if (value && !/^(0086-)?0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value) && !/^1[3-9]\d{9}$/.test(value)) return '电话格式不正确，例：010-12345625';
      },
      zjhm: function (value) {
        if (value && !/^[0-9A-Za-z()（）-]{5,30}$/.test(value)) return '证件号码格式不正确';
      },
      domain: function (value) {
        if (value && !/^([a-z0-9\u4e00-\u9fa5-]+\.)+[a-z\u4e00-\u9fa5]{2,}$/i.test(value)) return '域名格式不正确，例：example.com';
      }
    });
    layui.element.render('breadcrumb');
    var pending = queue.map(function (fn) {
      return fn(layui);
    });
    layui.$.when.apply(layui.$, pending).always(function () {
      window.__stranger.ready = true;
    });
  });
  });
})(window);
