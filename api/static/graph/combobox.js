// An accessible entity picker (WAI-ARIA combobox with a listbox popup): type to search names
// and aliases, ArrowUp/ArrowDown to move, Enter to pick (the first match by default), Escape
// to close. Mouse users click an option.

import { foldKey, h, fill } from "./dom.js";
import { NODE_TYPES } from "./style.js";

export class Combobox {
  /**
   * `search(text)` resolves to entities ({id, name, type, aliases}); `onSelect(entity)` is
   * called with the picked one. The picked id is kept in `input.dataset.entityId`.
   */
  constructor(input, list, { search, onSelect, onError }) {
    this.input = input;
    this.list = list;
    this.search = search;
    this.onSelect = onSelect;
    this.onError = onError ?? (() => {});
    this.items = [];
    this.active = -1;
    this.query = null;
    this.pending = null;
    this.timer = 0;
    input.addEventListener("input", () => this.typed());
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    list.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the input
  }

  /** The picked entity id, if the text was not edited since. */
  get value() {
    return this.input.dataset.entityId || null;
  }

  set(entity) {
    this.input.value = entity ? entity.name : "";
    if (entity) this.input.dataset.entityId = entity.id;
    else delete this.input.dataset.entityId;
  }

  typed() {
    delete this.input.dataset.entityId;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lookup(), 120);
  }

  /** Search for the current text; resolves to the matches (stale answers are dropped). */
  lookup() {
    const text = this.input.value.trim();
    if (!text) {
      this.close();
      return Promise.resolve([]);
    }
    if (text === this.query && this.pending) return this.pending;
    this.query = text;
    this.pending = this.search(text).then(
      (items) => {
        if (this.query === text) this.show(items, text);
        return items;
      },
      (err) => {
        this.onError(err);
        return [];
      },
    );
    return this.pending;
  }

  show(items, text) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    const key = foldKey(text);
    fill(this.list, items.length
      ? items.map((item, i) => this.option(item, i, key))
      : h("li", { class: "empty", role: "option", "aria-disabled": "true" }, "No match"));
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.mark();
  }

  option(item, i, key) {
    const alias = foldKey(item.name).includes(key)
      ? null
      : (item.aliases ?? []).find((a) => foldKey(a).includes(key));
    return h("li", {
      id: `${this.list.id}-${i}`,
      role: "option",
      "aria-selected": "false",
      onclick: () => this.pick(i),
    },
    h("span", { class: "name" }, item.name),
    h("span", { class: "type" }, NODE_TYPES[item.type]?.label ?? item.type ?? ""),
    alias ? h("span", { class: "alias" }, `also “${alias}”`) : null);
  }

  mark() {
    [...this.list.children].forEach((li, i) => {
      li.setAttribute("aria-selected", i === this.active ? "true" : "false");
    });
    const current = this.list.children[this.active];
    if (this.active >= 0 && current) {
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  async key(e) {
    const open = !this.list.hidden && this.items.length > 0;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        await this.lookup();
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.mark();
    } else if (e.key === "Enter") {
      e.preventDefault();
      clearTimeout(this.timer);
      if (open && this.query === this.input.value.trim()) {
        this.pick(Math.max(this.active, 0));
        return;
      }
      const items = await this.lookup();
      if (items.length) this.pick(0);
    } else if (e.key === "Escape") {
      this.close();
    }
  }

  pick(i) {
    const item = this.items[i];
    if (!item) return;
    this.set(item);
    this.close();
    this.onSelect(item);
  }
}
