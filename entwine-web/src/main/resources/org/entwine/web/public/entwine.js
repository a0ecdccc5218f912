// Shared by the pages: fetching the API, sortable and filterable tables, CSV downloads.
const Entwine = (() => {
  // The reader's language: asked for in the address (?lang=vi, then kept for the next pages), else the
  // one kept, else the browser's first that Entwine writes, else English.
  const LANGUAGES = { en: 'English', vi: 'Tiếng Việt' };
  function language() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (LANGUAGES[asked]) { localStorage.setItem('entwine.lang', asked); return asked; }
    const kept = localStorage.getItem('entwine.lang');
    if (LANGUAGES[kept]) return kept;
    return (navigator.languages || [navigator.language]).map(l => l.slice(0, 2)).find(l => LANGUAGES[l]) || 'en';
  }
  const lang = language();
  let words = {};
  let names = {};

  /** The words of {@code key} in the reader's language, {0}, {1}… filled with args. */
  function t(key, ...args) {
    const w = words[key];
    if (w === undefined) {
      console.error(`no words for '${key}' in ${lang}`); // a page's test fails on it
      return key;
    }
    return format(w, args);
  }

  // The messages are Java MessageFormat patterns (the report and the command line word them in
  // Java): {0}; {0,number,STYLE} (integer, percent, or a pattern such as #, 0.00, #0.0%);
  // {0,choice,0#…|1<…}; and '' for a quote. They are filled here the same way, in the reader's
  // language: a decimal comma in Vietnamese.
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  function format(pattern, args) {
    let out = '';
    for (let i = 0; i < pattern.length;) {
      const c = pattern[i];
      if (c === "'") {
        if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
        const end = pattern.indexOf("'", i + 1);
        out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
        i = end < 0 ? pattern.length : end + 1;
      } else if (c === '{') {
        let depth = 1, j = i + 1;
        for (; j < pattern.length && depth; j++) depth += pattern[j] === '{' ? 1 : pattern[j] === '}' ? -1 : 0;
        out += placeholder(pattern.slice(i + 1, j - 1), args);
        i = j;
      } else { out += c; i++; }
    }
    return out;
  }
  function placeholder(spec, args) {
    const [index, type, ...style] = spec.split(',');
    const v = args[Number(index)];
    if (v === undefined) return `{${spec}}`;
    if (type && type.trim() === 'number') return number(v, style.join(',').trim());
    if (type && type.trim() === 'choice') return choice(Number(v), style.join(','), args);
    return shown(v);
  }
  function number(v, style) {
    const x = Number(v);
    if (style === 'integer' || style === '') return new Intl.NumberFormat(locale, { maximumFractionDigits: style ? 0 : 3 }).format(x);
    if (style === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
    const percent = style.endsWith('%');
    const [whole, fraction = ''] = (percent ? style.slice(0, -1) : style).split('.');
    return new Intl.NumberFormat(locale, { style: percent ? 'percent' : 'decimal', useGrouping: whole.includes(','),
      minimumIntegerDigits: Math.max(1, (whole.match(/0/g) || []).length),
      minimumFractionDigits: (fraction.match(/0/g) || []).length, maximumFractionDigits: fraction.length }).format(x);
  }
  function choice(x, style, args) {
    // the last choice whose limit the figure reaches (the first below them all), as ChoiceFormat picks
    const parts = [];
    let depth = 0, start = 0;
    for (let i = 0; i < style.length; i++) {
      if (style[i] === '{') depth++; else if (style[i] === '}') depth--;
      else if (style[i] === '|' && !depth) { parts.push(style.slice(start, i)); start = i + 1; }
    }
    parts.push(style.slice(start));
    let picked = null;
    for (const part of parts) {
      const m = part.match(/^\s*(-?[\d.]+)\s*([#<≤])([\s\S]*)$/);
      if (!m) continue;
      if (picked === null || (m[2] === '<' ? x > Number(m[1]) : x >= Number(m[1]))) picked = m[3];
    }
    return format(picked || '', args);
  }
  /** A value within a sentence: a reason worded, reasons joined, a number as the language writes it. */
  function shown(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v.map(shown).join('; ');
    if (typeof v === 'object' && v.key) return reason(v);
    if (typeof v === 'number') return number(v, '');
    return String(v);
  }
  /** A reason the core gives as a key with its figures ({key, args}), worded in the reader's language. */
  function reason(r) {
    return r ? t(r.key, ...(r.args || [])) : '';
  }

  /**
   * A date as the reader's language writes it, as precise as it is given: 2013; March 2013 (tháng 3 năm 2013);
   * 25 July 2013 (ngày 25 tháng 7 năm 2013); by … (chậm nhất vào …).
   */
  function date(text) {
    if (text === null || text === undefined || text === '') return '';
    const s = String(text);
    const by = s.match(/^by (.*)$/);
    if (by) return t('format.notAfter', date(by[1]));
    const m = s.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    if (!m) return s;
    const [, y, mo, d] = m;
    if (!mo) return y;
    if (lang === 'vi') return d ? `ngày ${Number(d)} tháng ${Number(mo)} năm ${y}` : `tháng ${Number(mo)} năm ${y}`;
    const month = new Date(Date.UTC(Number(y), Number(mo) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  }

  /** A level's, pillar's, degree's, cell's or flag's name in the reader's language. */
  function label(prefix, value) {
    return value ? t(`${prefix}.${value}`) : '';
  }

  // the page's own text: elements marked data-i18n (and data-i18n-placeholder) take their words
  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  }

  function languageSwitch() {
    const header = document.querySelector('header');
    if (!header) return;
    const span = document.createElement('span');
    span.className = 'lang';
    span.setAttribute('aria-label', t('web.lang'));
    Object.entries(LANGUAGES).forEach(([code, name], i) => {
      if (i > 0) span.append(' · ');
      const a = document.createElement('a');
      const u = new URL(location);
      u.searchParams.set('lang', code);
      a.href = u.pathname + u.search;
      a.textContent = name;
      a.lang = code;
      a.id = 'lang-' + code;
      if (code === lang) a.setAttribute('aria-current', 'true');
      span.appendChild(a);
    });
    header.appendChild(span);
  }

  /** Settles when the page's words are in: the pages' scripts draw after it. */
  const ready = fetch(`/api/messages?lang=${lang}`)
    .then(r => r.json())
    .then(m => { words = m.words; names = m.names || {}; translate(); languageSwitch(); });

  /** An actor's name in the reader's language, else the registry's (as the API gives it). */
  function name(code, registryName) {
    return names[code] || registryName;
  }

  // who is signed in, and the session's CSRF token (null until asked; the server's user without accounts)
  let session = null;
  async function whoAmI() {
    if (session) return session;
    const r = await fetch('/api/session');
    if (r.status === 401) { signInFirst(); throw new Error('sign in first'); }
    session = await r.json();
    await ready;
    showUser(session);
    return session;
  }

  function signInFirst() {
    if (location.pathname !== '/login.html')
      location.assign('/login.html?next=' + encodeURIComponent(location.pathname + location.search));
  }

  function showUser(s) {
    const header = document.querySelector('header');
    if (!header || !s.signInRequired || document.getElementById('user')) return;
    const span = document.createElement('span');
    span.id = 'user';
    span.className = 'user';
    span.textContent = s.user + ' (' + s.role + ') ';
    const out = document.createElement('a');
    out.href = '#';
    out.textContent = t('web.signOut');
    out.addEventListener('click', async (e) => {
      e.preventDefault();
      await fetch('/api/session', { method: 'DELETE', headers: { 'X-Entwine-Request': '1' } });
      location.assign('/login.html');
    });
    span.appendChild(out);
    header.appendChild(span);
  }

  async function api(path, options = {}) {
    // a write carries the header the server requires of writes (a page on another site cannot send
    // it) and, signed in, the session's CSRF token
    const method = (options.method || 'GET').toUpperCase();
    const headers = Object.assign({}, options.headers || {});
    // a read asks for answers that reflect this tab's last write: without it the server may serve
    // an answer a write behind while it computes the next
    const written = sessionStorage.getItem('entwine.write');
    if ((method === 'GET' || method === 'HEAD') && written) headers['X-Entwine-After'] = written;
    if (method !== 'GET' && method !== 'HEAD') {
      headers['X-Entwine-Request'] = '1';
      if (path !== '/api/session') {
        const s = await whoAmI();
        if (s.csrf) headers['X-Entwine-CSRF'] = s.csrf;
      }
    }
    const r = await fetch(path, Object.assign({}, options, { headers }));
    const write = r.headers.get('X-Entwine-Write');
    if (write && Number(write) > Number(written || 0)) sessionStorage.setItem('entwine.write', write);
    if (r.status === 401) signInFirst();
    const body = await r.json();
    if (!r.ok) {
      const e = new Error(body.error || ('HTTP ' + r.status));
      e.body = body;
      throw e;
    }
    return body;
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  /** A figure with its decimals, written with the reader's decimal sign (68.2; 68,2). */
  function fmt(v, digits = 1) {
    if (v === null || v === undefined || Number.isNaN(v)) return '';
    if (typeof v !== 'number') return String(v);
    return lang === 'vi' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits);
  }

  /** A chart's axis labels and tooltips with the reader's decimal sign. */
  const axisNumbers = { axisLabel: { formatter: v => fmt(v, Number.isInteger(v) ? 0 : 1) } };

  let sourcesOnce = null;

  /** The stored sources by id ({title, citation, url}), fetched once per page. */
  function sources() {
    if (!sourcesOnce) sourcesOnce = api('/api/sources').then(list => new Map(list.map(s => [s.id, s])));
    return sourcesOnce;
  }

  /** Source ids as links to where each can be read, titled by its citation (an unknown id stays as written). */
  function sourceLinks(ids, byId) {
    const out = document.createDocumentFragment();
    (ids || []).forEach((id, i) => {
      if (i > 0) out.append('; ');
      const s = byId && byId.get(id);
      // a link only to a web page: a stored javascript: or data: address stays text
      if (s && s.url && /^https?:\/\//i.test(s.url)) {
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.label; // short: publisher (or author) and date; the full citation on hover
        a.title = `${s.citation} [${id}]`;
        a.rel = 'noopener';
        out.append(a);
      } else {
        out.append(s ? s.label : id);
      }
    });
    return out;
  }

  /**
   * A table from columns {key, label, value(row), num, node(row)} and rows: click a header to sort,
   * type in filterInput to keep the rows that contain the text; downloads holds CSV and JSON links;
   * chooser holds a checkbox per column to show or hide it (columns with hidden: true start hidden).
   * The first column stays in view when the table scrolls sideways.
   */
  function table(container, columns, rows, { filterInput, downloads, name, chooser } = {}) {
    let sortKey = null;
    let ascending = true;
    const hidden = new Set(columns.filter(c => c.hidden).map(c => c.key));
    const el = document.createElement('table');
    el.className = 'sticky';
    const thead = el.createTHead().insertRow();
    columns.forEach(c => {
      const th = document.createElement('th');
      th.textContent = c.label;
      th.dataset.key = c.key;
      th.addEventListener('click', () => {
        ascending = sortKey === c.key ? !ascending : true;
        sortKey = c.key;
        render();
      });
      thead.appendChild(th);
    });
    const tbody = el.createTBody();
    function shown() {
      const q = filterInput ? filterInput.value.trim().toLowerCase() : '';
      // a row is kept when the text is in a value or in its words on the page
      const said = (c, r) => c.node ? c.node(r).textContent : c.format ? c.format(c.value(r)) : fmt(c.value(r));
      let out = rows.filter(r => !q || columns.some(c => String(c.value(r) ?? '').toLowerCase().includes(q)
        || String(said(c, r)).toLowerCase().includes(q)));
      if (sortKey) {
        const c = columns.find(x => x.key === sortKey);
        out = out.slice().sort((a, b) => {
          const x = c.value(a), y = c.value(b);
          if (x === y) return 0;
          if (x === null || x === undefined || x === '') return 1;
          if (y === null || y === undefined || y === '') return -1;
          const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return ascending ? d : -d;
        });
      }
      return out;
    }
    function render() {
      thead.querySelectorAll('th').forEach(th => {
        th.removeAttribute('aria-sort');
        th.hidden = hidden.has(th.dataset.key);
      });
      if (sortKey) thead.querySelector(`th[data-key="${sortKey}"]`).setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      tbody.replaceChildren();
      shown().forEach(r => {
        const tr = tbody.insertRow();
        columns.forEach(c => {
          const td = tr.insertCell();
          if (c.num) td.className = 'num';
          td.hidden = hidden.has(c.key);
          const v = c.value(r);
          if (c.node) {
            td.appendChild(c.node(r));
          } else if (c.link) {
            const a = document.createElement('a');
            a.href = c.link(r);
            a.textContent = c.format ? c.format(v) : fmt(v);
            td.appendChild(a);
          } else {
            td.textContent = c.format ? c.format(v) : fmt(v);
          }
        });
      });
    }
    if (filterInput) filterInput.addEventListener('input', render);
    if (downloads) {
      downloads.replaceChildren();
      const csv = document.createElement('a');
      csv.textContent = 'CSV';
      csv.href = '#';
      csv.addEventListener('click', ev => {
        ev.preventDefault();
        const quote = s => /[",\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
        const lines = [columns.map(c => quote(c.label)).join(',')]
          .concat(shown().map(r => columns.map(c => quote(String(c.value(r) ?? ''))).join(',')));
        save(new Blob([lines.join('\n') + '\n'], { type: 'text/csv' }), (name || 'table') + '.csv');
      });
      const json = document.createElement('a');
      json.textContent = 'JSON';
      json.href = '#';
      json.addEventListener('click', ev => {
        ev.preventDefault();
        const out = shown().map(r => Object.fromEntries(columns.map(c => [c.key, c.value(r) ?? null])));
        save(new Blob([JSON.stringify(out, null, 2)], { type: 'application/json' }), (name || 'table') + '.json');
      });
      downloads.append(t('web.table.download') + ' ', csv, ' ', json);
    }
    if (chooser) {
      chooser.replaceChildren(t('web.table.columns') + ' ');
      columns.forEach((c, i) => {
        if (i === 0) return; // the first column identifies the row
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = !hidden.has(c.key);
        box.addEventListener('change', () => {
          if (box.checked) hidden.delete(c.key); else hidden.add(c.key);
          render();
        });
        const label = document.createElement('label');
        label.className = 'choice';
        label.append(box, c.label);
        chooser.append(label);
      });
    }
    const scroll = document.createElement('div');
    scroll.className = 'scroll';
    scroll.appendChild(el);
    container.replaceChildren(scroll);
    render();
    return { render };
  }

  function save(blob, filename) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  function chart(el, option) {
    const c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(option);
    window.addEventListener('resize', () => c.resize());
    return c;
  }

  /** Shows what went wrong in the page's #error box. */
  function showError(e) {
    const error = document.getElementById('error');
    error.textContent = e.message;
    error.hidden = false;
  }

  if (location.pathname !== '/login.html') whoAmI().catch(() => {});

  /** The levels, highest first, each with its colour on every chart of every page. */
  const LEVELS = ['SPECIAL', 'COMPREHENSIVE_STRATEGIC', 'STRATEGIC', 'SECTORAL_STRATEGIC', 'COMPREHENSIVE',
    'OTHER_PARTNERSHIP', 'ALLIANCE', 'NONE'];
  const LEVEL_COLOURS = { SPECIAL: '#6a3d9a', COMPREHENSIVE_STRATEGIC: '#b2182b', STRATEGIC: '#ef8a62',
    SECTORAL_STRATEGIC: '#e6ab02', COMPREHENSIVE: '#1b7837', OTHER_PARTNERSHIP: '#2166ac', ALLIANCE: '#4d4d4d',
    NONE: '#bababa' };

  /** Whether the one asking may edit records: an analyst or an admin (the server's user without accounts). */
  async function mayEdit() {
    try {
      const s = await whoAmI();
      return s.role === 'analyst' || s.role === 'admin';
    } catch (e) {
      return false;
    }
  }

  return { api, params, fmt, table, chart, showError, sources, sourceLinks, t, label, name, lang, ready, reason,
    date, axisNumbers, mayEdit, LEVELS, LEVEL_COLOURS, has: key => key in words };
})();
