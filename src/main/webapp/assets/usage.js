// Settings → Usage: one key's requests per hour, with 429s and failed authentications as their own series
// (uPlot from its WebJar), and the same numbers as a table for screen readers and keyboards. With ?project_id= it is
// a project's usage, its keys' and its members' requests in it.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { call, el, formatTime } from './api.js';
import { signedInPage } from './layout.js';
import { inWorkspace, keysPath } from './workspace.js';

const HOUR = 3600;
const SERIES = [
    ['requests', 'Requests', '#2f5bea'],
    ['rate_limited', 'Rate limited (429)', '#d92d20'],
    ['auth_failures', 'Failed authentications', '#f79009'],
    ['client_errors', 'Client errors', '#7a5af8']
];
const keySelect = document.getElementById('usage-key');
const spanSelect = document.getElementById('usage-span');
const chartBox = document.getElementById('chart');
let chart = null;

const PALETTE = ['#2f5bea', '#12b76a', '#f79009', '#7a5af8', '#d92d20', '#0ba5ec', '#ee46bc', '#667085'];
const ALL = 'all';

await signedInPage();
const keys = (await call('GET', keysPath)).data;
// The key and the period are in the address, so a view can be bookmarked or sent to a colleague.
const address = new URLSearchParams(location.search);
const requested = address.get('key') || ALL;
keySelect.replaceChildren(
    el('option', { value: ALL, selected: requested === ALL }, 'All keys (stacked)'),
    ...keys.map(key => el('option', { value: key.id, selected: key.id === requested },
        `${key.name} (${key.prefix}…)${key.status === 'active' ? '' : ` — ${key.status}`}`)));
if (['24', '168', '720'].includes(address.get('range'))) {
    spanSelect.value = address.get('range');
}
keySelect.addEventListener('change', draw);
spanSelect.addEventListener('change', draw);
new ResizeObserver(() => chart?.setSize(size())).observe(chartBox);
await draw();

async function draw() {
    history.replaceState(null, '', inWorkspace(`/settings/usage?${new URLSearchParams({ key: keySelect.value, range: spanSelect.value })}`));
    if (keys.length === 0) {
        document.getElementById('usage-summary').textContent = 'Create an API key to see its usage here.';
        return;
    }
    const all = keySelect.value === ALL;
    const to = new Date();
    const from = new Date(to.getTime() - Number(spanSelect.value) * HOUR * 1000);
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    if (!all) {
        query.set('key_id', keySelect.value);
    } else {
        // Browsing the dashboard spends the same plan as the keys: it is a band of its own.
        query.set('include_dashboard', 'true');
    }
    const report = await call('GET', inWorkspace(`/api/v1/usage?${query}`));
    const { times, lines } = all ? stacked(report) : outcomes(report);
    chart?.destroy();
    chartBox.replaceChildren();
    chart = new uPlot({
        ...size(),
        legend: { show: false },
        series: [{}, ...lines.map(line => ({ label: line.label, stroke: line.colour, width: 2, points: { show: false },
            fill: all ? `${line.colour}55` : undefined }))],
        axes: [{}, { label: 'requests / hour' }],
        scales: { x: { time: true } },
        // A click on an hour opens that hour's requests in the logs (the table below has the same as links).
        hooks: { ready: [plot => plot.over.addEventListener('click', () => {
            if (plot.cursor.idx != null) {
                location.assign(logsOf(all ? null : keySelect.value, times[plot.cursor.idx]));
            }
        })] }
    }, [times, ...lines.map(line => line.values)], chartBox);
    chartBox.title = 'Click an hour to see its requests';
    chartBox.append(legend(lines, all));
    chartBox.dataset.points = String(times.length);
    summarise(report);
    drawAnomaly(all ? report.anomalies[0] : report.anomalies.find(anomaly => anomaly.key_id === keySelect.value));
}

/** One key: each outcome as its own line. */
function outcomes(report) {
    const hours = hourly(report.data, report);
    return {
        times: hours.map(hour => hour.t),
        lines: SERIES.map(([field, label, colour]) => {
            const values = hours.map(hour => hour[field]);
            return { label, colour, values, total: sum(values) };
        })
    };
}

/** Every key's requests, stacked: each band is a key, the top line the account's total. */
function stacked(report) {
    const used = keys.filter(key => report.data.some(row => row.key_id === key.id));
    if (report.data.some(row => row.source === 'dashboard')) {
        used.push({ id: null, name: 'Dashboard' });
    }
    let below = null;
    const bands = used.map((key, i) => {
        const hours = hourly(report.data.filter(row => row.key_id === key.id && (key.id !== null || row.source === 'dashboard')), report);
        const own = hours.map(hour => hour.requests);
        const top = own.map((value, t) => value + (below ? below[t] : 0));
        below = top;
        return { label: key.name, colour: PALETTE[i % PALETTE.length], values: top, total: sum(own), times: hours.map(h => h.t) };
    });
    const times = bands[0]?.times || hourly([], report).map(hour => hour.t);
    // Drawn from the top band down, so each key's fill shows above the one below it.
    return { times, lines: bands.reverse() };
}

/** Each line with its total for the period, shown without hovering. */
function legend(lines, all) {
    const shown = all ? [...lines].reverse() : lines;
    return el('ul', { class: 'chart-legend', 'aria-label': 'Legend' }, shown.map(line => {
        const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = line.colour; // CSSOM, which the Content-Security-Policy allows
        return el('li', {}, swatch, el('span', {}, `${line.label}: `, el('strong', {}, line.total.toLocaleString('en-US'))));
    }));
}

function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

// The API lists only hours with traffic; the chart needs every hour of the period, zero where quiet.
function hourly(rows, report) {
    const byHour = new Map();
    for (const row of rows) {
        const t = Date.parse(row.hour) / 1000;
        const seen = byHour.get(t) || {};
        byHour.set(t, Object.fromEntries(SERIES.map(([field]) => [field, (seen[field] || 0) + (row[field] || 0)])));
    }
    const hours = [];
    for (let t = Date.parse(report.from) / 1000; t < Date.parse(report.to) / 1000; t += HOUR) {
        const row = byHour.get(t) || {};
        hours.push({ t, ...Object.fromEntries(SERIES.map(([field]) => [field, row[field] || 0])) });
    }
    return hours;
}

function summarise(report) {
    const total = field => report.data.reduce((sum, row) => sum + (row[field] || 0), 0);
    document.getElementById('usage-summary').textContent =
        `${total('requests')} requests, ${total('rate_limited')} rate limited (429), ` +
        `${total('auth_failures')} failed authentications between ${formatTime(report.from)} and ${formatTime(report.to)}.`;
    const names = new Map(keys.map(key => [key.id, key.name]));
    document.querySelector('#usage-table tbody').replaceChildren(...(report.data.length === 0
        ? [el('tr', { class: 'empty-row' }, el('td', { colspan: '9' }, 'No traffic in this period.'))]
        : report.data.map(row => el('tr', {},
        el('td', {}, formatTime(row.hour)), el('td', {}, row.source === 'dashboard' ? 'Dashboard' : names.get(row.key_id) || row.key_id), el('td', {}, row.requests), el('td', {}, row.ok),
        el('td', {}, row.client_errors), el('td', {}, row.rate_limited), el('td', {}, row.auth_failures),
        el('td', {}, row.server_errors),
        el('td', {}, el('a', { href: logsOf(row.key_id, Date.parse(row.hour) / 1000),
            'aria-label': `Requests of ${row.source === 'dashboard' ? 'the dashboard' : names.get(row.key_id) || row.key_id} in the hour of ${formatTime(row.hour)}` }, 'View'))))));
}

/** The logs of one hour (seconds since the epoch), of one key or of every key. */
function logsOf(keyId, hourStart) {
    const query = new URLSearchParams();
    if (keyId) {
        query.set('key', keyId);
    }
    query.set('from', new Date(hourStart * 1000).toISOString());
    query.set('to', new Date((hourStart + HOUR) * 1000 - 1000).toISOString());
    return inWorkspace(`/settings/logs?${query}`);
}

function drawAnomaly(anomaly) {
    const text = !anomaly ? () => '' : {
        auth_failures: () => `⚠ ${anomaly.count} failed authentications in the hour of ${formatTime(anomaly.hour)}.`,
        rate_limited: () => `⚠ Throttled: ${anomaly.count} of ${anomaly.baseline} requests were refused for the rate limit (429) in the hour of ${formatTime(anomaly.hour)}. Raise the key's limit or slow the client down.`
    }[anomaly.reason] ?? (() => `⚠ Unusual traffic: ${anomaly.count} requests in the hour of ${formatTime(anomaly.hour)}, usually about ${Math.round(anomaly.baseline)}.`);
    document.getElementById('anomaly').textContent = text();
}

function size() {
    return { width: Math.max(chartBox.clientWidth, 280), height: 320 };
}
