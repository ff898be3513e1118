/* The static gallery renderings' own behaviour, as such pages have it: 省/市/区 that load after
   the parent changes, provider pickers (境内/境外 → region → name, 其他 → type it), rows with
   添加/删除, fields shown only for units or after 是, a person's fields hidden while
   同主体负责人信息 is ticked. window.__gallery.values() says what the page holds, by field. */
(function () {
  const model = window.__galleryModel;
  const byKey = (key, extra = '') => [...document.querySelectorAll(`[data-gk="${key}"]${extra}`)];
  const getJson = async (url) => (await fetch(url)).json();

  const fill = (select, items, empty) => {
    select.innerHTML = `<option value="">${empty}</option>` + items.map((item) => `<option value="${item.value}">${item.label}</option>`).join('');
  };

  /* 省/市/区: each level loads after its parent changes. */
  document.addEventListener('change', async (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.dataset.level) return;
    const level = Number(select.dataset.level);
    const siblings = byKey(select.dataset.gk, '[data-level]');
    for (const lower of siblings.filter((other) => Number(other.dataset.level) > level)) fill(lower, [], lower.options[0].text);
    if (level >= 3 || !select.value) return;
    const items = await getJson(`/common/region?parent=${select.value}`);
    const next = siblings.find((other) => Number(other.dataset.level) === level + 1);
    fill(next, items.map((item) => ({ value: item.code, label: item.name })), next.options[0].text);
  });

  /* Providers: 境内/境外 → the regions, the region → the names, 其他 → a box to type the name. */
  const providerPart = (key, part) => byKey(key, `[data-part="${part}"]`);
  document.addEventListener('change', async (event) => {
    const target = event.target;
    const key = target.dataset && target.dataset.gk;
    const part = target.dataset && target.dataset.part;
    if (!part) return;
    const [region] = providerPart(key, 'region');
    const [name] = providerPart(key, 'name');
    const [other] = providerPart(key, 'other');
    if (part === 'scope') {
      const scope = providerPart(key, 'scope').find((radio) => radio.checked).value;
      const regions = await getJson(`/common/provider-regions?scope=${encodeURIComponent(scope)}`);
      fill(region, regions.map((item) => ({ value: item, label: item })), '请选择');
      fill(name, [], name.options[0].text);
      other.hidden = true;
    } else if (part === 'region') {
      fill(name, [], name.options[0].text);
      if (!region.value) return;
      const scope = providerPart(key, 'scope').find((radio) => radio.checked).value;
      const names = await getJson(`/common/providers?scope=${encodeURIComponent(scope)}&region=${encodeURIComponent(region.value)}`);
      fill(name, names.map((item) => ({ value: item, label: item })), name.options[0].text);
    } else if (part === 'name') {
      other.hidden = name.value !== '其他';
    }
  });

  /* Rows: 添加 appends a row with its own 删除. */
  document.addEventListener('click', (event) => {
    const add = event.target.closest && event.target.closest('[data-add]');
    if (add) {
      const rows = add.closest('[data-rows]');
      const row = document.createElement('div');
      row.innerHTML = `<input type="text" data-gk="${rows.dataset.rows}" placeholder="${rows.dataset.hint || ''}"> <button type="button" data-remove>删除</button>`;
      rows.appendChild(row);
      return;
    }
    const remove = event.target.closest && event.target.closest('[data-remove]');
    if (remove) remove.parentElement.remove();
  });

  function valueOf(field) {
    const controls = byKey(field.key);
    switch (field.control) {
      case 'text':
      case 'textarea':
      case 'date':
      case 'sms':
        return controls[0] ? controls[0].value : '';
      case 'select':
      case 'radio': {
        const select = controls.find((control) => control.tagName === 'SELECT');
        if (select) return select.value ? select.selectedOptions[0].text.trim() : '';
        const checked = controls.find((control) => control.checked);
        return checked ? checked.value : '';
      }
      case 'checkboxes':
        return controls.filter((control) => control.checked).map((control) => control.value);
      case 'flag':
        return controls.some((control) => control.checked);
      case 'rows':
        return controls.map((control) => control.value.trim()).filter(Boolean);
      case 'region':
        return controls.map((select) => (select.value ? select.selectedOptions[0].text : ''));
      case 'provider': {
        const scope = providerPart(field.key, 'scope').find((radio) => radio.checked);
        const [region] = providerPart(field.key, 'region');
        const [name] = providerPart(field.key, 'name');
        const [other] = providerPart(field.key, 'other');
        const chosen = name.value ? name.selectedOptions[0].text : '';
        return { scope: scope ? scope.value : '', region: region.value, name: chosen === '其他' ? other.value : chosen };
      }
      case 'file':
        return controls.flatMap((control) => [...control.files].map((file) => file.name));
    }
    return undefined;
  }

  const current = (key) => {
    const field = model.fields.find((candidate) => candidate.key === key);
    return field ? valueOf(field) : undefined;
  };

  /* What is shown depends on what is answered: units' fields, 管制物品 after 是, a person's own fields. */
  function reshape() {
    for (const field of model.fields) {
      let shown = true;
      if (field.unitOnly) shown = current('nature') !== '个人';
      if (field.showWhen) {
        const same = current(field.showWhen.key) === field.showWhen.equals;
        shown = field.showWhen.not ? !same : same;
      }
      for (const element of document.querySelectorAll(`[data-gf="${field.key}"]`)) element.hidden = !shown;
    }
  }
  document.addEventListener('change', reshape);
  reshape();

  window.__gallery = {
    ready: true,
    busy: window.__galleryBusy,
    values: () => Object.fromEntries(model.fields.filter((field) => !document.querySelector(`[data-gf="${field.key}"][hidden]`)).map((field) => [field.key, valueOf(field)])),
  };
})();
