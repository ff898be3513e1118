/* 个人中心外框：左侧菜单切换右侧 iframe(mainFrame) 的页面 */
(function ($) {
  'use strict';

  var MENUS = {
    home: { title: '主页', src: '/portal/user/home' },
    subject: { title: '开办主体管理', src: '/portal/user/subject/edit' },
    apply: { title: '新办网站申请', src: '/portal/user/website/step1' },
    claim: { title: '已办网站认领', src: '/portal/user/blank?t=claim' },
    change: { title: '网站信息变更', src: '/portal/user/blank?t=change' },
    cancel: { title: '网站注销申请', src: '/portal/user/blank?t=cancel' },
    credit: { title: '信用认证', src: '/portal/user/blank?t=credit' }
  };

  var $frame = $('#mainFrame');
  var loading = false;
  var current = { menu: 'home', step: '' };

  function frameWindow() {
    try { return $frame[0].contentWindow; } catch (e) { return null; }
  }

  function query(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(location.search);
    return m ? decodeURIComponent(m[1]) : '';
  }

  /** 打开菜单对应的页面；新办网站申请可带步骤 step=1..4 */
  function open(menu, step, push) {
    var item = MENUS[menu] || MENUS.home;
    if (!MENUS[menu]) menu = 'home';
    var src = item.src;
    if (menu === 'apply' && /^[1-4]$/.test(String(step || ''))) src = '/portal/user/website/step' + step;
    current = { menu: menu, step: menu === 'apply' ? String(step || 1) : '' };
    $('#sideMenu li').removeClass('active').filter('[data-menu="' + menu + '"]').addClass('active');
    $('#crumbTitle').text(item.title);
    document.title = item.title + ' - 全国公安机关互联网站安全服务平台';
    var url = '/portal/user/index?menu=' + menu + (current.step && current.step !== '1' ? '&step=' + current.step : '');
    if (push !== false && window.history && history.replaceState) history.replaceState(null, '', url);
    loading = true;
    $frame.height(600).attr('src', src);
  }

  $frame.on('load', function () {
    loading = false;
    fitFrame();
  });

  /** iframe 高度随内容变化，避免出现双滚动条 */
  function fitFrame() {
    var w = frameWindow();
    if (!w || !w.document || !w.document.body) return;
    var h = Math.max(600, w.document.body.scrollHeight + 20);
    if (Math.abs($frame.height() - h) > 4) $frame.height(h);
  }
  setInterval(fitFrame, 250);

  $('#sideMenu').on('click', 'li', function () { open($(this).data('menu')); });
  $(document).on('click', '.js-menu', function () { open($(this).data('menu')); });
  $('#btnLogout').on('click', function () { if (window.confirm('确定退出登录吗？')) location.href = '/portal/user/index'; });
  $('#btnMsg').on('click', function () { window.alert('暂无新消息'); });

  /** 供 iframe 内页面调用（上一步 / 下一步 等） */
  window.Portal = {
    open: open,
    go: function (step) { open('apply', step); },
    current: function () { return current; }
  };

  /** 表单状态读取（测试用）：由 iframe 内的表单模型给出 */
  window.__stranger = {
    get ready() {
      var w = frameWindow();
      return !loading && !!(w && w.__frameForm && w.__frameForm.mounted === true);
    },
    state: function () {
      var w = frameWindow();
      return w && w.__frameForm && w.__frameForm.mounted ? w.__frameForm.state() : {};
    }
  };

  open(query('menu') || 'home', query('step'), true);
})(jQuery);
