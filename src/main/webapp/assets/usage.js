// Settings → Usage: one key's requests per hour, with 429s and failed authentications as their own series
// (uPlot from its WebJar), and the same numbers as a table for screen readers and keyboards.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { call, el, formatTime } from './api.js';
import { signedInPage } from './layout.js';

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

await signedInPage();
const keys = (await call('GET', '/api/v1/keys')).data;
const requested = new URLSearchParams(location.search).get('key');
keySelect.replaceChildren(...keys.map(key => el('option', { value: key.id, selected: key.id === requested },
    `${key.name} (${key.prefix}…)${key.status === 'active' ? '' : ` — ${key.status}`}`)));
keySelect.addEventListener('change', draw);
spanSelect.addEventListener('change', draw);
new ResizeObserver(() => chart?.setSize(size())).observe(chartBox);
await draw();

async function draw() {
    if (!keySelect.value) {
        document.getElementById('usage-summary').textContent = 'Create an API key to see its usage here.';
        return;
    }
    const to = new Date();
    const from = new Date(to.getTime() - Number(spanSelect.value) * HOUR * 1000);
    const query = new URLSearchParams({ key_id: keySelect.value, from: from.toISOString(), to: to.toISOString() });
    const report = await call('GET', `/api/v1/usage?${query}`);
    const hours = hourly(report);
    chart?.destroy();
    chart = new uPlot({
        ...size(),
        series: [{}, ...SERIES.map(([, label, stroke]) => ({ label, stroke, width: 2, points: { show: false } }))],
        axes: [{}, { label: 'requests / hour' }],
        scales: { x: { time: true } }
    }, [hours.map(hour => hour.t), ...SERIES.map(([field]) => hours.map(hour => hour[field]))], chartBox);
    chartBox.dataset.points = String(hours.length);
    summarise(report);
    drawAnomaly(report.anomalies.find(anomaly => anomaly.key_id === keySelect.value));
}

// The API lists only hours with traffic; the chart needs every hour of the period, zero where quiet.
function hourly(report) {
    const byHour = new Map(report.data.map(row => [Date.parse(row.hour) / 1000, row]));
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
    document.querySelector('#usage-table tbody').replaceChildren(...report.data.map(row => el('tr', {},
        el('td', {}, formatTime(row.hour)), el('td', {}, row.requests), el('td', {}, row.ok),
        el('td', {}, row.client_errors), el('td', {}, row.rate_limited), el('td', {}, row.auth_failures),
        el('td', {}, row.server_errors))));
}

function drawAnomaly(anomaly) {
    document.getElementById('anomaly').textContent = !anomaly ? '' : anomaly.reason === 'auth_failures'
        ? `⚠ ${anomaly.count} failed authentications in the hour of ${formatTime(anomaly.hour)}.`
        : `⚠ Unusual traffic: ${anomaly.count} requests in the hour of ${formatTime(anomaly.hour)}, usually about ${Math.round(anomaly.baseline)}.`;
}

function size() {
    return { width: Math.max(chartBox.clientWidth, 280), height: 320 };
}
