/* The component-library gallery renderings' state and behaviour, in the Options API that Vue 2
   (Element UI 2, iView) and Vue 3 (Element Plus, Ant Design Vue) both run: the same cascades,
   provider pickers, rows and dependent fields as the static renderings. */
(function () {  const getJson = async (url) => (await fetch(url)).json();

  window.galleryOptions = function (model) {
    const providers = model.fields.filter((field) => field.control === 'provider').map((field) => field.key);
    return {
      data() {
        const m = {};
        for (const field of model.fields) {
          const list = ['checkboxes', 'rows', 'region'].includes(field.control);
          m[field.key] = list ? [] : field.control === 'flag' ? false : field.control === 'provider' ? { scope: '境内', region: '', name: '', other: '' } : field.control === 'file' ? Array.from({ length: field.sides }, () => '') : '';
        }
        return {
          m,
          opts: Object.fromEntries(model.fields.map((field) => [field.key, field.options])),
          providerRegions: Object.fromEntries(providers.map((key) => [key, []])),
          providerNames: Object.fromEntries(providers.map((key) => [key, []])),
          regionNames: {},
          regionTree: [],
          cascaderProps: { lazy: true, lazyLoad: (node, resolve) => this.lazyLoad(node, resolve) },
        };
      },
      async mounted() {
        for (const key of providers) await this.onScope(key);
        const provinces = await getJson('/common/region?parent=');
        for (const item of provinces) this.regionNames[item.code] = item.name;
        this.regionTree = provinces.map((item) => ({ value: item.code, label: item.name, isLeaf: false, level: 1, children: model.library === 'iview' ? [] : undefined, loading: false }));
        window.__gallery = { ready: true, busy: window.__galleryBusy, values: () => this.values() };
      },
      methods: {
        current(key) {
          return this.m[key];
        },
        shown(key) {
          const field = model.fields.find((candidate) => candidate.key === key);
          if (field.unitOnly && this.m.nature === '个人') return false;
          if (!field.showWhen) return true;
          const same = this.m[field.showWhen.key] === field.showWhen.equals;
          return field.showWhen.not ? !same : same;
        },
        async onScope(key) {
          this.m[key].region = '';
          this.m[key].name = '';
          this.providerNames[key] = [];
          this.providerRegions[key] = await getJson(`/common/provider-regions?scope=${encodeURIComponent(this.m[key].scope)}`);
        },
        async onRegion(key) {
          this.m[key].name = '';
          const { scope, region } = this.m[key];
          this.providerNames[key] = region ? await getJson(`/common/providers?scope=${encodeURIComponent(scope)}&region=${encodeURIComponent(region)}`) : [];
        },
        /* Element Plus and Element UI 2: a lazy cascader. */
        async lazyLoad(node, resolve) {
          const items = await getJson(`/common/region?parent=${node.level === 0 ? '' : node.value}`);
          for (const item of items) this.regionNames[item.code] = item.name;
          resolve(items.map((item) => ({ value: item.code, label: item.name, leaf: node.level >= 2 })));
        },
        /* Ant Design Vue: load-data on the chosen path. */
        async loadData(selected) {
          const target = selected[selected.length - 1];
          target.loading = true;
          const items = await getJson(`/common/region?parent=${target.value}`);
          for (const item of items) this.regionNames[item.code] = item.name;
          target.loading = false;
          target.children = items.map((item) => ({ value: item.code, label: item.name, isLeaf: selected.length >= 2 }));
          this.regionTree = [...this.regionTree];
        },
        /* iView: load-data on one item. */
        async loadDataIview(item, callback) {
          item.loading = true;
          const items = await getJson(`/common/region?parent=${item.value}`);
          for (const child of items) this.regionNames[child.code] = child.name;
          item.children = items.map((child) => (item.level >= 2 ? { value: child.code, label: child.name } : { value: child.code, label: child.name, level: item.level + 1, children: [], loading: false }));
          item.loading = false;
          callback();
        },
        uploaded(key, side, name) {
          this.m[key].splice(side, 1, name);
        },
        values() {
          const out = {};
          for (const field of model.fields) {
            if (!this.shown(field.key)) continue;
            const value = this.m[field.key];
            if (field.control === 'region') out[field.key] = value.map((code) => this.regionNames[code] || code);
            else if (field.control === 'provider') out[field.key] = { scope: value.scope, region: value.region, name: value.name === '其他' ? value.other : value.name };
            else if (field.control === 'file') out[field.key] = value.filter(Boolean);
            else if (field.control === 'rows') out[field.key] = value.map((row) => row.trim()).filter(Boolean);
            else out[field.key] = Array.isArray(value) ? [...value] : value;
          }
          return out;
        },
      },
    };
  };
})();
