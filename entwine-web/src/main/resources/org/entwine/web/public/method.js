// The method page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
const { t, label } = Entwine;
Entwine.ready.then(() => Entwine.api('/api/method')).then(m => {
  document.getElementById('title').textContent = t('web.method.title', m.id, m.version);
  const w = m.pillarWeights || {};
  const words = document.getElementById('words');
  const p = text => { const e = document.createElement('p'); e.textContent = text; words.appendChild(e); };
  // the method file's own description is its author's, in English: shown to readers of English
  if (m.description && Entwine.lang === 'en') p(m.description);
  const named = (prefix, v) => Entwine.has(`${prefix}.${v}`) ? t(`${prefix}.${v}`) : String(v);
  p(t('web.method.depth', Entwine.fmt(w.INTERESTS, 2), Entwine.fmt(w.INSTITUTIONS, 2), Entwine.fmt(w.IDENTITY, 2),
    named('normalization', m.normalization), named('aggregation', m.aggregation), m.lookbackYears,
    t(m.partnersWithFrameworkOnly ? 'web.method.referenceFrameworks' : 'web.method.referenceEvidence')));
  p(t('web.method.sensitivity', (m.alternatives.normalizations || []).map(x => named('normalization', x)).join(', '),
    (m.alternatives.aggregations || []).map(x => named('aggregation', x)).join(', '), Entwine.fmt(m.alternatives.weightSpread, 2)));
  p(t('web.method.hash', m.hash));
  Entwine.table(document.getElementById('indicators'), [
    { key: 'id', label: t('web.col.indicator'), value: i => i.id, format: v => named('indicator', v) },
    { key: 'pillar', label: t('web.partner.pillar'), value: i => i.pillar, format: v => label('pillar', v) },
    { key: 'side', label: t('web.col.side'), value: i => i.side, format: v => label('side', v) },
    { key: 'measure', label: t('web.col.measure'), value: i => i.measure },
    { key: 'orientation', label: t('web.col.orientation'), value: i => i.orientation, format: v => named('orientation', v) },
    { key: 'deeper', label: t('web.col.deeper'), value: i => i.positive ? t('web.method.more') : t('web.method.less') },
    { key: 'log', label: t('web.col.log'), value: i => i.log ? t('web.yes') : '' },
    { key: 'weight', label: t('web.col.weight'), value: i => i.weight, num: true, format: v => Entwine.fmt(v, 2) },
    { key: 'paper', label: t('web.col.paper'), value: i => i.paper },
  ], m.indicators, { downloads: document.getElementById('indicatorsDownloads'), name: `${m.id}-indicators` });
  Entwine.table(document.getElementById('stability'), [
    { key: 'measure', label: t('web.col.series'), value: s => s.measure },
    { key: 'log', label: t('web.col.log'), value: s => s.log ? t('web.yes') : '' },
    { key: 'years', label: t('web.col.window'), value: s => s.years, num: true, format: v => v },
  ], m.stability || []);
  const tr = m.trust;
  document.getElementById('trust').textContent = t('web.method.trustText', Entwine.fmt(tr.high, 2), Entwine.fmt(tr.less, 2),
    Entwine.fmt(tr.deep, 2), tr.minimumFallenDue,
    tr.cooperation === null || tr.cooperation === undefined ? t('web.method.medianDepth') : Entwine.fmt(tr.cooperation),
    Entwine.fmt(tr.eventShock));
  Entwine.table(document.getElementById('priorities'), [
    { key: 'name', label: t('web.col.group'), value: g => g.name },
    { key: 'members', label: t('web.col.members'), value: g => g.actor ? t('web.method.membersOf', Entwine.name(g.actor, g.actor))
      : (g.members || []).map(c => Entwine.name(c, c)).join(', ') },
    { key: 'source', label: t('web.col.source'), value: g => g.source || '' },
  ], m.priorities || []);
}).catch(Entwine.showError);
