#!/usr/bin/env node
// Reports imports between src/ folders that form cycles (two-way pairs and longer loops), so the
// layers stay one-way: kernel → identity → reference data → engine → delivery → web.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(process.argv[2] ?? 'src');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

// Composition roots list every module's entities by design; they are not dependencies of the kernel.
const ROOTS = new Set(['database/entities.ts', 'database/data-source-options.ts']);

const folderOf = (path) => relative(SRC, path).split(sep)[0];
const edges = new Map();
for (const file of files(SRC)) {
  const from = folderOf(file);
  if (from.includes('.') || ROOTS.has(relative(SRC, file).split(sep).join('/'))) continue;
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC + sep)) continue;
    const to = folderOf(target);
    if (to === from || to.includes('.')) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const sample = edges.get(from);
    if (!sample.has(to)) sample.set(to, relative(SRC, file));
  }
}

// Tarjan's strongly connected components: every component with more than one folder is a cycle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
function connect(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of edges.keys()) if (!info.has(v)) connect(v);

if (!cycles.length) {
  console.log('No import cycles between src/ folders.');
  process.exit(0);
}
for (const component of cycles) {
  const members = new Set(component);
  console.error(`Import cycle between folders: ${component.join(', ')}`);
  for (const from of component) {
    for (const [to, file] of edges.get(from) ?? []) if (members.has(to)) console.error(`  ${from} → ${to} (e.g. src/${file})`);
  }
}
process.exit(1);
