/* The recruiter console's small scripts: waiting clocks, the queue and the transcript
 * refreshing themselves, and the trend charts. Everything a candidate wrote goes into
 * the page as text (textContent), never as HTML. */
(function () {
  "use strict";

  var QUEUE_POLL_MS = 4000;
  var TRANSCRIPT_POLL_MS = 2500;
  var CLOCK_MS = 15000;

  // --- activity: polling alone must not keep a session alive ---------------------------
  var lastInteraction = 0;
  var lastPoll = Date.now();
  ["keydown", "mousedown", "touchstart", "wheel"].forEach(function (type) {
    document.addEventListener(type, function () { lastInteraction = Date.now(); },
      { passive: true, capture: true });
  });

  function getJSON(url, onData, onError) {
    var active = lastInteraction > lastPoll;
    lastPoll = Date.now();
    fetch(url, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Accept": "application/json", "X-Console-Poll": active ? "active" : "1" }
    }).then(function (response) {
      if (response.status === 401) {
        return response.json().then(function (body) {
          var reason = body && body.reason === "idle" ? "idle" : "expired";
          window.location.assign("/console/login?reason=" + reason + "&next=" +
            encodeURIComponent(window.location.pathname + window.location.search));
          return null;
        });
      }
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (data) {
      if (data) onData(data);
    }).catch(function (error) {
      if (onError) onError(error);
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function themeLabel(name) {
    var words = String(name).replace(/_/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function chips(themes, label) {
    var list = el("ul", "chips");
    if (label) list.setAttribute("aria-label", label);
    themes.forEach(function (theme) {
      list.append(el("li", "chip theme-" + theme, themeLabel(theme)));
    });
    return list;
  }

  // --- waiting clocks --------------------------------------------------------------------
  function formatDuration(seconds) {
    var minutes = Math.floor(Math.max(0, seconds) / 60);
    if (minutes < 1) return "under a minute";
    if (minutes < 60) return minutes + " min";
    var hours = Math.floor(minutes / 60);
    minutes = minutes % 60;
    if (hours < 48) return minutes ? hours + " h " + minutes + " min" : hours + " h";
    return Math.floor(hours / 24) + " days";
  }

  function tickClocks() {
    document.querySelectorAll(".clock[data-since]").forEach(function (clock) {
      var since = Date.parse(clock.dataset.since);
      var until = clock.dataset.until ? Date.parse(clock.dataset.until) : Date.now();
      if (!isNaN(since) && !isNaN(until)) clock.textContent = formatDuration((until - since) / 1000);
    });
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // "05 Mar 2026 14:05 GMT" in the recruiters' time zone, as the server writes it
  function formatWhen(isoText, timeZone) {
    var d = new Date(isoText);
    if (isNaN(d.getTime())) return "";
    try {
      var parts = {};
      new Intl.DateTimeFormat("en-GB", {
        timeZone: timeZone || "UTC", day: "2-digit", month: "short", year: "numeric",
        hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short"
      }).formatToParts(d).forEach(function (part) { parts[part.type] = part.value; });
      return [parts.day, parts.month, parts.year, parts.hour + ":" + parts.minute,
        parts.timeZoneName].join(" ");
    } catch (error) {
      return pad(d.getUTCDate()) + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear() + " " +
        pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + " UTC";
    }
  }

  // --- the handoff queue -----------------------------------------------------------------
  function queueRow(h, showRecruiter) {
    var row = el("tr", "urgency-" + h.urgency_name + " status-" + h.status);
    row.dataset.id = String(h.id);

    var urgency = el("td");
    urgency.append(el("span", "badge urgency-" + h.urgency_name, h.urgency_label));

    var who = el("td");
    var link = el("a", "", h.candidate.name);
    link.href = "/console/handoffs/" + encodeURIComponent(h.id);
    var details = [];
    if (h.placement.role) details.push(h.placement.role + " at " + h.placement.company);
    var line = details.join("");
    if (h.placement.day_in_role !== null) line += " · day " + h.placement.day_in_role;
    if (showRecruiter && h.recruiter.name) line += " · " + h.recruiter.name;
    who.append(link, el("div", "muted", line));

    var reason = el("td", "", h.reason_label);
    if (["distress", "urgent", "crisis"].indexOf(h.risk_level) >= 0 && h.risk_level !== h.reason) {
      reason.append(" ", el("span", "flag risk-" + h.risk_level, h.risk_level));
    }

    var themes = el("td");
    if (h.themes.length) themes.append(chips(h.themes));

    var waiting = el("td");
    var clock = el("span", "clock", formatDuration(h.waiting_seconds));
    clock.dataset.since = h.created_at;
    if (h.claimed_at || h.resolved_at) clock.dataset.until = h.claimed_at || h.resolved_at;
    waiting.append(clock);

    var alert = el("td", "alert-state alert-" + h.alert.state, h.alert.text);
    if (h.alert.error) alert.title = h.alert.error;

    row.append(urgency, who, reason, themes, waiting, el("td", "", h.status_text), alert);
    return row;
  }

  function startQueue(table) {
    var body = table.tBodies[0];
    var showRecruiter = table.dataset.showRecruiter === "yes";
    var known = {};
    Array.prototype.forEach.call(body.rows, function (row) { known[row.dataset.id] = true; });
    var signature = null;
    var announcer = document.getElementById("queue-announcer");
    var count = document.getElementById("queue-count");
    var empty = document.getElementById("queue-empty");
    var updated = document.getElementById("queue-updated");
    var baseTitle = document.title;
    var unseen = 0;

    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { unseen = 0; document.title = baseTitle; }
    });

    function render(data) {
      var rows = data.handoffs;
      var next = JSON.stringify(rows.map(function (h) {
        return [h.id, h.status, h.status_text, h.alert.text, h.themes];
      }));
      if (updated) updated.textContent = "Updated " + new Date().toLocaleTimeString() + ".";
      if (count) count.textContent = String(data.total);
      if (next === signature) return;
      signature = next;
      var fresh = [];
      var fragment = document.createDocumentFragment();
      rows.forEach(function (h) {
        var row = queueRow(h, showRecruiter);
        if (!known[String(h.id)]) {
          row.classList.add("is-new");
          fresh.push(h);
        }
        fragment.append(row);
      });
      body.replaceChildren(fragment);
      known = {};
      rows.forEach(function (h) { known[String(h.id)] = true; });
      if (empty) empty.hidden = rows.length > 0;
      if (fresh.length) {
        var top = fresh[0];
        announcer.textContent = (fresh.length === 1 ? "New handoff: " : fresh.length + " new handoffs, first: ") +
          top.urgency_label + ", " + top.candidate.name + ", " + top.reason_label + ".";
        if (document.hidden) {
          unseen += fresh.length;
          document.title = "(" + unseen + " new) " + baseTitle;
        }
      }
    }

    function poll() { getJSON(table.dataset.pollUrl, render, function () {
      if (updated) updated.textContent = "Could not refresh; retrying…";
    }); }
    window.setInterval(poll, QUEUE_POLL_MS);
  }

  // --- the live transcript ---------------------------------------------------------------
  function transcriptLine(line, candidateName, timeZone) {
    var risky = ["distress", "urgent", "crisis"].indexOf(line.risk) >= 0;
    var item = el("li", "line who-" + line.who + " is-new");
    if (line.themes && line.themes.length) item.classList.add("has-themes");
    if (risky) item.classList.add("risk-" + line.risk);
    if (line.turn) item.id = "turn-" + line.turn;
    var meta = el("div", "meta");
    var names = { candidate: candidateName, recruiter: "Recruiter", assistant: "Assistant" };
    meta.append(el("span", "who", names[line.who] || "Assistant"));
    if (line.at) {
      var time = el("time", "", formatWhen(line.at, timeZone));
      time.setAttribute("datetime", line.at);
      meta.append(time);
    }
    if (risky) {
      meta.append(el("span", "flag risk-" + line.risk,
        line.risk.charAt(0).toUpperCase() + line.risk.slice(1) + " risk"));
    }
    item.append(meta, el("p", "text", line.text));
    if (line.who === "candidate" && line.themes && line.themes.length) {
      item.append(chips(line.themes, "Themes heard"));
    }
    return item;
  }

  function startTranscript(list) {
    var count = parseInt(list.dataset.count, 10) || 0;
    var candidateName = list.dataset.candidate || "Candidate";
    var timeZone = list.dataset.timezone;
    function poll() {
      getJSON(list.dataset.liveUrl + "?after=" + count, function (data) {
        if (!data.lines || !data.lines.length) return;
        var placeholder = list.querySelector(".line.empty");
        if (placeholder) placeholder.remove();
        data.lines.forEach(function (line) { list.append(transcriptLine(line, candidateName, timeZone)); });
        count = data.count;
      });
    }
    window.setInterval(poll, TRANSCRIPT_POLL_MS);
  }

  // --- trends ----------------------------------------------------------------------------
  function startCharts(dataElement) {
    if (!window.Chart) return; // the tables under each chart still show the numbers
    var data = JSON.parse(dataElement.textContent);
    var styles = getComputedStyle(document.documentElement);
    function color(theme) {
      return styles.getPropertyValue("--theme-" + theme).trim() || "#667085";
    }
    function draw(id, block, horizontal) {
      var canvas = document.getElementById(id);
      if (!canvas) return;
      var datasets = block.series.map(function (entry) {
        return {
          label: data.labels[entry.theme] || themeLabel(entry.theme),
          data: entry.counts,
          backgroundColor: color(entry.theme),
          borderWidth: 0
        };
      });
      new window.Chart(canvas, {
        type: "bar",
        data: { labels: block.labels, datasets: datasets },
        options: {
          indexAxis: horizontal ? "y" : "x",
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          scales: {
            x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
            y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
          },
          plugins: { legend: { position: "bottom" } }
        }
      });
    }
    var byWeek = data.by_week;
    byWeek = { labels: byWeek.labels.map(function (monday) {
      var d = new Date(monday + "T00:00:00Z");
      return isNaN(d.getTime()) ? monday : pad(d.getUTCDate()) + " " + MONTHS[d.getUTCMonth()];
    }), series: byWeek.series };
    draw("chart-by-week", byWeek, false);
    draw("chart-by-company", data.by_company, true);
    draw("chart-by-role-week", { labels: data.by_role_week.labels.map(function (w) {
      return "week " + w;
    }), series: data.by_role_week.series }, false);
  }

  // --- small comforts --------------------------------------------------------------------
  function replyShortcut(form) {
    var text = form.querySelector("textarea");
    if (!text) return;
    text.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  function start() {
    tickClocks();
    window.setInterval(tickClocks, CLOCK_MS);
    var queue = document.getElementById("queue");
    if (queue && queue.dataset.pollUrl) startQueue(queue);
    var transcript = document.getElementById("transcript");
    if (transcript && transcript.dataset.liveUrl) startTranscript(transcript);
    var trends = document.getElementById("trends-data");
    if (trends) startCharts(trends);
    var reply = document.getElementById("reply");
    if (reply) replyShortcut(reply);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
