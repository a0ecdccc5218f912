// The method page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
const lower = s => String(s).replaceAll('_', ' ').toLowerCase();
Entwine.api('/api/method').then(m => {
  document.getElementById('title').textContent = `The method: ${m.id}, version ${m.version}`;
  const w = m.pillarWeights || {};
  const words = document.getElementById('words');
  const p = text => { const e = document.createElement('p'); e.textContent = text; words.appendChild(e); };
  if (m.description) p(m.description);
  p(`Depth is built from three pillars, interests, institutions and identity, weighted ${Entwine.fmt(w.INTERESTS, 2)},`
    + ` ${Entwine.fmt(w.INSTITUTIONS, 2)} and ${Entwine.fmt(w.IDENTITY, 2)}. Each indicator's raw value is normalized over the`
    + ` reference set by ${lower(m.normalization)} to 0-100, the indicators of a pillar are averaged by their weights, and the`
    + ` pillars are combined into the depth by their ${lower(m.aggregation)} mean. A value may come from up to ${m.lookbackYears} years back;`
    + ` a missing value is left out and the rest reweighted, and the share of the weight covered is reported as coverage.`
    + ` The reference set is ${m.partnersWithFrameworkOnly ? 'the partners with a framework' : 'every actor with evidence'}.`
    + ' The framework\'s level is never an input: depth measures substance, so that label and substance can be compared.');
  p(`The sensitivity analysis draws the normalization from ${(m.alternatives.normalizations || []).map(lower).join(', ')},`
    + ` the aggregation from ${(m.alternatives.aggregations || []).map(lower).join(', ')}, and every weight from`
    + ` w·(1 − ${m.alternatives.weightSpread}) to w·(1 + ${m.alternatives.weightSpread}).`);
  p(`The file's SHA-256 is ${m.hash}; every result records it.`);
  Entwine.table(document.getElementById('indicators'), [
    { key: 'id', label: 'indicator', value: i => i.id },
    { key: 'pillar', label: 'pillar', value: i => lower(i.pillar) },
    { key: 'side', label: 'side', value: i => lower(i.side) },
    { key: 'measure', label: 'measure', value: i => i.measure },
    { key: 'orientation', label: 'read', value: i => lower(i.orientation) },
    { key: 'deeper', label: 'deeper when', value: i => i.positive ? 'more' : 'less' },
    { key: 'log', label: 'log(1+x)', value: i => i.log ? 'yes' : '' },
    { key: 'weight', label: 'weight', value: i => i.weight, num: true, format: v => Entwine.fmt(v, 2) },
    { key: 'paper', label: 'what the papers say', value: i => i.paper },
  ], m.indicators, { downloads: document.getElementById('indicatorsDownloads'), name: `${m.id}-indicators` });
  Entwine.table(document.getElementById('stability'), [
    { key: 'measure', label: 'series', value: s => s.measure },
    { key: 'log', label: 'log', value: s => s.log ? 'yes' : '' },
    { key: 'years', label: 'window (years)', value: s => s.years, num: true, format: v => v },
  ], m.stability || []);
  const t = m.trust;
  document.getElementById('trust').textContent = `Degree 1, high confidence: at least ${t.high} of the partner's commitments`
    + ` fallen due fulfilled (a partial fulfilment counting half), and bound by an institution; degree 2, less confidence: at`
    + ` least ${t.less}, or very consistent but unbound; degree 4, deep suspicion: below ${t.deep} and nothing binds; degree 3,`
    + ` suspicion: the rest. Fewer than ${t.minimumFallenDue} commitments fallen due is insufficient evidence. "More cooperation"`
    + ` is a depth at or above ${t.cooperation ?? 'the median depth of the focal actor\'s partners'}. A fall of the monthly`
    + ` relation score by ${t.eventShock} points within a month is flagged as an event shock.`;
  Entwine.table(document.getElementById('priorities'), [
    { key: 'name', label: 'group', value: g => g.name },
    { key: 'members', label: 'members', value: g => g.actor ? `the members of ${g.actor} on the date` : (g.members || []).join(', ') },
    { key: 'source', label: 'source', value: g => g.source || '' },
  ], m.priorities || []);
}).catch(Entwine.showError);
