// The web page of quote-attribution: sends the pasted article to POST /v1/attribute and draws the
// answer. Plain JavaScript, no libraries, nothing loaded from elsewhere.
"use strict";

(() => {
  const PALETTE = ["#2f6fdf", "#d6336c", "#0f9d76", "#e07b00", "#7b4fd6", "#c92a2a",
    "#0b8fb3", "#5c940d", "#b4530a", "#4c5bd4", "#0c8a80", "#a61e8c"];
  const UNKNOWN = "#7d8595";
  const TYPES = { DIRECT: "direct", INDIRECT: "indirect", MIXED: "mixed" };
  const SAMPLE = [
    "RIVERTON, March 3. The city council approved a new budget on Tuesday after weeks of debate, "
      + "with Mayor Helen Ortiz saying the plan would \u201cput neighbourhoods first.\u201d",
    "\u201cWe listened to every resident who came to these meetings,\u201d Ortiz told reporters outside "
      + "city hall. \u201cThis budget is the result.\u201d",
    "Council member David Okafor, who voted against the plan, said the cuts to public transport "
      + "would hurt the people who can least afford it. He added that he would keep pushing for "
      + "more bus routes.",
    "The transport union warned that drivers could strike if the changes went ahead.",
    "\u201cNobody wants a strike,\u201d said Maria Lindqvist, the union\u2019s regional secretary. "
      + "\u201cBut our members have been patient for a long time.\u201d",
  ].join("\n\n");

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const state = { text: "", data: null, speakers: new Map(), focus: null };

  // ---- input ------------------------------------------------------------------------------

  const area = $("article");
  const updateCount = () => {
    const n = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
    $("count").textContent = n ? `${n.toLocaleString()} words` : "";
  };
  area.addEventListener("input", updateCount);
  area.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      attribute();
    }
  });
  $("attribute").addEventListener("click", attribute);
  $("sample").addEventListener("click", () => {
    area.value = SAMPLE;
    updateCount();
    attribute();
  });
  $("edit").addEventListener("click", () => showInput());

  const zone = $("dropzone");
  ["dragenter", "dragover"].forEach((t) => zone.addEventListener(t, (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  }));
  ["dragleave", "drop"].forEach((t) => zone.addEventListener(t, () => zone.classList.remove("dragging")));
  zone.addEventListener("drop", async (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) {
      area.value = await file.text();
    } else if (e.dataTransfer) {
      area.value = e.dataTransfer.getData("text/plain");
    }
    updateCount();
    area.focus();
  });

  function showInput() {
    $("result-view").hidden = true;
    $("input-view").hidden = false;
    hideStatus();
    area.focus();
  }

  function showStatus(message, kind) {
    const s = $("status");
    s.className = "status " + (kind || "");
    s.textContent = "";
    if (kind === "busy") s.append(el("span", "spinner"));
    s.append(el("span", "", message));
    s.hidden = false;
  }

  function hideStatus() {
    $("status").hidden = true;
  }

  async function attribute() {
    const text = area.value;
    if (!text.trim()) {
      showStatus("Paste an article first.", "error");
      area.focus();
      return;
    }
    $("attribute").disabled = true;
    showStatus("Reading the article\u2026", "busy");
    try {
      const response = await fetch("v1/attribute", {
        method: "POST",
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: text,
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const why = body.error || response.statusText;
        const advice = response.status === 503 ? " Try again in a moment." : "";
        showStatus(`The server said no (${response.status}): ${why}.${advice}`, "error");
        return;
      }
      hideStatus();
      show(text, body);
    } catch (err) {
      showStatus("Could not reach the server: " + err.message, "error");
    } finally {
      $("attribute").disabled = false;
    }
  }

  // ---- speakers ---------------------------------------------------------------------------

  // One entry per speaker: a person of the result, or for a statement without one, its source text.
  function speakersOf(data) {
    const people = new Map(data.people.map((p) => [p.id, p]));
    const speakers = new Map();
    let next = 0;
    data.statements.forEach((s, i) => {
      let key;
      let entry;
      if (s.speaker && people.has(s.speaker)) {
        key = s.speaker;
        entry = speakers.get(key) || { key, person: people.get(s.speaker), color: PALETTE[next++ % PALETTE.length] };
      } else {
        const label = s.source ? s.source.text.replace(/\s+/g, " ").trim() : "Unknown source";
        key = "src:" + label.toLowerCase();
        entry = speakers.get(key) || { key, label, kind: s.source_kind, color: UNKNOWN };
      }
      entry.statements = entry.statements || [];
      entry.statements.push(i);
      speakers.set(key, entry);
      s._who = key;
    });
    // people who were described but not quoted still belong in the panel
    data.people.forEach((p) => {
      if (!speakers.has(p.id)) {
        speakers.set(p.id, { key: p.id, person: p, color: PALETTE[next++ % PALETTE.length], statements: [] });
      }
    });
    return speakers;
  }

  const nameOf = (sp) => (sp.person ? sp.person.name : sp.label);
  const aboutOf = (sp) => (sp.person ? [sp.person.role, sp.person.affiliation].filter(Boolean).join(", ") : "");

  // ---- the article --------------------------------------------------------------------------

  function show(text, data) {
    state.text = text;
    state.data = data;
    state.speakers = speakersOf(data);
    state.focus = null;
    drawSummary();
    drawArticle();
    drawPeople();
    $("input-view").hidden = true;
    $("result-view").hidden = false;
    $("clear-focus").hidden = true;
    window.scrollTo({ top: 0 });
  }

  function drawSummary() {
    const st = state.data.statements;
    const count = (t) => st.filter((s) => s.type === t).length;
    const people = [...state.speakers.values()].filter((s) => s.person).length;
    const box = $("summary");
    box.textContent = "";
    const chip = (n, label, cls) => {
      const c = el("span", "chip " + (cls || ""));
      c.append(el("b", "", String(n)), document.createTextNode(" " + label));
      box.append(c);
    };
    chip(st.length, st.length === 1 ? "statement" : "statements", "total");
    chip(count("DIRECT"), "direct");
    chip(count("INDIRECT"), "indirect");
    chip(count("MIXED"), "mixed");
    chip(people, people === 1 ? "person" : "people");
  }

  // Splits the text at every begin and end of a content fragment, cue or source span and marks each
  // piece with what covers it: the innermost statement content, and any cue or source. A statement
  // that the attribution interrupts ("We were better," Alves said. "Then …") is marked fragment by
  // fragment, so the words between its fragments never read as what was said.
  function pieces(text, statements) {
    const cuts = new Set([0, text.length]);
    const marks = [];
    statements.forEach((s, i) => {
      const hull = s.content ? s.content.end - s.content.begin : 0;
      const add = (span, role) => {
        if (!span) return;
        const b = Math.max(0, Math.min(text.length, span.begin));
        const e = Math.max(b, Math.min(text.length, span.end));
        if (e > b) {
          marks.push({ b, e, role, i, size: role === "content" ? hull : e - b });
          cuts.add(b);
          cuts.add(e);
        }
      };
      const fragments = s.content_spans && s.content_spans.length ? s.content_spans : [s.content];
      fragments.forEach((f) => add(f, "content"));
      add(s.cue, "cue");
      add(s.source, "source");
    });
    const points = [...cuts].sort((a, b) => a - b);
    const starts = new Map();
    marks.forEach((m) => {
      if (!starts.has(m.b)) starts.set(m.b, []);
      starts.get(m.b).push(m);
    });
    const active = [];
    const out = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      (starts.get(a) || []).forEach((m) => active.push(m));
      for (let j = active.length - 1; j >= 0; j--) if (active[j].e <= a) active.splice(j, 1);
      let content = null;
      let cue = null;
      let source = null;
      active.forEach((m) => {
        if (m.role === "content" && (!content || m.size < content.size)) content = m;
        if (m.role === "cue") cue = m;
        if (m.role === "source") source = m;
      });
      out.push({ b, a, content, cue, source });
    }
    return out;
  }

  function drawArticle() {
    const { text, data } = state;
    const box = $("text");
    box.textContent = "";
    const frag = document.createDocumentFragment();
    const started = new Set();
    pieces(text, data.statements).forEach((p) => {
      const slice = text.slice(p.a, p.b);
      if (!p.content && !p.cue && !p.source) {
        frag.append(document.createTextNode(slice));
        return;
      }
      if (p.content && !started.has(p.content.i)) {
        started.add(p.content.i);
        frag.append(badge(p.content.i));
      }
      const span = el("span", "", slice);
      const classes = [];
      if (p.content) {
        const s = data.statements[p.content.i];
        classes.push("st", "st-" + (TYPES[s.type] || "indirect"));
        span.dataset.st = String(p.content.i);
        span.dataset.who = s._who;
        span.style.setProperty("--c", colorOf(s));
      }
      const other = p.cue || p.source;
      if (other) {
        const s = data.statements[other.i];
        if (p.cue) classes.push("cue");
        if (p.source) classes.push("src");
        span.dataset.of = String(other.i);
        span.dataset.ofWho = s._who;
        span.style.setProperty("--k", colorOf(s));
        if (!p.content) span.style.setProperty("--c", colorOf(s));
      }
      span.className = classes.join(" ");
      frag.append(span);
    });
    box.append(frag);
  }

  function colorOf(statement) {
    return state.speakers.get(statement._who).color;
  }

  function initials(name) {
    const words = name.replace(/[^\p{L}\p{N}\s'-]/gu, "").split(/\s+/).filter(Boolean);
    if (!words.length) return "?";
    const first = words[0][0];
    const last = words.length > 1 ? words[words.length - 1][0] : "";
    return (first + last).toUpperCase();
  }

  function badge(i) {
    const s = state.data.statements[i];
    const sp = state.speakers.get(s._who);
    const b = el("span", "who", sp.person ? initials(sp.person.name) : "?");
    b.dataset.st = String(i);
    b.dataset.who = s._who;
    b.style.setProperty("--c", sp.color);
    b.setAttribute("aria-hidden", "true");
    return b;
  }

  // ---- people -------------------------------------------------------------------------------

  function drawPeople() {
    const people = $("people");
    const others = $("others");
    people.textContent = "";
    others.textContent = "";
    const all = [...state.speakers.values()];
    const quoted = (a, b) => b.statements.length - a.statements.length;
    all.filter((s) => s.person).sort(quoted).forEach((sp) => people.append(card(sp)));
    const rest = all.filter((s) => !s.person).sort(quoted);
    rest.forEach((sp) => others.append(card(sp)));
    $("others-block").hidden = rest.length === 0;
    if (!all.some((s) => s.person)) {
      people.append(el("li", "empty", "No named people found."));
    }
  }

  function card(sp) {
    const li = el("li", "person");
    li.dataset.who = sp.key;
    li.style.setProperty("--c", sp.color);
    const head = el("button", "person-head");
    head.type = "button";
    head.setAttribute("aria-pressed", "false");
    const dot = el("span", "dot", sp.person ? initials(sp.person.name) : "?");
    const names = el("span", "names");
    names.append(el("span", "name", nameOf(sp)));
    const about = aboutOf(sp);
    const line = el("span", "about");
    if (sp.person) {
      if (sp.person.role) line.append(el("span", "role", sp.person.role));
      if (sp.person.affiliation) line.append(el("span", "affiliation", sp.person.affiliation));
      if (!about) line.append(el("span", "role muted", "no role found"));
    } else {
      line.append(el("span", "role muted", (sp.kind || "source").toLowerCase()));
    }
    names.append(line);
    const n = sp.statements.length;
    head.append(dot, names, el("span", "n", n === 1 ? "1 statement" : `${n} statements`));
    head.addEventListener("click", () => focus(state.focus === sp.key ? null : sp.key));
    li.append(head);
    if (n) {
      const list = el("ol", "said");
      sp.statements.forEach((i) => {
        const s = state.data.statements[i];
        const item = el("li", "said-item " + (TYPES[s.type] || ""));
        const link = el("button", "said-link");
        link.type = "button";
        link.append(el("span", "type", TYPES[s.type] || s.type.toLowerCase()),
          el("span", "snippet", snippet(s.content.text)));
        link.addEventListener("click", () => jumpTo(i));
        item.append(link);
        list.append(item);
      });
      li.append(list);
    }
    return li;
  }

  function snippet(text) {
    const t = text.replace(/\s+/g, " ").trim();
    return t.length > 140 ? t.slice(0, 137).replace(/\s+\S*$/, "") + "\u2026" : t;
  }

  function focus(key) {
    state.focus = key;
    const article = $("text");
    article.classList.toggle("focusing", key !== null);
    article.querySelectorAll(".on").forEach((e) => e.classList.remove("on"));
    document.querySelectorAll(".person.selected").forEach((e) => {
      e.classList.remove("selected");
      e.querySelector(".person-head").setAttribute("aria-pressed", "false");
    });
    $("clear-focus").hidden = key === null;
    if (key === null) return;
    const sel = `[data-who="${CSS.escape(key)}"], [data-of-who="${CSS.escape(key)}"]`;
    const marked = article.querySelectorAll(sel);
    marked.forEach((e) => e.classList.add("on"));
    const li = document.querySelector(`.person[data-who="${CSS.escape(key)}"]`);
    if (li) {
      li.classList.add("selected");
      li.querySelector(".person-head").setAttribute("aria-pressed", "true");
    }
    if (marked.length) scrollIntoViewIfNeeded(marked[0]);
  }

  function jumpTo(i) {
    const s = state.data.statements[i];
    if (state.focus !== s._who) focus(s._who);
    const first = $("text").querySelector(`.st[data-st="${i}"]`);
    if (!first) return;
    scrollIntoViewIfNeeded(first);
    $("text").querySelectorAll(`[data-st="${i}"]`).forEach((e) => {
      e.classList.remove("flash");
      void e.offsetWidth; // restart the animation
      e.classList.add("flash");
    });
  }

  function scrollIntoViewIfNeeded(e) {
    const r = e.getBoundingClientRect();
    if (r.top < 80 || r.bottom > window.innerHeight - 40) {
      e.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  $("clear-focus").addEventListener("click", () => focus(null));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.focus !== null) focus(null);
  });

  // A click on a statement, its cue or its source picks its speaker.
  $("text").addEventListener("click", (e) => {
    const t = e.target.closest("[data-who], [data-of-who]");
    if (!t) {
      focus(null);
      return;
    }
    const key = t.dataset.who || t.dataset.ofWho;
    focus(state.focus === key ? null : key);
  });

  // ---- tooltip ------------------------------------------------------------------------------

  const tip = $("tip");
  $("text").addEventListener("mouseover", (e) => {
    const t = e.target.closest("[data-st], [data-of]");
    if (!t) {
      tip.hidden = true;
      return;
    }
    const i = Number(t.dataset.st !== undefined ? t.dataset.st : t.dataset.of);
    const s = state.data.statements[i];
    const sp = state.speakers.get(s._who);
    tip.textContent = "";
    const head = el("div", "tip-head");
    head.style.setProperty("--c", sp.color);
    head.append(el("span", "tip-dot"), el("b", "", nameOf(sp)));
    tip.append(head);
    const about = aboutOf(sp);
    if (about) tip.append(el("div", "tip-about", about));
    const facts = [TYPES[s.type] || s.type.toLowerCase()];
    if (s.cue) facts.push(`cue \u201c${s.cue.text}\u201d`);
    if (typeof s.confidence === "number") facts.push(`confidence ${s.confidence.toFixed(2)}`);
    tip.append(el("div", "tip-facts", facts.join(" \u00b7 ")));
    if (s.source && (!sp.person || s.source.text !== sp.person.name)) {
      tip.append(el("div", "tip-facts", `source \u201c${snippet(s.source.text)}\u201d`));
    }
    tip.hidden = false;
    const r = t.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.min(Math.max(8, e.clientX - w / 2), window.innerWidth - w - 8);
    const above = r.top - tip.offsetHeight - 10;
    tip.style.left = `${left}px`;
    tip.style.top = `${above > 8 ? above : r.bottom + 10}px`;
  });
  $("text").addEventListener("mouseleave", () => { tip.hidden = true; });
  window.addEventListener("scroll", () => { tip.hidden = true; }, { passive: true });

  // ---- downloads ----------------------------------------------------------------------------

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  $("download-json").addEventListener("click", () => {
    const clean = JSON.parse(JSON.stringify(state.data, (k, v) => (k === "_who" ? undefined : v)));
    download("attribution.json", "application/json", JSON.stringify(clean, null, 2) + "\n");
  });

  $("download-csv").addEventListener("click", () => {
    download("statements.csv", "text/csv;charset=utf-8", "\ufeff" + toCsv());
  });

  // Statements as CSV (RFC 4180). A cell that a spreadsheet would read as a formula gets a leading '.
  function toCsv() {
    const cell = (v) => {
      let s = v === null || v === undefined ? "" : String(v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const people = new Map(state.data.people.map((p) => [p.id, p]));
    const rows = [["statement", "type", "speaker_id", "speaker", "role", "affiliation", "source",
      "source_kind", "cue", "cue_lemma", "content", "content_begin", "content_end", "confidence"]];
    state.data.statements.forEach((s, i) => {
      const p = s.speaker ? people.get(s.speaker) : null;
      rows.push([i + 1, s.type, s.speaker || "", p ? p.name : "", p ? p.role : "", p ? p.affiliation : "",
        s.source ? s.source.text : "", s.source_kind, s.cue ? s.cue.text : "", s.cue ? s.cue.lemma : "",
        s.content.text, s.content.begin, s.content.end, s.confidence]);
    });
    return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
  }

  // ---- health -------------------------------------------------------------------------------

  fetch("health").then((r) => r.json()).then((h) => {
    const e = $("health");
    e.classList.add(h.status === "ok" ? "ok" : "bad");
    e.textContent = h.status === "ok" ? "ready" : h.status;
    e.title = `${h.workers} workers, queue ${h.queue}, up to ${Math.round(h.max_body_bytes / 1024)} KiB an article`;
  }).catch(() => {
    $("health").classList.add("bad");
    $("health").textContent = "offline";
  });

  updateCount();
  area.focus();
})();
