/*
 * Sounding Board chat widget: plain JavaScript on socket.io-client, served by the
 * project (no CDN). Embed with one tag:
 *   <script src="https://…/static/widget.js" data-server-url="https://rasa…"
 *           data-token="…" data-mount="#chat"></script>
 * or call SoundingBoard.mount({serverUrl, token, element}).
 * Message text is only ever set with textContent: never parsed as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var baseUrl = script ? script.src.replace(/[^/]*$/, "") : "/static/";
  var SEND_INTERVAL_MS = 800;

  function loadSocketIo(callback) {
    if (window.io) return callback();
    var tag = document.createElement("script");
    tag.src = baseUrl + "vendor/socket.io.min.js";
    tag.onload = function () { callback(); };
    tag.onerror = function () { callback(new Error("socket.io-client could not be loaded")); };
    document.head.appendChild(tag);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function Widget(options) {
    this.serverUrl = options.serverUrl;
    this.token = options.token;
    this.maxChars = options.maxChars || 2000;
    this.root = options.element;
    this.lastSent = 0;
    this.build();
  }

  Widget.prototype.build = function () {
    var root = this.root;
    root.classList.add("sb-widget");
    this.status = el("p", { "class": "sb-status", role: "status" }, "Connecting…");
    this.log = el("ol", { "class": "sb-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
    this.typing = el("p", { "class": "sb-typing", hidden: "" }, "The assistant is typing…");
    this.form = el("form", { "class": "sb-form" });
    var label = el("label", { "for": "sb-input", "class": "sb-label" }, "Your message");
    this.input = el("textarea", { id: "sb-input", rows: "2", maxlength: String(this.maxChars) });
    this.counter = el("span", { "class": "sb-counter", "aria-live": "off" }, "0 / " + this.maxChars);
    this.sendButton = el("button", { type: "submit", "class": "sb-send" }, "Send");
    this.form.append(label, this.input, this.counter, this.sendButton);
    root.append(this.status, this.log, this.typing, this.form);
    this.setEnabled(false);

    var self = this;
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.send(self.input.value);
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        self.send(self.input.value);
      }
    });
    this.input.addEventListener("input", function () {
      self.counter.textContent = self.input.value.length + " / " + self.maxChars;
    });
  };

  Widget.prototype.setEnabled = function (enabled) {
    this.input.disabled = !enabled;
    this.sendButton.disabled = !enabled;
  };

  Widget.prototype.setStatus = function (text, isError) {
    this.status.textContent = text;
    this.status.classList.toggle("sb-error", !!isError);
  };

  Widget.prototype.addMessage = function (who, text) {
    var item = el("li", { "class": "sb-msg sb-" + who });
    item.append(el("span", { "class": "sb-visually-hidden" }, who === "user" ? "You: " : "Assistant: "));
    item.append(el("span", { "class": "sb-text" }, text));
    this.log.append(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  };

  Widget.prototype.addQuickReplies = function (replies) {
    var self = this;
    var group = el("li", { "class": "sb-quick-replies" });
    replies.forEach(function (reply) {
      var button = el("button", { type: "button", "class": "sb-quick" }, reply.title);
      button.addEventListener("click", function () {
        group.remove();
        self.send(reply.title, reply.payload);
      });
      group.append(button);
    });
    this.log.append(group);
  };

  Widget.prototype.connect = function () {
    var self = this;
    if (!this.token) {
      this.setStatus("This chat needs the check-in link from your invitation.", true);
      return;
    }
    var socket = window.io(this.serverUrl, {
      auth: { token: this.token },
      transports: ["websocket"],
      reconnectionDelayMax: 5000
    });
    this.socket = socket;
    socket.on("connect", function () {
      self.setStatus("Connected. Your check-in is private.");
      self.setEnabled(true);
      socket.emit("session_request", {});
    });
    socket.on("disconnect", function () {
      self.setStatus("Connection lost, reconnecting…", true);
      self.setEnabled(false);
    });
    socket.on("connect_error", function (err) {
      if (err && err.data && err.data.reason) {
        // The server refused the token: retrying cannot help.
        socket.disconnect();
        self.setStatus(err.message, true);
      } else {
        self.setStatus("Can't reach the assistant right now, retrying…", true);
      }
    });
    socket.on("bot_uttered", function (message) {
      self.typing.hidden = true;
      if (message && message.text) self.addMessage("bot", message.text);
      if (message && message.quick_replies && message.quick_replies.length) {
        self.addQuickReplies(message.quick_replies);
      }
    });
    socket.on("checkin_error", function (error) {
      self.typing.hidden = true;
      self.setStatus((error && error.message) || "That message could not be sent.", true);
    });
  };

  Widget.prototype.send = function (text, payload) {
    var message = (text || "").trim();
    if (!message || !this.socket || !this.socket.connected) return;
    if (message.length > this.maxChars) {
      this.setStatus("Messages can be at most " + this.maxChars + " characters long.", true);
      return;
    }
    var now = Date.now();
    if (now - this.lastSent < SEND_INTERVAL_MS) return;
    this.lastSent = now;
    this.addMessage("user", message);
    this.socket.emit("user_uttered", { message: payload || message });
    this.input.value = "";
    this.counter.textContent = "0 / " + this.maxChars;
    this.typing.hidden = false;
  };

  function mount(options) {
    var element = typeof options.element === "string"
      ? document.querySelector(options.element) : options.element;
    var widget = new Widget({
      serverUrl: options.serverUrl,
      token: options.token,
      maxChars: options.maxChars,
      element: element
    });
    loadSocketIo(function (error) {
      if (error) return widget.setStatus("The chat could not be loaded.", true);
      widget.connect();
    });
    return widget;
  }

  window.SoundingBoard = { mount: mount };

  if (script && script.dataset.mount) {
    var data = script.dataset;
    var token = data.token;
    if (data.tokenFrom === "hash") {
      token = new URLSearchParams(window.location.hash.slice(1)).get("token");
    }
    var start = function () {
      mount({
        serverUrl: data.serverUrl,
        token: token,
        maxChars: parseInt(data.maxChars, 10) || 2000,
        element: data.mount
      });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})();
