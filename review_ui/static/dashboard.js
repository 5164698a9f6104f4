// The dashboard's charts: Apache ECharts (static/vendor/echarts) over the series the page carries as JSON
// (#dash-data's data-series, written by templates/dashboard.html). Tooltips render on the canvas ("richText"): ECharts'
// HTML tooltips carry style="" attributes, which the Content-Security-Policy refuses.
(function () {
  "use strict";
  const PALETTE = ["#1f5fbf", "#c0392b", "#e67e22", "#27ae60", "#8e44ad", "#16a085", "#d35400", "#7f8c8d",
                   "#2c3e50", "#f1c40f"];

  function base(extra) {
    return Object.assign({
      color: PALETTE, animation: false,
      tooltip: { trigger: "axis", renderMode: "richText", confine: true },
      grid: { left: 44, right: 16, top: 36, bottom: 28, containLabel: true },
      legend: { top: 0, type: "scroll" },
    }, extra);
  }

  function stacked(labels, series, yName) {
    return base({
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", name: yName, minInterval: 1 },
      series: series.map((s) => ({ name: s.name, type: "bar", stack: "all", data: s.data, barMaxWidth: 28 })),
    });
  }

  function ranked(pairs) {
    const rows = pairs.slice().reverse();          // the largest on top
    return base({
      legend: { show: false },
      tooltip: { trigger: "axis", renderMode: "richText", confine: true, axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: rows.map((p) => p[0]), axisLabel: { width: 120, overflow: "truncate" } },
      series: [{ type: "bar", data: rows.map((p) => p[1]), barMaxWidth: 18, label: { show: true, position: "right" } }],
    });
  }

  function options(kind, d) {
    switch (kind) {
      case "hourly": return stacked(d.hours, d.hourly, d.labels.hits);
      case "daily": return stacked(d.days, d.daily, d.labels.hits);
      case "by_stream": return ranked(d.by_stream);
      case "by_shop": return ranked(d.by_shop);
      case "backlog": return base({
        legend: { show: false },
        xAxis: { type: "category", data: d.backlog.map((p) => p[0]) },
        yAxis: { type: "value", name: d.labels.hits, minInterval: 1 },
        series: [{ type: "bar", data: d.backlog.map((p) => p[1]), barMaxWidth: 48, label: { show: true, position: "top" } }],
      });
      case "rule_rates": return base({
        xAxis: { type: "category", data: d.rule_days },
        yAxis: { type: "value", name: d.labels.rate, min: 0, max: 1,
                 axisLabel: { formatter: (v) => Math.round(v * 100) + "%" } },
        series: d.rule_rates.map((s) => ({ name: s.name, type: "line", data: s.data, connectNulls: true, symbolSize: 6 })),
      });
      case "reviewers": return base({
        xAxis: { type: "category", data: d.reviewer_days },
        yAxis: { type: "value", name: d.labels.decisions, minInterval: 1 },
        series: d.reviewers.map((s) => ({ name: s.name, type: "bar", data: s.data, barMaxWidth: 24 })),
      });
    }
    return null;
  }

  function draw() {
    const source = document.getElementById("dash-data");
    if (!source || !window.echarts) return;
    const data = JSON.parse(source.dataset.series);
    const charts = [];
    document.querySelectorAll("[data-chart]").forEach((el) => {
      const opts = options(el.dataset.chart, data);
      if (!opts) return;
      const chart = window.echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(opts);
      el.dataset.drawn = "1";
      charts.push(chart);
    });
    window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
})();
