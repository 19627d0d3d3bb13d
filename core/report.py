"""`vnmeet report`: one self-contained HTML file about a corpus of records.

No network is needed to open it: styles, data and scripts are inline, and the charts are
SVG drawn here: meetings per month on a time axis (a month without meetings is an empty
place on the axis, not a missing category), the most reported indicators over time with
one series per body, article lengths, meetings by kind. Bodies, officials and indicators
are grouped by their keys (core/keys.py) and named by their most written form. The
meetings and indicator tables are built in the page from inline JSON, sort on a click on
a column's heading, and the meetings table can be searched (accents optional); each row
links to its source.
The page marks itself when its script has run (`data-ready`, `data-rows`,
`data-charts`, `data-errors` on <body>), which is what the browser test reads.

One streaming pass; memory holds the counters, the indicator points (capped) and the
meetings (capped), never the texts.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import orjson

from core.summary import CorpusSummary, Keyed, indicator_of, organizer_of, words_of

MAX_POINTS = 200_000  # indicator points kept for the charts
MAX_MEETINGS = 20_000  # rows of the meetings table
MAX_INDICATOR_ROWS = 20_000  # rows of the indicator table
MAX_MONTHS = 240  # a longer span of months is trimmed to where 98% of the meetings are
TOP_INDICATORS = 3
TOP_SERIES = 5
LENGTH_BINS = (0, 100, 200, 300, 400, 500, 700, 1000, 1500, 2000, 3000)
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf")
UNKNOWN = "(không rõ)"


@dataclass
class ReportData:
    summary: CorpusSummary = field(default_factory=CorpusSummary)
    lengths: Counter[int] = field(default_factory=Counter)
    # percent indicators by label key: (date, organizer key, value) points, and their labels
    indicators: dict[str, list[tuple[str, str, float]]] = field(default_factory=lambda: defaultdict(list))
    indicator_names: Keyed = field(default_factory=Keyed)
    indicator_rows: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    points: int = 0

    def add(self, record: dict[str, Any]) -> None:
        self.summary.add(record)
        words = words_of(record)
        self.lengths[max(b for b in LENGTH_BINS if b <= words)] += 1
        meeting = record.get("meeting") or {}
        when = meeting.get("date") or record.get("published")
        organizer = organizer_of(meeting)
        path = (record.get("source") or {}).get("path", "")
        for statistic in record.get("statistics") or []:
            indicator = indicator_of(statistic)
            if statistic.get("kind") != "percent" or not indicator or not isinstance(when, str):
                continue
            value = float(statistic.get("value") or 0)
            self.indicator_names.add(*indicator)
            if self.points < MAX_POINTS:
                self.indicators[indicator[0]].append((when[:10], organizer[0] if organizer else "", value))
                self.points += 1
            if len(self.indicator_rows) < MAX_INDICATOR_ROWS:
                self.indicator_rows.append({"date": when[:10], "organizer": organizer[1] if organizer else "",
                                            "indicator": indicator[1], "value": value, "path": path})
        if meeting and len(self.meetings) < MAX_MEETINGS:
            self.meetings.append({
                "date": meeting.get("date") or "", "kind": meeting.get("kind") or "",
                "organizer": meeting.get("organizer") or "", "name": meeting.get("name") or "",
                "chairs": ", ".join(c.get("name", "") for c in meeting.get("chairs") or []),
                "title": record.get("title") or "", "path": path,
            })


def collect(records: Iterable[dict[str, Any]], rejects: Iterable[dict[str, Any]] = ()) -> ReportData:
    data = ReportData()
    for record in records:
        data.add(record)
    for reject in rejects:
        data.summary.add_reject(reject)
    return data


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# -- SVG charts -----------------------------------------------------------------------------

W, H, PAD_L, PAD_B, PAD_T, PAD_R = 860, 280, 56, 46, 16, 16


def _frame(title: str, body: str, y_max: float, y_label: str, kind: str) -> str:
    ticks = []
    for i in range(5):
        value = y_max * i / 4
        y = H - PAD_B - (H - PAD_B - PAD_T) * i / 4
        ticks.append(f'<line x1="{PAD_L}" x2="{W - PAD_R}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{PAD_L - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{value:.4g}</text>')
    return (f'<figure class="chart" data-kind="{kind}"><figcaption>{_e(title)}</figcaption>'
            f'<svg class="chart-svg" viewBox="0 0 {W} {H}" role="img" aria-label="{_e(title)}">'
            f'{"".join(ticks)}<text x="14" y="{H / 2}" class="axis" transform="rotate(-90 14 {H / 2})" '
            f'text-anchor="middle">{_e(y_label)}</text>{body}</svg></figure>')


def bar_chart(title: str, items: list[tuple[str, float]], y_label: str, kind: str = "bars") -> str:
    if not items:
        return f'<p class="empty">{_e(title)}: không có dữ liệu (no data).</p>'
    y_max = _nice(max(v for _, v in items))
    width = (W - PAD_L - PAD_R) / len(items)
    every = max(1, math.ceil(len(items) / 24))  # at most ~24 labels on the axis
    bars = []
    for i, (label, value) in enumerate(items):
        h = (H - PAD_B - PAD_T) * value / y_max if y_max else 0
        x = PAD_L + i * width
        bars.append(f'<rect class="bar" x="{x + width * 0.1:.1f}" y="{H - PAD_B - h:.1f}" width="{width * 0.8:.1f}" '
                    f'height="{h:.1f}"><title>{_e(label)}: {value:g}</title></rect>')
        if i % every == 0:
            bars.append(f'<text class="tick" x="{x + width / 2:.1f}" y="{H - PAD_B + 14}" text-anchor="end" '
                        f'transform="rotate(-35 {x + width / 2:.1f} {H - PAD_B + 14})">{_e(label)}</text>')
    return _frame(title, "".join(bars), y_max, y_label, kind)


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _densest(months: dict[int, int]) -> tuple[int, int]:
    """The first and last month present in the window of MAX_MONTHS months with the most counts."""
    ordered = sorted(months)
    best, best_at, total, start = -1, (ordered[0], ordered[0]), 0, 0
    for month in ordered:
        total += months[month]
        while month - ordered[start] >= MAX_MONTHS:
            total -= months[ordered[start]]
            start += 1
        if total > best:
            best, best_at = total, (ordered[start], month)
    return best_at


def month_chart(title: str, counts: dict[str, int], y_label: str) -> str:
    """Counts per month (`YYYY-MM`) on a time axis: every month from the first to the last
    has its place, those without a count shown as zero (a mark on the axis)."""
    months = {_month_index(m): c for m, c in counts.items() if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", m)}
    if not months:
        return f'<p class="empty">{_e(title)}: không có dữ liệu (no data).</p>'
    lo, hi = min(months), max(months)
    note = ""
    if hi - lo + 1 > MAX_MONTHS:  # stray dates (1957, 2099) would squash the axis: the
        lo, hi = _densest(months)   # span of MAX_MONTHS that holds the most meetings
        outside = sum(c for i, c in months.items() if not lo <= i <= hi)
        note = f" — {outside:,} ngoài trục (outside the axis)" if outside else ""
    span = hi - lo + 1
    y_max = _nice(max(c for i, c in months.items() if lo <= i <= hi) or 1)
    width = (W - PAD_L - PAD_R) / span
    body = []
    for i in range(lo, hi + 1):
        count = months.get(i, 0)
        x = PAD_L + (i - lo) * width
        name = _month_name(i)
        if count:
            h = (H - PAD_B - PAD_T) * count / y_max
            body.append(f'<rect class="bar" data-month="{name}" x="{x + width * 0.1:.1f}" y="{H - PAD_B - h:.1f}" '
                        f'width="{max(width * 0.8, 0.5):.1f}" height="{h:.1f}"><title>{name}: {count:,}</title></rect>')
        else:
            body.append(f'<rect class="zero" data-month="{name}" x="{x + width * 0.1:.1f}" y="{H - PAD_B - 2}" '
                        f'width="{max(width * 0.8, 0.5):.1f}" height="2"><title>{name}: 0</title></rect>')
    years = range(lo // 12, hi // 12 + 1)
    every = max(1, math.ceil(len(years) / 12))
    for year in years:
        start = max(year * 12, lo)
        if (year - years[0]) % every or start > hi:
            continue
        x = PAD_L + (start - lo) * width
        body.append(f'<line class="year" x1="{x:.1f}" x2="{x:.1f}" y1="{H - PAD_B}" y2="{H - PAD_B + 6}"/>'
                    f'<text class="tick" x="{x + 2:.1f}" y="{H - PAD_B + 18}">{year if span > 18 else _month_name(start)}</text>')
    if span <= 18:  # a short span: every month named
        body.extend(f'<text class="tick" x="{PAD_L + (i - lo + 0.5) * width:.1f}" y="{H - PAD_B + 32}" '
                    f'text-anchor="middle">{i % 12 + 1}</text>' for i in range(lo, hi + 1))
    return _frame(title + note, "".join(body), y_max, y_label, "months")


def line_chart(title: str, series: dict[str, list[tuple[str, float]]], y_label: str) -> str:
    points = [(d, v) for values in series.values() for d, v in values]
    if not points:
        return f'<p class="empty">{_e(title)}: không có dữ liệu (no data).</p>'
    days = [_day(d) for d, _ in points]
    lo, hi = min(days), max(days)
    span = max(hi - lo, 1)
    y_max = _nice(max(max(v for _, v in points), 1.0))

    def xy(d: str, v: float) -> tuple[float, float]:
        x = PAD_L + (W - PAD_L - PAD_R) * (_day(d) - lo) / span
        return x, H - PAD_B - (H - PAD_B - PAD_T) * v / y_max

    body = []
    for k, (name, values) in enumerate(series.items()):
        color = PALETTE[k % len(PALETTE)]
        coords = [xy(d, v) for d, v in sorted(values)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(f'<polyline class="series" points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        body.extend(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}"><title>{_e(name)} '
                    f'{_e(d)}: {v:g}</title></circle>' for (x, y), (d, v) in zip(coords, sorted(values), strict=True))
        body.append(f'<rect x="{PAD_L + 8}" y="{PAD_T + 4 + 16 * k}" width="10" height="10" fill="{color}"/>'
                    f'<text class="legend" x="{PAD_L + 22}" y="{PAD_T + 13 + 16 * k}">{_e(name)}</text>')
    # a time axis: the first and last day, and each year's start in between, spaced apart
    years = range(date.fromordinal(max(lo, 1)).year + 1, date.fromordinal(max(hi, 1)).year + 1)
    ticks = [(_iso(lo), _iso(lo))] + [(f"{y}-01-01", str(y)) for y in years] + [(_iso(hi), _iso(hi))]
    def apart(a: tuple[float, str], b: tuple[float, str]) -> bool:
        return b[0] - a[0] >= (70 if max(len(a[1]), len(b[1])) > 4 else 36)

    placed = [(xy(d, 0)[0], label) for d, label in dict(ticks).items()]
    kept = placed[:1]
    for tick in placed[1:-1]:
        if apart(kept[-1], tick):
            kept.append(tick)
    if len(placed) > 1:  # the last day is always named; a year's start too close to it gives way
        while len(kept) > 1 and not apart(kept[-1], placed[-1]):
            kept.pop()
        kept.append(placed[-1])
    body.extend(f'<line class="year" x1="{x:.1f}" x2="{x:.1f}" y1="{H - PAD_B}" y2="{H - PAD_B + 5}"/>'
                f'<text class="tick" x="{x:.1f}" y="{H - PAD_B + 16}" text-anchor="middle">{_e(label)}</text>'
                for x, label in kept)
    return _frame(title, "".join(body), y_max, y_label, "lines")


def _day(d: str) -> int:
    try:
        return date.fromisoformat(d[:10]).toordinal()
    except ValueError:
        return date(int(d[:4]), 1, 1).toordinal() if d[:4].isdigit() else 0


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat() if ordinal > 0 else "?"


def _nice(value: float) -> float:
    if value <= 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * exp:
            return step * exp
    return 10.0 * exp


# -- the page ---------------------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#12355b;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{max-width:980px;margin:0 auto;padding:8px 24px 40px}section{margin:28px 0}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px}
.card b{display:block;font-size:20px}.chart{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
.chart figcaption{font-weight:600;margin:4px 8px}.chart-svg{width:100%;height:auto}
.bar{fill:#3b7dd8}.zero{fill:#d0d0d0}.year{stroke:#999}.grid{stroke:#eee}.tick,.legend{font-size:11px;fill:#555}.axis{font-size:12px;fill:#333}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #eee;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f7;position:sticky;top:0}table.sortable th{cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right}#search{width:100%;padding:8px;font-size:14px;margin:8px 0;box-sizing:border-box}
.empty{color:#777}.note{color:#666;font-size:12px}.wrap{max-height:640px;overflow:auto}
"""

SCRIPT = """
(function(){
  var body=document.body; var errors=0;
  window.addEventListener('error',function(){errors+=1;body.dataset.errors=String(errors);});
  function fold(s){return (s||'').normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase();}
  var root=body.dataset.sourceRoot||'';
  function fill(id,columns,numeric){
    var rows=JSON.parse(document.getElementById(id+'-data').textContent);
    var tbody=document.querySelector('#'+id+' tbody'); var frag=document.createDocumentFragment(); var keys=[];
    rows.forEach(function(r){
      var tr=document.createElement('tr');
      columns.forEach(function(k){var td=document.createElement('td');td.textContent=r[k];
        if(numeric.indexOf(k)>=0){td.className='num';td.dataset.value=String(r[k]);} tr.appendChild(td);});
      var td=document.createElement('td'); var a=document.createElement('a'); a.href=root+r.path; a.textContent=r.path;
      a.title=r.title||''; td.appendChild(a); tr.appendChild(td); frag.appendChild(tr);
      tr.dataset.search=fold(columns.map(function(k){return r[k];}).concat([r.title||'',r.path]).join(' '));
    });
    tbody.appendChild(frag); return tbody.querySelectorAll('tr').length;
  }
  var meetings=fill('meetings',['date','kind','organizer','name','chairs'],[]);
  var indicators=fill('indicators',['date','organizer','indicator','value'],['value']);
  // a click on a heading sorts its table by that column, again the other way
  function cell(tr,i){var td=tr.children[i]; return td.dataset.value!==undefined?td.dataset.value:td.textContent;}
  document.querySelectorAll('table.sortable').forEach(function(table){
    table.querySelectorAll('th').forEach(function(th,i){
      th.addEventListener('click',function(){
        var up=th.getAttribute('aria-sort')!=='ascending';
        table.querySelectorAll('th').forEach(function(o){o.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',up?'ascending':'descending');
        var tbody=table.tBodies[0]; var trs=Array.prototype.slice.call(tbody.rows);
        var numeric=trs.every(function(tr){var v=cell(tr,i); return v===''||!isNaN(Number(v));});
        trs.sort(function(a,b){var x=cell(a,i),y=cell(b,i);
          var c=numeric?(Number(x)-Number(y)):x.localeCompare(y,'vi'); return up?c:-c;});
        trs.forEach(function(tr){tbody.appendChild(tr);});
      });
    });
  });
  var trs=document.querySelectorAll('#meetings tbody tr'); var count=document.getElementById('shown');
  function filter(){var q=fold(document.getElementById('search').value).trim(); var n=0;
    for(var i=0;i<trs.length;i++){var on=!q||trs[i].dataset.search.indexOf(q)>=0; trs[i].style.display=on?'':'none'; if(on)n++;}
    count.textContent=String(n);}
  document.getElementById('search').addEventListener('input',filter); filter();
  var drawn=0; document.querySelectorAll('svg.chart-svg').forEach(function(s){var b=s.getBBox(); if(b.width>0&&b.height>0)drawn++;});
  body.dataset.rows=String(meetings); body.dataset.indicatorRows=String(indicators);
  body.dataset.charts=String(drawn); body.dataset.errors=String(errors); body.dataset.ready='1';
})();
"""


def render(data: ReportData, title: str = "vnmeet report", source_root: str = "") -> str:
    s = data.summary.to_dict(top=10)
    organizers = data.summary.organizers
    cards = [("bài / records", s["records"]), ("từ / words", s["words"]), ("bị loại / rejects", s["rejects"]["total"]),
             ("cuộc họp / meetings", s["meetings"]["total"]), ("số liệu / statistics", s["statistics"]["total"]),
             ("đơn vị tổ chức / organizers", s["meetings"]["organizers"]["keys"])]
    charts = [month_chart("Số cuộc họp theo tháng — meetings per month", dict(data.summary.meeting_months), "meetings")]
    for key, _ in sorted(data.indicator_names.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_INDICATORS]:
        by_org: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for when, organizer, value in data.indicators.get(key, []):
            by_org[organizers.name(organizer) if organizer else UNKNOWN].append((when, value))
        # the bodies with most figures, and the figures of articles without a body last
        top = sorted(by_org.items(), key=lambda kv: (kv[0] == UNKNOWN, -len(kv[1]), kv[0]))[:TOP_SERIES]
        charts.append(line_chart(f"{data.indicator_names.name(key)} (%) theo thời gian, theo đơn vị tổ chức — "
                                 "over time per body", dict(top), "%"))
    lengths = [(f"{b}+" if i == len(LENGTH_BINS) - 1 else f"{b}–{LENGTH_BINS[i + 1] - 1}", float(data.lengths.get(b, 0)))
               for i, b in enumerate(LENGTH_BINS)]
    charts.append(bar_chart("Độ dài bài viết (số từ) — article lengths in words", lengths, "articles", "lengths"))
    kinds = [(k["name"], float(k["count"])) for k in s["meetings"]["by_kind"]]
    charts.append(bar_chart("Loại cuộc họp — meetings by kind", kinds, "meetings", "kinds"))
    top_organizers = "".join(f"<tr><td>{_e(o['name'])}</td><td class=\"num\">{o['spellings']}</td>"
                             f"<td class=\"num\">{o['count']}</td></tr>" for o in s["meetings"]["top_organizers"])
    chairs = "".join(f"<tr><td>{_e(c['name'])}</td><td>{_e(c['title'] or '')}</td><td class=\"num\">{c['count']}</td></tr>"
                     for c in s["meetings"]["top_chairs"])

    def rows_json(rows: list[dict[str, Any]]) -> str:
        return orjson.dumps(rows).decode("utf-8").replace("</", "<\\/")

    capped = (f'<p class="note">Bảng giới hạn {MAX_MEETINGS:,} cuộc họp đầu tiên.</p>'
              if len(data.meetings) >= MAX_MEETINGS else "")
    capped_indicators = (f'<p class="note">Bảng giới hạn {MAX_INDICATOR_ROWS:,} số liệu đầu tiên.</p>'
                         if len(data.indicator_rows) >= MAX_INDICATOR_ROWS else "")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{CSS}</style></head>
<body data-source-root="{_e(source_root)}" data-ready="0">
<header><h1>{_e(title)}</h1></header>
<main>
<section class="cards">{"".join(f'<div class="card"><b>{v:,}</b>{_e(k)}</div>' for k, v in cards)}</section>
<section>{"".join(f"<div>{c}</div>" for c in charts)}</section>
<section><h2>Đơn vị tổ chức nhiều nhất — top organizers</h2>
<p class="note">Mỗi đơn vị một dòng, dù viết theo nhiều cách (one row per body, however it is written), với cách viết
thường gặp nhất.</p>
<table class="sortable"><thead><tr><th>organizer</th><th>spellings</th><th>meetings</th></tr></thead>
<tbody>{top_organizers}</tbody></table></section>
<section><h2>Người chủ trì nhiều nhất — officials who chaired most</h2>
<table class="sortable"><thead><tr><th>name</th><th>title</th><th>meetings</th></tr></thead><tbody>{chairs}</tbody></table></section>
<section><h2>Các cuộc họp — meetings (<span id="shown">0</span>)</h2>
<input id="search" type="search" placeholder="Tìm: ngày, loại, đơn vị, tên, người chủ trì… (search)">{capped}
<div class="wrap"><table id="meetings" class="sortable"><thead><tr><th>date</th><th>kind</th><th>organizer</th><th>name</th>
<th>chairs</th><th>source</th></tr></thead><tbody></tbody></table></div></section>
<section><h2>Chỉ số (%) — indicators</h2>{capped_indicators}
<div class="wrap"><table id="indicators" class="sortable"><thead><tr><th>date</th><th>organizer</th><th>indicator</th>
<th>%</th><th>source</th></tr></thead><tbody></tbody></table></div></section>
</main>
<script type="application/json" id="meetings-data">{rows_json(data.meetings)}</script>
<script type="application/json" id="indicators-data">{rows_json(data.indicator_rows)}</script>
<script>{SCRIPT}</script>
</body></html>
"""
