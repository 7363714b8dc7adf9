// A small SVG bar chart (no dependencies): one horizontal bar per row at the median, a whisker
// from min to max, the value written at the bar's end. Used by bench/report.mjs for docs/plots.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const COLORS = { ours: '#2b6cb0', 'transformers-js': '#d69e2e', wllama: '#38a169', native: '#718096', other: '#a0aec0' };

export function colorFor(runner) {
  if (runner === 'onnx-engine' || runner === 'ours') return COLORS.ours;
  if (runner === 'transformers-js') return COLORS['transformers-js'];
  if (runner === 'wllama') return COLORS.wllama;
  if (runner === 'ort-node' || runner === 'pytorch') return COLORS.native;
  return COLORS.other;
}

/**
 * rows: [{label, median, min?, max?, color?, note?}]; values <= 0 or null draw "n/a".
 * Returns the SVG text. `format` turns a value into the label at the bar's end.
 */
export function barChart({ title, subtitle = '', unit = '', rows, format = (v) => v.toFixed(1), width = 760 }) {
  const left = 230;
  const right = 90;
  const rowH = 24;
  const top = subtitle ? 58 : 40;
  const height = top + rows.length * rowH + 34;
  const plotW = width - left - right;
  const maxV = Math.max(1e-9, ...rows.flatMap((r) => [r.median ?? 0, r.max ?? 0]));
  const x = (v) => left + (Math.max(0, v) / maxV) * plotW;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">${esc(title)}</text>`,
  ];
  if (subtitle) parts.push(`<text x="${left}" y="40" fill="#4a5568">${esc(subtitle)}</text>`);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text>`);
    if (r.median == null || !(r.median > 0)) {
      parts.push(`<text x="${left + 4}" y="${y + 15}" fill="#a0aec0">${esc(r.note ?? 'n/a')}</text>`);
      return;
    }
    parts.push(`<rect x="${left}" y="${y + 4}" width="${Math.max(1, x(r.median) - left).toFixed(1)}" height="${rowH - 8}" fill="${r.color ?? '#4a5568'}"/>`);
    if (r.min != null && r.max != null && r.max > r.min) {
      const cy = y + rowH / 2;
      parts.push(
        `<line x1="${x(r.min).toFixed(1)}" x2="${x(r.max).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#1a202c" stroke-width="1.2"/>`,
        `<line x1="${x(r.min).toFixed(1)}" x2="${x(r.min).toFixed(1)}" y1="${cy - 5}" y2="${cy + 5}" stroke="#1a202c"/>`,
        `<line x1="${x(r.max).toFixed(1)}" x2="${x(r.max).toFixed(1)}" y1="${cy - 5}" y2="${cy + 5}" stroke="#1a202c"/>`,
      );
    }
    const labelX = Math.max(x(r.median), r.max != null ? x(r.max) : 0) + 6;
    parts.push(`<text x="${labelX.toFixed(1)}" y="${y + 15}">${esc(format(r.median))}${esc(unit ? ` ${unit}` : '')}</text>`);
  });
  const axisY = top + rows.length * rowH + 6;
  parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${axisY}" y2="${axisY}" stroke="#cbd5e0"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (maxV * k) / 4;
    parts.push(`<text x="${x(v).toFixed(1)}" y="${axisY + 16}" text-anchor="middle" fill="#718096">${esc(format(v))}</text>`);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
