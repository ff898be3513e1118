/* 第四步 提示说明 / 其他个人中心页面 */
(function ($, BA) {
  'use strict';
  var $agree = $('#agree');
  if ($agree.length) {
    var left = 10;
    var timer = setInterval(function () {
      left -= 1;
      $('#countdown').text(left > 0 ? '（' + left + '秒）' : '');
      if (left <= 0) { clearInterval(timer); $agree.prop('disabled', false); }
    }, 1000);
    $agree.on('change', function () { $('#btnSubmit').prop('disabled', !this.checked); });
    $('#btnSubmit').on('click', function () { BA.toast('提交成功，请等待公安机关审核'); });
  }
  BA.expose(function () { return []; }, null);
})(jQuery, window.BA);
