// The charts, drawn with uPlot (served from this server) from /charts/data.json.
(async function () {
  const uPlot = window.uPlot;
  const data = await (await fetch("/charts/data.json", { credentials: "same-origin", cache: "no-store" })).json();
  const width = (id) => Math.max(320, document.getElementById(id).clientWidth - 16);
  const colours = { critical: "#b3261e", high: "#c25e00", normal: "#1f5fbf" };

  new uPlot(
    {
      width: width("chart-daily"),
      height: 220,
      series: [{}, ...["critical", "high", "normal"].map((t) => ({ label: t, stroke: colours[t], width: 2 }))],
      axes: [{}, { label: "cases" }],
    },
    [data.daily.days, data.daily.critical, data.daily.high, data.daily.normal],
    document.getElementById("chart-daily"),
  );

  new uPlot(
    {
      width: width("chart-weekly"),
      height: 220,
      series: [{}, { label: "to claim (h)", stroke: "#5b3cc4", width: 2, spanGaps: true }, { label: "to resolve (h)", stroke: "#2e7d32", width: 2, spanGaps: true }],
      axes: [{}, { label: "hours" }],
    },
    [data.weekly.weeks, data.weekly.claimHours, data.weekly.resolveHours],
    document.getElementById("chart-weekly"),
  );

  function bars(id, rows) {
    const top = rows.slice(0, 12);
    if (top.length === 0) return;
    const xs = top.map((_, i) => i);
    new uPlot(
      {
        width: width(id),
        height: 200,
        scales: { x: { time: false, range: [-0.5, top.length - 0.5] } },
        series: [{}, { label: "cases", fill: "#1f5fbf88", stroke: "#1f5fbf", paths: uPlot.paths.bars({ size: [0.7] }), points: { show: false } }],
        axes: [{ values: (u, splits) => splits.map((i) => (top[i] ? top[i].name : "")), rotate: -30, size: 70 }, {}],
      },
      [xs, top.map((r) => r.n)],
      document.getElementById(id),
    );
  }
  bars("chart-provinces", data.provinces);
  bars("chart-nationalities", data.nationalities);
  document.body.dataset.chartsReady = "1";
})();
