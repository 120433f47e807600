// SPDX-License-Identifier: Apache-2.0
// Turns one run-peers.sh run into a Markdown table and an SVG bar chart of every ratio.
// Usage: node report.mjs JMH_JSON OUT_DIR < timings.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [jmhFile, outDir] = process.argv.slice(2);
const run = JSON.parse(readFileSync(0, 'utf8'));
const jmh = JSON.parse(readFileSync(jmhFile, 'utf8'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const score = (name) => {
  const hit = jmh.find((b) => b.benchmark.endsWith('.' + name));
  return hit ? hit.primaryMetric : null;
};
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const ajv = median(run.ajvMs);
const one = median(run.oneMs);
const two = median(run.twoMs);

// [label, ratio, target, detail]
const ratios = [];
const pair = (label, mine, theirs, target) => {
  const a = score(mine);
  const b = score(theirs);
  if (a && b) {
    ratios.push([label, a.score / b.score, target, `${mine} ${fmt(a.score)} ± ${fmt(a.scoreError)} / ${theirs} ${fmt(b.score)} ± ${fmt(b.scoreError)} ops/s`]);
  }
};
pair('read: presenceRead / jacksonBind', 'presenceRead', 'jacksonBind', 1.5);
pair('validate: presenceValidate / networkntValidate', 'presenceValidate', 'networkntValidate', 2.0);
pair('reject: presenceValidateInvalid / networkntValidateInvalid', 'presenceValidateInvalid', 'networkntValidateInvalid', 1.0);
pair('write: presenceWrite / jacksonWrite', 'presenceWrite', 'jacksonWrite', 1.0);
ratios.push(['command: presence validate --threads 1 vs Ajv', ajv / one, 1.0, `Ajv ${fmt(ajv)} ms / presence ${fmt(one)} ms (medians of ${run.oneMs.length})`]);
ratios.push(['command: presence validate --threads 2 vs Ajv', ajv / two, 1.8, `Ajv ${fmt(ajv)} ms / presence ${fmt(two)} ms (medians of ${run.twoMs.length})`]);

const perSecond = (ms) => fmt(run.lines / (ms / 1000));
let md = `## Peers run: seed ${run.seed}, ${fmt(run.lines)} lines (${fmt(run.bytes / 1e6, 1)} MB), ${run.invalidPercent}% invalid\n\n`;
md += `${run.ajv}; ${run.java}.\n\n`;
md += '| Validator | Wall time, median (all rounds) | Records per second | vs Ajv |\n|---|---:|---:|---:|\n';
md += `| Ajv (\`ajv/dist/2020\`, \`allErrors\`, ajv-formats; JSON.parse per line) | ${fmt(ajv)} ms (${run.ajvMs.join(', ')}) | ${perSecond(ajv)} | 1.00 |\n`;
md += `| \`presence validate --threads 1\` | ${fmt(one)} ms (${run.oneMs.join(', ')}) | ${perSecond(one)} | **${fmt(ajv / one, 2)}** |\n`;
md += `| \`presence validate --threads 2\` | ${fmt(two)} ms (${run.twoMs.join(', ')}) | ${perSecond(two)} | **${fmt(ajv / two, 2)}** |\n\n`;
md += `Summaries: ${run.summaries.ajv} | ${run.summaries.one} | ${run.summaries.two}\n\n`;
md += '| Ratio | Value | Target | Met? | From |\n|---|---:|---:|---|---|\n';
for (const [label, value, target, detail] of ratios) {
  md += `| ${label} | **${fmt(value, 2)}** | ≥ ${fmt(target, 1)} | ${value >= target ? 'yes' : 'no'} | ${detail} |\n`;
}
writeFileSync(path.join(outDir, 'peers.md'), md);

// A horizontal bar per ratio, a line at 1.0 and a tick at each target.
const width = 860;
const rowHeight = 34;
const left = 420;
const top = 40;
const max = Math.max(2.5, ...ratios.map((r) => r[1]), ...ratios.map((r) => r[2])) * 1.1;
const x = (v) => left + (v / max) * (width - left - 30);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + ratios.length * rowHeight + 40}" font-family="sans-serif" font-size="12">\n`;
svg += `<text x="10" y="20" font-size="14" font-weight="bold">${esc(`realtime-presence: ratios in one run (seed ${run.seed}, ${fmt(run.lines)} lines)`)}</text>\n`;
ratios.forEach(([label, value, target], i) => {
  const y = top + i * rowHeight;
  const colour = value >= target ? '#2e7d32' : '#c62828';
  svg += `<text x="10" y="${y + 17}">${esc(label)}</text>\n`;
  svg += `<rect x="${left}" y="${y + 4}" width="${(x(value) - left).toFixed(1)}" height="18" fill="${colour}"/>\n`;
  svg += `<text x="${(x(value) + 4).toFixed(1)}" y="${y + 17}">${fmt(value, 2)}×</text>\n`;
  svg += `<line x1="${x(target).toFixed(1)}" x2="${x(target).toFixed(1)}" y1="${y + 1}" y2="${y + 25}" stroke="#000" stroke-width="2"/>\n`;
});
const bottom = top + ratios.length * rowHeight;
svg += `<line x1="${x(1).toFixed(1)}" x2="${x(1).toFixed(1)}" y1="${top - 4}" y2="${bottom}" stroke="#555" stroke-dasharray="4 3"/>\n`;
svg += `<text x="${x(1).toFixed(1)}" y="${bottom + 14}" text-anchor="middle">1.0</text>\n`;
svg += `<text x="10" y="${bottom + 32}" fill="#555">Bar: measured ratio (green when the target is met). Black tick: target.</text>\n`;
svg += '</svg>\n';
writeFileSync(path.join(outDir, 'peers.svg'), svg);
process.stdout.write(md);
