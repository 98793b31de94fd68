/*
 * Jobandel: interactive weekly availability editor (progressive enhancement).
 *
 * The server renders, inside a <form>, a `.week-grid-editor` holding one text field per day
 * (`.week-grid-days input[data-day="0".."6"]`, text like "08:00–12:00, 13:00–16:00"). That works
 * without JavaScript. This script reads those fields into 7 × 48 half-hour slots, shows a grid the
 * user can paint with pointer, touch or keyboard, and writes the canonical text back into the
 * fields after every change, so the form posts exactly what was painted.
 *
 * If any field cannot be read, the editor is left alone (the text fields stay, nothing is lost).
 * CSP-safe: no inline handlers, no eval, no style attributes; all looks come from week-grid.css.
 * Only global: window.JobandelWeekGrid (parse/format helpers and init, for tests).
 */
(function () {
    'use strict';

    var DAYS = 7;
    var SLOTS = 48;               // half hours per day
    var WORKDAY_FROM = 16;        // 08:00
    var WORKDAY_TO = 32;          // 16:00 (exclusive)
    var PAGE_SLOTS = 8;           // PageUp/PageDown move four hours
    var DASHES = /\s*[\-\u2010-\u2015\u2212]\s*/;
    var TIME = /^(\d{1,2})(?:[:.](\d{2}))?$/;
    var EN_DASH = '\u2013';

    var instances = typeof WeakMap === 'function' ? new WeakMap() : null;
    var idCounter = 0;
    var activePaint = null;       // { editor, pointerId, value, day, slot }

    /* ---------- text format ---------- */

    /** "8", "08", "8:30", "08.30", "24:00" → slot boundary 0..48, or -1 when unreadable. */
    function parseTime(text) {
        var m = TIME.exec(text);
        if (!m) {
            return -1;
        }
        var h = parseInt(m[1], 10);
        var min = m[2] === undefined ? 0 : parseInt(m[2], 10);
        if ((min !== 0 && min !== 30) || h > 24 || (h === 24 && min !== 0)) {
            return -1;
        }
        return h * 2 + (min === 30 ? 1 : 0);
    }

    /** Day text → array of 48 booleans, or null when the text can't be read. */
    function parseDay(text) {
        var slots = emptyDay();
        var trimmed = (text == null ? '' : String(text)).trim();
        if (trimmed === '') {
            return slots;
        }
        var parts = trimmed.split(',');
        for (var i = 0; i < parts.length; i++) {
            var part = parts[i].trim();
            if (part === '') {
                continue;
            }
            var ends = part.split(DASHES);
            if (ends.length !== 2) {
                return null;
            }
            var from = parseTime(ends[0]);
            var to = parseTime(ends[1]);
            if (from < 0 || to < 0 || from >= to) {
                return null;
            }
            for (var s = from; s < to; s++) {
                slots[s] = true;
            }
        }
        return slots;
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    /** Slot boundary 0..48 → "HH:MM" ("24:00" for 48). */
    function formatTime(boundary) {
        return pad(Math.floor(boundary / 2)) + ':' + (boundary % 2 ? '30' : '00');
    }

    /** 48 booleans → canonical "HH:MM–HH:MM, HH:MM–HH:MM" (sorted, adjacent ranges merged). */
    function formatDay(slots) {
        var ranges = [];
        var s = 0;
        while (s < SLOTS) {
            if (!slots[s]) {
                s++;
                continue;
            }
            var start = s;
            while (s < SLOTS && slots[s]) {
                s++;
            }
            ranges.push(formatTime(start) + EN_DASH + formatTime(s));
        }
        return ranges.join(', ');
    }

    function emptyDay() {
        var slots = [];
        for (var s = 0; s < SLOTS; s++) {
            slots.push(false);
        }
        return slots;
    }

    function fill(template, a, b) {
        return String(template).split('{0}').join(a).split('{1}').join(b === undefined ? '' : b);
    }

    function isDanish(el) {
        var holder = el.closest('[lang]') || document.documentElement;
        return /^da\b/i.test(holder.getAttribute('lang') || document.documentElement.lang || '');
    }

    function formatNumber(n, danish) {
        var text = n % 1 === 0 ? String(n) : n.toFixed(1);
        return danish ? text.replace('.', ',') : text;
    }

    function readNumber(value) {
        if (value == null || String(value).trim() === '') {
            return null;
        }
        var n = parseFloat(String(value).replace(',', '.'));
        return isNaN(n) ? null : n;
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text != null) {
            node.textContent = text;
        }
        return node;
    }

    function uniqueId(base) {
        var id;
        do {
            idCounter++;
            id = base + '-' + idCounter;
        } while (document.getElementById(id));
        return id;
    }

    function endsWithPunctuation(text) {
        return /[.!?:;]\s*$/.test(text);
    }

    /* ---------- one editor ---------- */

    function Editor(root) {
        this.root = root;
        var data = root.dataset;
        this.texts = {
            total: data.textTotal || 'Total: {0} hours a week',
            desired: data.textDesired || 'You want {0}\u2013{1} hours',
            below: data.textBelow || 'That is fewer hours than you want.',
            above: data.textAbove || 'That is more hours than you want.',
            within: data.textWithin || 'That matches the hours you want.',
            grid: data.textGrid || 'Available time',
            instructions: data.textInstructions || '',
            clearDay: data.textClearDay || 'Clear {0}',
            fillWeekdays: data.textFillWeekdays || 'Weekdays 8\u201316',
            clearAll: data.textClearAll || 'Clear the whole week',
            available: data.textAvailable || 'available',
            unavailable: data.textUnavailable || 'not available'
        };
        this.desiredMin = readNumber(data.desiredMin);
        this.desiredMax = readNumber(data.desiredMax);
        this.inputs = [];
        this.dayNames = [];
        this.dayShort = [];
        this.model = [];
        this.cells = [];
        this.dirty = {};          // days whose field must be rewritten
        this.unsent = {};         // days changed since the last input/change event
        this.focusDay = 0;
        this.focusSlot = WORKDAY_FROM;
        this.keyPaint = null;     // { value } while painting by Shift+arrows
        this.dispatching = false;
    }

    /** Reads the fields. Returns false (and changes nothing) when the editor can't be enhanced. */
    Editor.prototype.read = function () {
        var days = this.root.querySelector('.week-grid-days');
        if (!days) {
            return false;
        }
        var found = days.querySelectorAll('input[data-day]');
        for (var i = 0; i < found.length; i++) {
            var d = parseInt(found[i].getAttribute('data-day'), 10);
            if (d >= 0 && d < DAYS && !this.inputs[d]) {
                this.inputs[d] = found[i];
            }
        }
        for (var day = 0; day < DAYS; day++) {
            var input = this.inputs[day];
            if (!input) {
                return false;
            }
            var slots = parseDay(input.value);
            if (!slots) {
                return false;
            }
            this.model[day] = slots;
            var wrapper = input.closest('.week-grid-day');
            var label = (input.labels && input.labels[0]) || (wrapper && wrapper.querySelector('label'));
            var name = label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
            this.dayNames[day] = name || input.name || String(day + 1);
            this.dayShort[day] = input.getAttribute('data-day-short') || this.dayNames[day].slice(0, 3);
        }
        var errors = days.querySelectorAll('.field-error');
        this.hasErrors = false;
        for (i = 0; i < errors.length; i++) {
            if (errors[i].textContent.trim() !== '') {
                this.hasErrors = true;
            }
        }
        return true;
    };

    Editor.prototype.build = function () {
        var self = this;
        var t = this.texts;
        var ui = el('div', 'wg-ui');

        var instructionsId = null;
        if (t.instructions) {
            instructionsId = uniqueId('wg-instructions');
            var instructions = el('p', 'wg-instructions', t.instructions);
            instructions.id = instructionsId;
            ui.appendChild(instructions);
        }

        var toolbar = el('div', 'wg-toolbar');
        toolbar.appendChild(this.button(t.fillWeekdays, 'wg-fill-weekdays', function () {
            self.change(function () {
                for (var d = 0; d < 5; d++) {
                    for (var s = 0; s < SLOTS; s++) {
                        self.set(d, s, s >= WORKDAY_FROM && s < WORKDAY_TO);
                    }
                }
            });
        }));
        toolbar.appendChild(this.button(t.clearAll, 'wg-clear-all', function () {
            self.change(function () {
                for (var d = 0; d < DAYS; d++) {
                    self.setDay(d, false);
                }
            });
        }));
        ui.appendChild(toolbar);

        this.summary = el('p', 'wg-summary');
        this.summary.setAttribute('aria-live', 'polite');
        this.summary.id = uniqueId('wg-summary');
        ui.appendChild(this.summary);

        var scroll = el('div', 'wg-scroll');
        var inner = el('div', 'wg-scroll-inner');
        scroll.appendChild(inner);

        // One small "clear this day" button per day, lined up with the grid's columns.
        var dayActions = el('div', 'wg-day-actions');
        dayActions.appendChild(el('span', 'wg-day-actions-spacer'));
        for (var d = 0; d < DAYS; d++) {
            dayActions.appendChild(this.button(fill(t.clearDay, this.dayNames[d]), 'wg-clear-day',
                this.clearDayHandler(d)));
        }
        inner.appendChild(dayActions);

        var table = el('table', 'wg-table');
        table.setAttribute('role', 'grid');
        table.setAttribute('aria-label', t.grid);
        table.setAttribute('aria-multiselectable', 'true');
        table.setAttribute('aria-describedby', (instructionsId ? instructionsId + ' ' : '') + this.summary.id);

        var colgroup = el('colgroup');
        colgroup.appendChild(el('col', 'wg-col-time'));
        for (d = 0; d < DAYS; d++) {
            colgroup.appendChild(el('col', 'wg-col-day'));
        }
        table.appendChild(colgroup);

        var thead = el('thead');
        var headRow = el('tr');
        headRow.appendChild(el('td', 'wg-corner'));
        for (d = 0; d < DAYS; d++) {
            var th = el('th', 'wg-day');
            th.setAttribute('scope', 'col');
            th.setAttribute('role', 'columnheader');
            th.appendChild(el('span', 'wg-day-long', this.dayNames[d]));
            var short = el('span', 'wg-day-short', this.dayShort[d]);
            short.setAttribute('aria-hidden', 'true');
            th.appendChild(short);
            headRow.appendChild(th);
        }
        thead.appendChild(headRow);
        table.appendChild(thead);

        var tbody = el('tbody');
        for (d = 0; d < DAYS; d++) {
            this.cells[d] = [];
        }
        for (var s = 0; s < SLOTS; s++) {
            var row = el('tr', s % 2 === 0 ? 'wg-hour' : 'wg-half');
            var rowHead = el('th', 'wg-time');
            rowHead.setAttribute('scope', 'row');
            rowHead.setAttribute('role', 'rowheader');
            rowHead.appendChild(el('span', s % 2 === 0 ? 'wg-time-label' : 'wg-visually-hidden', formatTime(s)));
            row.appendChild(rowHead);
            for (d = 0; d < DAYS; d++) {
                var cell = el('td', 'wg-cell');
                cell.setAttribute('role', 'gridcell');
                cell.setAttribute('tabindex', '-1');
                cell.setAttribute('data-day', String(d));
                cell.setAttribute('data-slot', String(s));
                this.cells[d][s] = cell;
                this.renderCell(d, s);
                row.appendChild(cell);
            }
            tbody.appendChild(row);
        }
        table.appendChild(tbody);
        inner.appendChild(table);
        ui.appendChild(scroll);
        this.table = table;

        // Start keyboard focus on the first available half hour, else Monday 08:00.
        outer:
        for (d = 0; d < DAYS; d++) {
            for (s = 0; s < SLOTS; s++) {
                if (this.model[d][s]) {
                    this.focusDay = d;
                    this.focusSlot = s;
                    break outer;
                }
            }
        }
        this.cells[this.focusDay][this.focusSlot].setAttribute('tabindex', '0');

        table.addEventListener('pointerdown', function (e) { self.onPointerDown(e); });
        table.addEventListener('keydown', function (e) { self.onKeyDown(e); });
        table.addEventListener('keyup', function (e) {
            if (e.key === 'Shift') {
                self.keyPaint = null;
            }
        });
        table.addEventListener('focusout', function (e) {
            if (!table.contains(e.relatedTarget)) {
                self.keyPaint = null;
            }
        });
        table.addEventListener('focusin', function (e) {
            var cell = cellOf(e.target);
            if (cell && table.contains(cell)) {
                self.moveFocus(+cell.getAttribute('data-day'), +cell.getAttribute('data-slot'), false);
            }
        });
        table.addEventListener('dragstart', function (e) { e.preventDefault(); });
        table.addEventListener('selectstart', function (e) { e.preventDefault(); });
        table.addEventListener('contextmenu', function (e) {
            if (activePaint && activePaint.editor === self) {
                e.preventDefault();
            }
        });

        // Fields stay visible when the server reported an error; keep the grid in step with typing there.
        for (d = 0; d < DAYS; d++) {
            this.inputs[d].addEventListener('input', this.typedHandler(d));
        }

        this.root.insertBefore(ui, this.root.firstChild);
        this.ui = ui;
        this.root.classList.add('week-grid-enhanced');
        this.root.classList.toggle('week-grid-show-fields', this.hasErrors);
        this.updateSummary();
    };

    Editor.prototype.button = function (text, className, onClick) {
        var b = el('button', 'secondary outline wg-button ' + className, text);
        b.type = 'button';
        b.addEventListener('click', onClick);
        return b;
    };

    Editor.prototype.clearDayHandler = function (day) {
        var self = this;
        return function () {
            self.change(function () { self.setDay(day, false); });
        };
    };

    Editor.prototype.typedHandler = function (day) {
        var self = this;
        return function () {
            if (self.dispatching) {
                return;
            }
            var slots = parseDay(self.inputs[day].value);
            if (!slots) {
                return;        // keep the grid as it was; the user's text stays untouched
            }
            for (var s = 0; s < SLOTS; s++) {
                if (self.model[day][s] !== slots[s]) {
                    self.model[day][s] = slots[s];
                    self.renderCell(day, s);
                }
            }
            self.updateSummary();
        };
    };

    Editor.prototype.cellLabel = function (d, s) {
        return this.dayNames[d] + ' ' + formatTime(s) + EN_DASH + formatTime(s + 1) + ', ' +
            (this.model[d][s] ? this.texts.available : this.texts.unavailable);
    };

    Editor.prototype.renderCell = function (d, s) {
        var cell = this.cells[d][s];
        cell.setAttribute('aria-selected', this.model[d][s] ? 'true' : 'false');
        cell.setAttribute('aria-label', this.cellLabel(d, s));
    };

    /** Sets one slot; returns true if it changed. Call commit() (or use change()) afterwards. */
    Editor.prototype.set = function (d, s, value) {
        if (d < 0 || d >= DAYS || s < 0 || s >= SLOTS || this.model[d][s] === value) {
            return false;
        }
        this.model[d][s] = value;
        this.renderCell(d, s);
        this.dirty[d] = true;
        return true;
    };

    Editor.prototype.setDay = function (d, value) {
        for (var s = 0; s < SLOTS; s++) {
            this.set(d, s, value);
        }
    };

    /** Sets every slot on the straight line from (d0,s0) to (d1,s1), both ends included. */
    Editor.prototype.setLine = function (d0, s0, d1, s1, value) {
        var steps = Math.max(Math.abs(d1 - d0), Math.abs(s1 - s0));
        for (var i = 0; i <= steps; i++) {
            var f = steps === 0 ? 0 : i / steps;
            this.set(Math.round(d0 + (d1 - d0) * f), Math.round(s0 + (s1 - s0) * f), value);
        }
    };

    /** Runs a complete change (button, key) and then writes the fields and fires their events. */
    Editor.prototype.change = function (fn) {
        fn();
        this.commit(true);
    };

    /**
     * Writes the changed days back into their fields and updates the summary. With `final`, also fires
     * `input` and `change` on the fields that changed since the last final commit (end of a gesture).
     */
    Editor.prototype.commit = function (final) {
        var changed = false;
        for (var d = 0; d < DAYS; d++) {
            if (this.dirty[d]) {
                var text = formatDay(this.model[d]);
                if (this.inputs[d].value !== text) {
                    this.inputs[d].value = text;
                    this.unsent[d] = true;
                }
                changed = true;
            }
        }
        this.dirty = {};
        if (changed) {
            this.updateSummary();
        }
        if (final) {
            this.dispatching = true;
            try {
                for (d = 0; d < DAYS; d++) {
                    if (this.unsent[d]) {
                        this.inputs[d].dispatchEvent(new Event('input', { bubbles: true }));
                        this.inputs[d].dispatchEvent(new Event('change', { bubbles: true }));
                    }
                }
            } finally {
                this.dispatching = false;
                this.unsent = {};
            }
        }
    };

    Editor.prototype.totalHours = function () {
        var count = 0;
        for (var d = 0; d < DAYS; d++) {
            for (var s = 0; s < SLOTS; s++) {
                if (this.model[d][s]) {
                    count++;
                }
            }
        }
        return count / 2;
    };

    Editor.prototype.updateSummary = function () {
        var t = this.texts;
        var danish = isDanish(this.root);
        var total = this.totalHours();
        var min = this.desiredMin;
        var max = this.desiredMax;
        var parts = [fill(t.total, formatNumber(total, danish))];
        if (min !== null && max !== null) {
            parts.push(fill(t.desired, formatNumber(min, danish), formatNumber(max, danish)));
        }
        var verdict = null;
        if (min !== null || max !== null) {
            if (min !== null && total < min) {
                verdict = 'below';
            } else if (max !== null && total > max) {
                verdict = 'above';
            } else {
                verdict = 'within';
            }
            parts.push(t[verdict]);
        }
        var summary = this.summary;
        var next = parts.join('\n');
        if (this.summaryText === next) {
            return;
        }
        this.summaryText = next;
        while (summary.firstChild) {
            summary.removeChild(summary.firstChild);
        }
        var classes = ['wg-total', 'wg-desired', 'wg-verdict'];
        for (var i = 0; i < parts.length; i++) {
            var text = parts[i];
            if (i < parts.length - 1 && !endsWithPunctuation(text)) {
                text += '.';
            }
            if (i > 0) {
                summary.appendChild(document.createTextNode(' '));
            }
            var cls = i === 0 ? classes[0] : (i === parts.length - 1 && verdict ? classes[2] : classes[1]);
            summary.appendChild(el('span', cls, text));
        }
        summary.classList.remove('wg-below', 'wg-above', 'wg-within');
        if (verdict) {
            summary.classList.add('wg-' + verdict);
        }
    };

    /** Moves the roving tabindex to (d, s); with `focus`, also moves keyboard focus there. */
    Editor.prototype.moveFocus = function (d, s, focus, preventScroll) {
        d = Math.max(0, Math.min(DAYS - 1, d));
        s = Math.max(0, Math.min(SLOTS - 1, s));
        var old = this.cells[this.focusDay][this.focusSlot];
        var cell = this.cells[d][s];
        if (old !== cell) {
            old.setAttribute('tabindex', '-1');
            cell.setAttribute('tabindex', '0');
        }
        this.focusDay = d;
        this.focusSlot = s;
        if (focus && document.activeElement !== cell) {
            try {
                cell.focus({ preventScroll: !!preventScroll });
            } catch (ignored) {
                cell.focus();
            }
        }
        return cell;
    };

    Editor.prototype.onKeyDown = function (e) {
        var cell = cellOf(e.target);
        if (!cell || !this.table.contains(cell) || e.altKey || e.metaKey) {
            return;
        }
        var d = +cell.getAttribute('data-day');
        var s = +cell.getAttribute('data-slot');
        var nd = d;
        var ns = s;
        var key = e.key;
        switch (key) {
            case 'ArrowUp': case 'Up': ns = s - 1; break;
            case 'ArrowDown': case 'Down': ns = s + 1; break;
            case 'ArrowLeft': case 'Left': nd = d - 1; break;
            case 'ArrowRight': case 'Right': nd = d + 1; break;
            case 'PageUp': ns = s - PAGE_SLOTS; break;
            case 'PageDown': ns = s + PAGE_SLOTS; break;
            case 'Home':
                ns = 0;
                if (e.ctrlKey) { nd = 0; }
                break;
            case 'End':
                ns = SLOTS - 1;
                if (e.ctrlKey) { nd = DAYS - 1; }
                break;
            case ' ': case 'Spacebar': case 'Enter':
                e.preventDefault();
                if (e.repeat) {
                    return;
                }
                var self = this;
                this.keyPaint = null;
                this.change(function () { self.set(d, s, !self.model[d][s]); });
                return;
            default:
                return;
        }
        if (e.ctrlKey && key !== 'Home' && key !== 'End') {
            return;
        }
        e.preventDefault();
        nd = Math.max(0, Math.min(DAYS - 1, nd));
        ns = Math.max(0, Math.min(SLOTS - 1, ns));
        if (e.shiftKey) {
            if (!this.keyPaint) {
                this.keyPaint = { value: this.model[d][s] };
            }
            var value = this.keyPaint.value;
            var editor = this;
            this.change(function () { editor.setLine(d, s, nd, ns, value); });
        } else {
            this.keyPaint = null;
        }
        this.moveFocus(nd, ns, true, false);
    };

    Editor.prototype.onPointerDown = function (e) {
        var cell = cellOf(e.target);
        if (!cell || !this.table.contains(cell) || e.isPrimary === false) {
            return;
        }
        if (e.pointerType === 'mouse' && e.button !== 0) {
            return;
        }
        if (activePaint) {
            endPaint();
        }
        e.preventDefault();     // no text selection, no native drag
        var d = +cell.getAttribute('data-day');
        var s = +cell.getAttribute('data-slot');
        var value = !this.model[d][s];
        this.keyPaint = null;
        activePaint = { editor: this, pointerId: e.pointerId, value: value, day: d, slot: s };
        // Touch pointers are captured by the first cell; release so the page keeps delivering moves
        // (we find the cell under the finger with elementFromPoint anyway).
        if (cell.hasPointerCapture && cell.hasPointerCapture(e.pointerId)) {
            try {
                cell.releasePointerCapture(e.pointerId);
            } catch (ignored) { /* not captured after all */ }
        }
        this.root.classList.add('wg-painting');
        document.documentElement.classList.add('wg-painting-page');
        this.summary.setAttribute('aria-busy', 'true');
        this.moveFocus(d, s, true, true);
        this.set(d, s, value);
        this.commit(false);
    };

    Editor.prototype.paintTo = function (cell) {
        var p = activePaint;
        var d = +cell.getAttribute('data-day');
        var s = +cell.getAttribute('data-slot');
        if (d === p.day && s === p.slot) {
            return;
        }
        this.setLine(p.day, p.slot, d, s, p.value);
        p.day = d;
        p.slot = s;
        this.moveFocus(d, s, true, true);
        this.commit(false);
    };

    function cellOf(target) {
        if (!target || !target.closest) {
            return null;
        }
        var cell = target.closest('td.wg-cell');
        return cell && cell.hasAttribute('data-slot') ? cell : null;
    }

    function endPaint() {
        var p = activePaint;
        if (!p) {
            return;
        }
        activePaint = null;
        p.editor.root.classList.remove('wg-painting');
        document.documentElement.classList.remove('wg-painting-page');
        p.editor.summary.removeAttribute('aria-busy');
        p.editor.commit(true);
    }

    function onPointerMove(e) {
        var p = activePaint;
        if (!p || e.pointerId !== p.pointerId) {
            return;
        }
        if (e.pointerType === 'mouse' && e.buttons === 0) {
            endPaint();        // the button was released where we could not see it
            return;
        }
        var events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
        if (!events || events.length === 0) {
            events = [e];
        }
        for (var i = 0; i < events.length; i++) {
            var hit = document.elementFromPoint(events[i].clientX, events[i].clientY);
            var cell = cellOf(hit);
            if (cell && p.editor.table.contains(cell)) {
                p.editor.paintTo(cell);
            }
        }
    }

    function onPointerEnd(e) {
        if (activePaint && e.pointerId === activePaint.pointerId) {
            endPaint();
        }
    }

    var listening = false;

    function listenGlobally() {
        if (listening) {
            return;
        }
        listening = true;
        document.addEventListener('pointermove', onPointerMove);
        document.addEventListener('pointerup', onPointerEnd);
        document.addEventListener('pointercancel', onPointerEnd);
        window.addEventListener('blur', endPaint);
        // htmx (used on these pages) may swap in new editors later.
        document.addEventListener('htmx:load', function (e) {
            init(e.target);
        });
    }

    /* ---------- set-up ---------- */

    /** Enhances one `.week-grid-editor`. Returns the editor, or null when it is left as plain fields. */
    function enhance(root) {
        if (instances && instances.has(root)) {
            return instances.get(root);
        }
        // A grid left over from an htmx history snapshot is dead markup: start again from the fields.
        var stale = root.querySelectorAll(':scope > .wg-ui');
        for (var i = 0; i < stale.length; i++) {
            stale[i].parentNode.removeChild(stale[i]);
        }
        root.classList.remove('week-grid-enhanced', 'week-grid-show-fields', 'wg-painting');
        var editor = new Editor(root);
        var result = null;
        try {
            if (editor.read()) {
                editor.build();
                result = editor;
            }
        } catch (err) {
            // Never break the plain form: undo whatever was added and keep the fields.
            if (editor.ui && editor.ui.parentNode) {
                editor.ui.parentNode.removeChild(editor.ui);
            }
            root.classList.remove('week-grid-enhanced', 'week-grid-show-fields');
            result = null;
        }
        if (instances) {
            instances.set(root, result);
        }
        return result;
    }

    /** Enhances every editor in `scope` (default: the document). Returns the enhanced editors. */
    function init(scope) {
        listenGlobally();
        var base = scope && scope.querySelectorAll ? scope : document;
        var roots = Array.prototype.slice.call(base.querySelectorAll('.week-grid-editor'));
        if (base.matches && base.matches('.week-grid-editor')) {
            roots.unshift(base);
        }
        var enhanced = [];
        for (var i = 0; i < roots.length; i++) {
            var editor = enhance(roots[i]);
            if (editor) {
                enhanced.push(editor);
            }
        }
        return enhanced;
    }

    window.JobandelWeekGrid = {
        parseDay: parseDay,
        formatDay: formatDay,
        init: init,
        /** The Editor behind an element, or null if it was left as plain fields. */
        editorOf: function (root) {
            return instances ? instances.get(root) || null : null;
        }
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { init(document); });
    } else {
        init(document);
    }
})();
