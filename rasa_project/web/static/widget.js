/*
 * Sounding Board chat widget: plain JavaScript on socket.io-client 4.8, served by the
 * project itself (no CDN, no external fonts, nothing fetched from elsewhere).
 *
 * Embed with one tag; the widget loads its own stylesheet and socket.io-client from
 * the folder it was served from:
 *
 *   <script src="https://chat.agency.example/static/widget.js" defer
 *           data-server-url="https://rasa.agency.example"
 *           data-token-from="hash"></script>
 *
 *   data-server-url   the Rasa server (required)
 *   data-token        the check-in token, or
 *   data-token-from   "hash": read it from the page's URL fragment (#token=…)
 *   data-mount        a CSS selector to mount into (default: a box after the tag)
 *   data-max-chars    the longest message (default 2000; the server enforces its own)
 *   data-styles       "none" to skip loading widget.css
 *
 * or from your own script: SoundingBoard.mount({serverUrl, token, element}).
 *
 * Privacy: the conversation is kept in sessionStorage (this tab only, gone when it
 * closes) under a SHA-256 hash of the token, never under the token itself.
 * Safety: message text is only ever set with textContent / text nodes; only http(s)
 * URLs become links, built with DOM APIs.
 */
(function () {
  "use strict";

  if (window.SoundingBoard && window.SoundingBoard.mount) return; // loaded twice

  // Bump when the wording of the first-visit notice changes: everyone sees it again.
  var NOTICE_VERSION = "2026-11";
  var NOTICE_KEY = "sounding-board:notice-accepted";
  var HISTORY_PREFIX = "sounding-board:conversation:";
  var HISTORY_LIMIT = 300;
  var SEND_INTERVAL_MS = 800;
  var RECRUITER_PAYLOAD = "/request_human";
  var RECRUITER_TITLE = "Talk to my recruiter";

  var script = document.currentScript;
  var assetBase = script && script.src ? script.src : document.baseURI;

  function assetUrl(path) {
    return new URL(path, assetBase).href;
  }

  // --- small helpers -------------------------------------------------------------

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function charCount(text) {
    // Code points, as the server (Python len) counts them.
    return Array.from(text).length;
  }

  function formatNumber(n) {
    return n.toLocaleString("en");
  }

  var storage = {
    get: function (area, key) {
      try {
        return window[area].getItem(key);
      } catch (e) {
        return null; // storage disabled (privacy mode, blocked third-party storage)
      }
    },
    set: function (area, key, value) {
      try {
        window[area].setItem(key, value);
      } catch (e) {
        /* quota or disabled: the widget still works, it just forgets on reload */
      }
    },
    remove: function (area, key) {
      try {
        window[area].removeItem(key);
      } catch (e) {
        /* nothing to do */
      }
    }
  };

  // SHA-256 in plain JavaScript: synchronous and available on plain-http pages too,
  // where crypto.subtle is not.
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function ror(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function sha256Hex(text) {
    var data = new TextEncoder().encode(text);
    var padded = new Uint8Array(((data.length + 8) >> 6) * 64 + 64);
    padded.set(data);
    padded[data.length] = 0x80;
    var view = new DataView(padded.buffer);
    var bits = data.length * 8;
    view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(padded.length - 4, bits >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      var i;
      for (i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
      for (i = 16; i < 64; i++) {
        var s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        var s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [(h[0] + a) | 0, (h[1] + b) | 0, (h[2] + c) | 0, (h[3] + d) | 0,
        (h[4] + e) | 0, (h[5] + f) | 0, (h[6] + g) | 0, (h[7] + k) | 0];
    }
    return h.map(function (x) {
      return ("0000000" + (x >>> 0).toString(16)).slice(-8);
    }).join("");
  }

  // Text with http(s) URLs as links. Everything is a text node or an <a> built here.
  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;

  function appendTextWithLinks(parent, text) {
    var last = 0;
    var match;
    URL_PATTERN.lastIndex = 0;
    while ((match = URL_PATTERN.exec(text)) !== null) {
      var candidate = match[0].replace(/[.,;:!?)\]}]+$/, function (tail) {
        // keep a closing parenthesis that belongs to the URL, e.g. …/Foo_(bar)
        var opened = (match[0].match(/\(/g) || []).length;
        var closed = (match[0].slice(0, match[0].length - tail.length).match(/\)/g) || []).length;
        return opened > closed && tail.charAt(0) === ")" ? ")" : "";
      });
      var url = null;
      try {
        url = new URL(candidate);
      } catch (e) {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) continue;
      if (match.index > last) parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var link = el("a", { href: url.href, target: "_blank", rel: "noopener noreferrer" }, candidate);
      link.appendChild(el("span", { "class": "sb-visually-hidden" }, " (opens in a new tab)"));
      parent.appendChild(link);
      last = match.index + candidate.length;
      URL_PATTERN.lastIndex = last;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // socket.io-client, loaded once from our own vendor folder. A page that already has
  // another version on window.io keeps it: ours is taken and theirs put back.
  var ioReady = null;

  function loadSocketIo() {
    if (ioReady) return ioReady;
    ioReady = new Promise(function (resolve, reject) {
      var theirs = window.io;
      var tag = document.createElement("script");
      tag.src = assetUrl("vendor/socket.io.min.js");
      tag.async = true;
      tag.onload = function () {
        var ours = window.io;
        if (theirs !== undefined) window.io = theirs;
        if (typeof ours === "function") resolve(ours);
        else reject(new Error("socket.io-client did not load"));
      };
      tag.onerror = function () {
        ioReady = null;
        reject(new Error("socket.io-client could not be loaded"));
      };
      document.head.appendChild(tag);
    });
    return ioReady;
  }

  function loadStyles() {
    var href = assetUrl("widget.css");
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) if (links[i].href === href) return;
    document.head.appendChild(el("link", { rel: "stylesheet", href: href }));
  }

  var widgetCount = 0;

  // --- the widget ------------------------------------------------------------------

  function Widget(options) {
    widgetCount += 1;
    this.uid = "sb" + widgetCount;
    this.serverUrl = options.serverUrl;
    this.token = options.token || "";
    this.maxChars = options.maxChars || 2000;
    this.root = options.element;
    this.socket = null;
    this.lastSent = 0;
    this.pending = []; // user messages sent and not yet acknowledged by the server
    this.refusal = null; // a checkin_error waiting for its message's acknowledgement
    this.fatal = false;
    this.key = this.token ? HISTORY_PREFIX + sha256Hex(this.token) : null;
    this.state = this.loadState();
    this.build();
    this.restore();
  }

  Widget.prototype.loadState = function () {
    var empty = { entries: [], handoff: null, noticeSent: false, nextId: 1 };
    if (!this.key) return empty;
    try {
      var saved = JSON.parse(storage.get("sessionStorage", this.key) || "null");
      if (saved && Array.isArray(saved.entries)) return saved;
    } catch (e) {
      /* unreadable: start afresh */
    }
    return empty;
  };

  Widget.prototype.saveState = function () {
    if (!this.key) return;
    if (this.state.entries.length > HISTORY_LIMIT) {
      this.state.entries = this.state.entries.slice(-HISTORY_LIMIT);
    }
    storage.set("sessionStorage", this.key, JSON.stringify(this.state));
  };

  Widget.prototype.noticeAccepted = function () {
    return storage.get("localStorage", NOTICE_KEY) === NOTICE_VERSION;
  };

  Widget.prototype.build = function () {
    var self = this;
    var id = this.uid;
    var root = this.root;
    root.textContent = "";
    root.classList.add("sb-widget");
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", "Check-in chat");

    // header: connection state and the recruiter button, always there
    this.header = el("div", { "class": "sb-header" });
    this.status = el("p", { "class": "sb-status", role: "status", "data-state": "connecting" });
    this.statusText = el("span", { "class": "sb-status-text" }, "Connecting…");
    this.status.append(el("span", { "class": "sb-dot", "aria-hidden": "true" }), this.statusText);
    this.humanButton = el("button", { type: "button", "class": "sb-human" }, RECRUITER_TITLE);
    this.header.append(this.status, this.humanButton);

    // first-visit notice
    this.notice = el("div", {
      "class": "sb-notice-panel",
      role: "group",
      "aria-labelledby": id + "-notice-title",
      hidden: ""
    });
    this.notice.append(
      el("h2", { id: id + "-notice-title", "class": "sb-notice-title" }, "Before we start"),
      el("p", {}, "This is a short check-in about how your new job is going. " +
        "You are chatting with an automated assistant, not a person, " +
        "until your recruiter joins.")
    );
    var facts = el("dl", { "class": "sb-facts" });
    [
      ["What we keep", "What you write here, and the themes the assistant notices in it " +
        "(for example “long hours” or “no feedback from my manager”)."],
      ["Who sees it", "Your recruiter at the agency. At the end we ask you before " +
        "sharing a summary of this check-in with them."],
      ["How to delete it", "Type “delete my data” here at any time, or ask your recruiter."]
    ].forEach(function (fact) {
      facts.append(el("dt", {}, fact[0]), el("dd", {}, fact[1]));
    });
    this.acceptButton = el("button", { type: "button", "class": "sb-accept" },
      "I understand, start the check-in");
    this.notice.append(facts, this.acceptButton);

    // the conversation
    this.log = el("div", {
      "class": "sb-log",
      role: "log",
      "aria-live": "polite",
      "aria-label": "Conversation",
      tabindex: "0"
    });
    this.list = el("ol", { "class": "sb-list" });
    this.log.append(this.list);
    this.typing = el("p", { "class": "sb-typing", hidden: "" }, "The assistant is typing…");

    // the composer
    this.form = el("form", { "class": "sb-form", novalidate: "" });
    var label = el("label", { "for": id + "-input", "class": "sb-label" }, "Your message");
    this.input = el("textarea", {
      id: id + "-input",
      rows: "2",
      autocomplete: "off",
      "aria-describedby": id + "-hint " + id + "-counter"
    });
    this.sendButton = el("button", { type: "submit", "class": "sb-send" }, "Send");
    var meta = el("div", { "class": "sb-meta" });
    meta.append(
      el("span", { id: id + "-hint", "class": "sb-hint" }, "Enter sends, Shift+Enter adds a line."),
      (this.counter = el("span", { id: id + "-counter", "class": "sb-counter" }))
    );
    this.formNote = el("p", { "class": "sb-form-note", role: "status", "aria-live": "polite" });
    this.form.append(label, this.input, this.sendButton, meta, this.formNote);

    root.append(this.header, this.notice, this.log, this.typing, this.form);
    this.updateCounter();

    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.send(self.input.value);
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.send(self.input.value);
      }
    });
    this.input.addEventListener("input", function () {
      self.updateCounter();
    });
    this.humanButton.addEventListener("click", function () {
      self.send(RECRUITER_TITLE, RECRUITER_PAYLOAD, { keepDraft: true });
    });
    this.acceptButton.addEventListener("click", function () {
      self.acceptNotice();
    });
    this.onOnline = function () {
      if (!self.socket || self.fatal) return;
      if (self.socket.connected) self.setStatus("connected", "Connected");
      else self.socket.connect(); // now, rather than at the next back-off step
    };
    this.onOffline = function () {
      if (!self.fatal) {
        self.setStatus("offline", "You're offline. Your conversation is kept here; " +
          "it reconnects when you're back online.");
      }
    };
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
  };

  Widget.prototype.restore = function () {
    var entries = this.state.entries;
    for (var i = 0; i < entries.length; i++) {
      this.render(entries[i], i === entries.length - 1);
    }
    this.scrollToEnd();
    this.showNoticeIfNeeded();
    this.updateControls();
  };

  Widget.prototype.showNoticeIfNeeded = function () {
    var show = !this.fatal && !!this.token && !this.isAccepted();
    this.notice.hidden = !show;
    this.log.hidden = show;
    this.form.hidden = show;
    if (show) this.typing.hidden = true;
  };

  Widget.prototype.acceptNotice = function () {
    storage.set("localStorage", NOTICE_KEY, NOTICE_VERSION);
    this.accepted = true;
    this.reportNotice();
    this.showNoticeIfNeeded();
    this.updateControls();
    this.input.focus();
  };

  Widget.prototype.isAccepted = function () {
    // remembered in localStorage; this.accepted covers browsers where it is disabled
    return this.accepted || this.noticeAccepted();
  };

  Widget.prototype.reportNotice = function () {
    // Tell the server once per conversation which wording the candidate accepted.
    if (this.state.noticeSent || !this.isAccepted() || !this.socket || !this.socket.connected) return;
    this.socket.emit("notice_accepted", { version: NOTICE_VERSION });
    this.state.noticeSent = true;
    this.saveState();
  };

  Widget.prototype.connected = function () {
    return !!(this.socket && this.socket.connected);
  };

  Widget.prototype.updateControls = function () {
    var usable = !this.fatal && !!this.token && this.isAccepted();
    this.input.disabled = !usable;
    this.sendButton.disabled = !usable || !this.connected();
    // Just after a message the button stays focusable but inactive for a moment.
    var throttled = Date.now() - this.lastSent < SEND_INTERVAL_MS;
    this.sendButton.setAttribute("aria-disabled", String(throttled));
    this.humanButton.disabled = !usable || !this.connected();
    this.notice.hidden = this.notice.hidden || this.fatal;
  };

  Widget.prototype.setStatus = function (state, text) {
    this.status.setAttribute("data-state", state);
    this.status.classList.toggle("sb-error", state === "refused" || state === "unreachable");
    if (this.statusText.textContent !== text) this.statusText.textContent = text;
  };

  Widget.prototype.note = function (text, isError) {
    this.formNote.textContent = text || "";
    this.formNote.classList.toggle("sb-error", !!isError);
  };

  Widget.prototype.updateCounter = function () {
    var count = charCount(this.input.value);
    var over = count - this.maxChars;
    this.counter.textContent = formatNumber(count) + " / " + formatNumber(this.maxChars) +
      (over > 0 ? " (" + formatNumber(over) + " too many)" : "");
    this.counter.classList.toggle("sb-error", over > 0);
  };

  Widget.prototype.scrollToEnd = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  // --- messages ----------------------------------------------------------------

  Widget.prototype.record = function (entry) {
    entry.id = this.state.nextId++;
    this.state.entries.push(entry);
    this.saveState();
    this.clearQuickReplies();
    var node = this.render(entry, true);
    this.scrollToEnd();
    return node;
  };

  Widget.prototype.render = function (entry, isLast) {
    var item;
    if (entry.kind === "notice") {
      item = el("li", { "class": "sb-msg sb-notice" }, String(entry.text || ""));
    } else {
      item = el("li", { "class": "sb-msg sb-" + entry.kind });
      var speaker;
      if (entry.kind === "user") speaker = el("span", { "class": "sb-visually-hidden" }, "You: ");
      else if (entry.kind === "bot") speaker = el("span", { "class": "sb-visually-hidden" }, "Assistant: ");
      else speaker = el("span", { "class": "sb-speaker" }, (entry.name || "Your recruiter") + ", your recruiter");
      var text = el("span", { "class": "sb-text" });
      appendTextWithLinks(text, String(entry.text || ""));
      item.append(speaker, text);
    }
    item.setAttribute("data-id", String(entry.id));
    this.list.append(item);
    if (isLast && entry.quickReplies && entry.quickReplies.length) this.renderQuickReplies(entry.quickReplies);
    return item;
  };

  Widget.prototype.renderQuickReplies = function (replies) {
    var self = this;
    var item = el("li", { "class": "sb-quick-replies" });
    var group = el("div", { role: "group", "aria-label": "Suggested answers" });
    replies.forEach(function (reply) {
      var button = el("button", { type: "button", "class": "sb-quick" }, reply.title);
      button.addEventListener("click", function () {
        if (self.send(reply.title, reply.payload || reply.title, { keepDraft: true })) {
          self.input.focus();
        }
      });
      group.append(button);
    });
    item.append(group);
    this.list.append(item);
  };

  Widget.prototype.clearQuickReplies = function () {
    var groups = this.list.querySelectorAll(".sb-quick-replies");
    for (var i = 0; i < groups.length; i++) groups[i].remove();
  };

  Widget.prototype.receive = function (message) {
    if (!message || typeof message !== "object") return;
    if (message.notice === "handed_back") {
      var name = typeof message.name === "string" && message.name ? message.name : null;
      this.state.handoff = null;
      this.record({
        kind: "notice",
        text: (name || "Your recruiter") + " handed the conversation back to the assistant"
      });
      return;
    }
    if (typeof message.text !== "string" || !message.text) return;
    if (message.sender === "recruiter") {
      var recruiter = typeof message.name === "string" && message.name ? message.name : null;
      if (!this.state.handoff) {
        this.state.handoff = recruiter || "Your recruiter";
        this.record({
          kind: "notice",
          text: recruiter ? recruiter + " from the agency has joined" : "Your recruiter has joined"
        });
      }
      this.typing.hidden = true;
      this.record({ kind: "recruiter", name: recruiter, text: message.text });
      return;
    }
    var replies = (Array.isArray(message.quick_replies) ? message.quick_replies : [])
      .filter(function (r) { return r && typeof r.title === "string" && r.title; })
      .map(function (r) {
        return { title: r.title, payload: typeof r.payload === "string" && r.payload ? r.payload : r.title };
      });
    this.record({ kind: "bot", text: message.text, quickReplies: replies });
  };

  // Returns true when the message went out.
  Widget.prototype.send = function (text, payload, options) {
    var self = this;
    var message = (text || "").trim();
    if (!message || !this.isAccepted() || this.fatal) return false;
    if (!this.connected()) {
      this.note("Not connected right now. Your message stays here; send it once the " +
        "chat has reconnected.", true);
      return false;
    }
    var count = charCount(message);
    if (count > this.maxChars) {
      this.note("That message is " + formatNumber(count - this.maxChars) + " characters too " +
        "long. Messages can be at most " + formatNumber(this.maxChars) + " characters.", true);
      return false;
    }
    var now = Date.now();
    if (now - this.lastSent < SEND_INTERVAL_MS) {
      this.note("Please wait a moment before sending another message.", true);
      return false;
    }
    this.lastSent = now;
    window.setTimeout(function () { self.updateControls(); }, SEND_INTERVAL_MS);
    this.note("");
    var node = this.record({ kind: "user", text: message });
    var entryId = this.state.entries[this.state.entries.length - 1].id;
    var sent = { node: node, entryId: entryId };
    this.pending.push(sent);
    node.classList.add("sb-pending");
    this.socket.emit("user_uttered", { message: payload || message }, function () {
      self.acknowledged(sent);
    });
    if (!(options && options.keepDraft)) {
      this.input.value = "";
      this.updateCounter();
    }
    this.typing.hidden = !!this.state.handoff;
    this.updateControls();
    return true;
  };

  // The server acknowledges a message once it has handled it (after the replies).
  Widget.prototype.acknowledged = function (sent) {
    this.pending = this.pending.filter(function (p) { return p !== sent; });
    sent.node.classList.remove("sb-pending");
    var mark = sent.node.querySelector(".sb-unsure");
    if (mark) mark.remove();
    if (this.refusal) {
      var refusal = this.refusal;
      this.refusal = null;
      sent.node.classList.add("sb-failed");
      sent.node.append(el("span", { "class": "sb-failed-note" }, "Not sent"));
      this.state.entries = this.state.entries.filter(function (e) { return e.id !== sent.entryId; });
      this.saveState();
      this.note("That message wasn't sent: " + refusal + " Please change it and try again.", true);
    }
    if (!this.pending.length) this.typing.hidden = true;
  };

  // --- the connection ------------------------------------------------------------

  Widget.prototype.refuse = function (message) {
    this.fatal = true;
    if (this.socket) this.socket.disconnect();
    if (this.key) storage.remove("sessionStorage", this.key); // an old link's transcript
    this.list.textContent = "";
    this.typing.hidden = true;
    this.setStatus("refused", message);
    this.showNoticeIfNeeded();
    this.updateControls();
  };

  Widget.prototype.connect = function (io) {
    var self = this;
    var socket = io(this.serverUrl, {
      auth: { token: this.token },
      transports: ["websocket"], // no sticky sessions needed with several Rasa instances
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000
    });
    this.socket = socket;
    socket.on("connect", function () {
      self.setStatus("connected", "Connected");
      socket.emit("session_request", {});
      self.reportNotice();
      self.note("");
      self.updateControls();
    });
    socket.on("disconnect", function (reason) {
      if (self.fatal || reason === "io client disconnect") return;
      // socket.io retries by itself, except when the server closed the socket
      if (reason === "io server disconnect") socket.connect();
      self.pending.forEach(function (sent) {
        if (!sent.node.querySelector(".sb-unsure")) {
          sent.node.append(el("span", { "class": "sb-unsure" },
            "Connection lost while sending: if no answer comes, please send it again."));
        }
      });
      self.pending = [];
      self.typing.hidden = true;
      self.setStatus("reconnecting", "Connection lost. Reconnecting…");
      self.updateControls();
    });
    socket.on("connect_error", function (err) {
      if (err && err.data && err.data.reason) {
        // The server refused the token: retrying cannot help.
        self.refuse(err.message || "This check-in link is not valid.");
      } else if (navigator.onLine === false) {
        self.onOffline();
      } else {
        self.setStatus("unreachable", "Can't reach the assistant right now. Retrying…");
      }
      self.updateControls();
    });
    socket.on("bot_uttered", function (message) {
      self.receive(message);
    });
    socket.on("checkin_error", function (error) {
      self.refusal = (error && error.message) || "the server could not accept it.";
    });
  };

  Widget.prototype.start = function () {
    var self = this;
    if (!this.serverUrl) {
      this.fatal = true;
      this.setStatus("refused", "The chat is not set up: it needs the assistant's address.");
      this.updateControls();
      return;
    }
    if (!this.token) {
      this.refuse("This chat needs the check-in link from your invitation.");
      return;
    }
    loadSocketIo().then(function (io) {
      if (!self.destroyed) self.connect(io);
    }, function () {
      self.setStatus("unreachable", "The chat could not be loaded. Please reload the page.");
    });
  };

  Widget.prototype.destroy = function () {
    this.destroyed = true;
    if (this.socket) this.socket.disconnect();
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    this.root.sbWidget = null;
    this.root.textContent = "";
    this.root.classList.remove("sb-widget");
    this.root.removeAttribute("role");
    this.root.removeAttribute("aria-label");
  };

  // --- public API ----------------------------------------------------------------

  function mount(options) {
    options = options || {};
    var element = typeof options.element === "string"
      ? document.querySelector(options.element) : options.element;
    if (!element) throw new Error("SoundingBoard.mount: element not found");
    if (element.sbWidget) return element.sbWidget; // mounted already: never twice
    if (options.styles !== false) loadStyles();
    var widget = new Widget({
      serverUrl: options.serverUrl,
      token: options.token,
      maxChars: options.maxChars,
      element: element
    });
    element.sbWidget = widget;
    widget.start();
    return widget;
  }

  window.SoundingBoard = { mount: mount, noticeVersion: NOTICE_VERSION, _sha256Hex: sha256Hex };

  if (script && script.dataset.serverUrl) {
    var data = script.dataset;
    var tokenFromHash = function () {
      return new URLSearchParams(window.location.hash.slice(1)).get("token");
    };
    var start = function () {
      var token = data.tokenFrom === "hash" ? tokenFromHash() : data.token;
      if (data.tokenFrom === "hash") {
        // another check-in link opened in this tab: start afresh with its token
        window.addEventListener("hashchange", function () {
          if (tokenFromHash() !== token) window.location.reload();
        });
      }
      var element = data.mount ? document.querySelector(data.mount) : null;
      if (!element) {
        element = el("div", { "class": "sb-host" });
        if (script.parentNode && script.parentNode !== document.head) {
          script.parentNode.insertBefore(element, script.nextSibling);
        } else {
          document.body.appendChild(element);
        }
      }
      mount({
        serverUrl: data.serverUrl,
        token: token,
        maxChars: parseInt(data.maxChars, 10) || undefined,
        element: element,
        styles: data.styles !== "none"
      });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})();
