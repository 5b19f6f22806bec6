import { AccessMatrix, CAPABILITIES, CAPABILITY_ACTIONS, MatrixCell } from '../../analysis/access-matrix';

const SYMBOL: Readonly<Record<MatrixCell['state'], string>> = {
  allowed: 'allowed',
  denied: '–',
  guardrail: 'denied by guardrail',
  conditional: 'conditional',
  unknown: 'unknown',
};

const LEGEND = [
  'Each cell is decided by the simulator for a repository no policy names ("only …": for the repositories named), without source address or tags.',
  `Capabilities: ${CAPABILITIES.map((c) => `${c} = ${CAPABILITY_ACTIONS[c]}`).join(', ')}.`,
  '"conditional" is allowed only when the condition shown holds; "unknown" cannot be decided offline (the reason is shown); namespace "*" is any namespace no policy names.',
];

/** The heading of the resources no cell accounts for. */
const UNREAD_HEADING = 'Not evaluated: these resources may change who may do what';

/** The matrix as markdown: one table per instance and namespace. */
export function accessReportMarkdown(matrix: AccessMatrix, title: string): string {
  const cell = (c: MatrixCell) => {
    const text = c.detail ? `${SYMBOL[c.state]} (${c.detail})` : SYMBOL[c.state];
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  };
  const lines = [`# Access report: ${title}`, '', ...LEGEND.map((l) => `${l}  `), '',
    `${matrix.principals} principals; region ${matrix.region}, account ${matrix.ownerUin}.`];
  for (const ns of matrix.namespaces) {
    lines.push('', `## ${ns.instanceId} / ${ns.namespace}`, '', `| Principal | ${CAPABILITIES.join(' | ')} |`, `| --- |${CAPABILITIES.map(() => ' --- |').join('')}`);
    for (const row of ns.rows) lines.push(`| ${row.principal} | ${CAPABILITIES.map((c) => cell(row.cells[c])).join(' | ')} |`);
  }
  if (matrix.namespaces.length === 0) lines.push('', 'No principal may do anything in a TCR Enterprise namespace.');
  if (matrix.unread.length) lines.push('', `## ${UNREAD_HEADING}`, '', ...matrix.unread.map((u) => `- \`${u.origin}\`: ${u.why}`));
  return lines.join('\n') + '\n';
}

/** The matrix as one self-contained HTML page: inline styles, no script, no network. */
export function accessReportHtml(matrix: AccessMatrix, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const td = (c: MatrixCell) => `<td class="${c.state}"><b>${esc(SYMBOL[c.state])}</b>${c.detail ? `<small>${esc(c.detail)}</small>` : ''}</td>`;
  const sections = matrix.namespaces.map((ns) => `<section>
<h2>${esc(ns.instanceId)} <span>/</span> ${esc(ns.namespace === '*' ? '* (any other namespace)' : ns.namespace)}</h2>
<table><thead><tr><th>Principal</th>${CAPABILITIES.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>
${ns.rows.map((r) => `<tr><th>${esc(r.principal)}</th>${CAPABILITIES.map((c) => td(r.cells[c])).join('')}</tr>`).join('\n')}
</tbody></table>
</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Access report: ${esc(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1a1a1a;background:#fff}
h1{font-size:22px;margin:0 0 8px}h2{font-size:16px;margin:24px 0 8px}h2 span{color:#888}
p{margin:4px 0;color:#444}
table{border-collapse:collapse;min-width:720px}
th,td{border:1px solid #ccc;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}tbody th{font-weight:600;white-space:nowrap}
td small{display:block;color:#333;font-size:11px;max-width:260px;overflow-wrap:anywhere}
td.allowed{background:#d8f5d8}td.denied{background:#fafafa;color:#999}td.guardrail{background:#f8d4d4}
td.conditional{background:#fff1c2}td.unknown{background:#e4dcf5}
</style></head>
<body>
<h1>Access report: ${esc(title)}</h1>
${LEGEND.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p>${matrix.principals} principals; region ${esc(matrix.region)}, account ${esc(matrix.ownerUin)}.</p>
${sections || '<p>No principal may do anything in a TCR Enterprise namespace.</p>'}
${matrix.unread.length ? `<section><h2>${esc(UNREAD_HEADING)}</h2><ul>\n${matrix.unread.map((u) => `<li><code>${esc(u.origin)}</code>: ${esc(u.why)}</li>`).join('\n')}\n</ul></section>` : ''}
</body></html>
`;
}
