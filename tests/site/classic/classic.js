/* The classic portal's behaviour, in the jQuery style of the old pages. */
$(function () {
  // 省/市/区: each level's options load from the server after the level above changes.
  $(document).on('change', '.js-region', function () {
    var $select = $(this);
    var level = Number($select.data('level'));
    var $siblings = $select.parent().find('.js-region');
    $siblings.filter(function () { return Number($(this).data('level')) > level; }).each(function () {
      $(this).find('option:not(:first)').remove();
    });
    if (level === 3 || !$select.val()) return;
    var $next = $siblings.filter('[data-level="' + (level + 1) + '"]');
    $.getJSON('/common/region', { parent: $select.val() }, function (items) {
      $.each(items, function (_, item) { $next.append($('<option>').val(item.code).text(item.name)); });
    });
  });

  // Providers: 境内/境外 → region → name from the server, with 其他 for one that is not listed.
  function loadProviders($span) {
    var param = $span.data('param');
    var $name = $('select[name="' + param + '_mc"]');
    var region = $span.find('.js-provider-region').val();
    $name.find('option').remove();
    $name.append($('<option>').val('').text('请选择'));
    if (!region) return;
    $.getJSON('/common/providers', { scope: $span.find('input:checked').val(), region: region }, function (names) {
      $.each(names, function (_, name) { $name.append($('<option>').val(name).text(name)); });
    });
  }
  $(document).on('change', '.js-provider input[type=radio]', function () {
    var $span = $(this).closest('.js-provider');
    $.getJSON('/common/provider-regions', { scope: $(this).val() }, function (regions) {
      var $region = $span.find('.js-provider-region');
      $region.find('option').remove();
      $region.append($('<option>').val('').text('请选择'));
      $.each(regions, function (_, region) { $region.append($('<option>').val(region).text(region)); });
      loadProviders($span);
    });
  });
  $(document).on('change', '.js-provider-region', function () { loadProviders($(this).closest('.js-provider')); });
  $(document).on('change', '.js-provider-name', function () {
    $(this).siblings('.js-provider-other').toggleClass('hide', $(this).val() !== '其他');
  });

  // 子域名 / IP rows.
  $(document).on('click', '.rows .js-add', function () {
    var $rows = $(this).closest('.rows');
    $rows.append('<div class="row-item"><input type="text" class="input-large" name="' + $rows.data('param') + '"> <button type="button" class="btn btn-mini js-remove">删除</button></div>');
  });
  $(document).on('click', '.rows .js-remove', function () { $(this).closest('.row-item').remove(); });

  // 同主体负责人信息: the block's own fields are not needed.
  function syncSame($box) {
    $box.closest('.block').find('table').toggle(!$box.prop('checked'));
  }
  $('.js-same').each(function () { syncSame($(this)); });
  $(document).on('change', '.js-same', function () { syncSame($(this)); });

  // A choice made in a dialog (?variant=3): pick a row, then 确定.
  $(document).on('click', '.js-chooser-open', function () {
    var $chooser = $(this).closest('.js-chooser');
    var rows = $.map($chooser.data('options'), function (option) {
      return '<tr data-value="' + option.value + '"><td>' + option.label + '</td></tr>';
    }).join('');
    var $dialog = $('<div class="modal chooser-dialog"><div class="modal-header"><h3>请选择' + $chooser.data('title') + '</h3></div>' +
      '<div class="modal-body"><table class="table table-hover"><tbody>' + rows + '</tbody></table></div>' +
      '<div class="modal-footer"><button type="button" class="btn js-chooser-cancel">取消</button> <button type="button" class="btn btn-primary js-chooser-ok">确定</button></div></div>');
    $dialog.on('click', 'tr', function () { $(this).addClass('info').siblings().removeClass('info'); });
    $dialog.on('click', '.js-chooser-cancel', function () { $dialog.remove(); });
    $dialog.on('click', '.js-chooser-ok', function () {
      var $row = $dialog.find('tr.info');
      if (!$row.length) return;
      $chooser.find('.js-chooser-shown').val($row.text());
      $chooser.find('input[type=hidden]').val($row.data('value')).trigger('change');
      $dialog.remove();
    });
    $('body').append($dialog);
  });

  // 主办单位性质: unit fields only for units.
  var $nature = $('[name="zbdwxz"]');
  function natureText() { return $nature.is('select') ? $nature.find('option:selected').text() : $nature.siblings('.js-chooser-shown').val(); }
  function syncNature() { $('.js-unit-only').toggle(natureText() !== '个人'); }
  if ($nature.length) { syncNature(); $nature.on('change', syncNature); }

  // 获取 / 发送验证码.
  $(document).on('click', '.js-sms', function () {
    var $button = $(this);
    $.post('/portal/sms', function () {
      var left = 60;
      $button.prop('disabled', true).text(left + '秒后重新获取');
      var timer = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(timer); $button.prop('disabled', false).text('获取'); }
        else { $button.text(left + '秒后重新获取'); }
      }, 1000);
    });
  });

  // The statement can be ticked only after ten seconds of reading.
  var $agree = $('.js-agree');
  if ($agree.length) {
    var seconds = 10;
    var countdown = setInterval(function () {
      seconds -= 1;
      $('.js-agree-text').text('已阅读,并承诺上述网络安全责任' + (seconds > 0 ? '(' + seconds + '秒)' : ''));
      if (seconds <= 0) { clearInterval(countdown); $agree.prop('disabled', false); }
    }, 1000);
  }

  $(document).on('click', '.alert .close', function () { $(this).closest('.alert').remove(); });
  $(document).on('click', '.js-copy', function () {
    var text = $(this).data('copy');
    if (navigator.clipboard) navigator.clipboard.writeText(text);
    $(this).text('已复制');
  });
});
