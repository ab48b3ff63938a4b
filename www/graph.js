// "Who speaks about whom": a small SVG graph, no library. Actors are circles
// sized by how often they are mentioned; an arrow goes from each quote's
// speaker to every other actor mentioned inside that quote.

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 440;
// Room left and right of the ring for labels, and above and below it.
const LABEL_MARGIN_X = 105;
const LABEL_MARGIN_Y = 30;
const ARROW_SIZE = 8;
const MIN_RADIUS = 6;
const RADIUS_PER_SQRT_MENTION = 3;
const MAX_RADIUS = 24;
// Beyond this many nodes the labels overlap; the lists still show everyone.
const MAX_NODES = 24;
const MAX_LABEL_CHARS = 26;
const LABEL_GAP = 6;
// Where a label is anchored: |cos| below this counts as top or bottom.
const SIDE_THRESHOLD = 0.05;

/** Edges speaker -> mentioned actor, with how many quotes make each. */
export function speakerEdges(analysis) {
  const edges = new Map();
  for (const quote of analysis.quotes) {
    if (!quote.speaker) continue;
    for (const actor of analysis.actors) {
      if (actor.id === quote.speaker) continue;
      const inside = actor.mentions.some((m) => m.start >= quote.start && m.end <= quote.end);
      if (!inside) continue;
      const key = `${quote.speaker}\u0000${actor.id}`;
      const edge = edges.get(key) || { from: quote.speaker, to: actor.id, quotes: 0 };
      edge.quotes += 1;
      edges.set(key, edge);
    }
  }
  return [...edges.values()];
}

function el(name, attrs = {}) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function radiusFor(actor) {
  return Math.min(MAX_RADIUS, MIN_RADIUS + RADIUS_PER_SQRT_MENTION * Math.sqrt(actor.mentions.length));
}

function shorten(name) {
  return name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name;
}

/**
 * Draws the graph into `container` (replacing its content).
 * `onSelect(actorId)` is called when a node is clicked or activated.
 */
export function renderGraph(container, analysis, { selected = null, onSelect, kindOrder, lang } = {}) {
  container.replaceChildren();
  const edges = speakerEdges(analysis);
  const inEdges = new Set(edges.flatMap((e) => [e.from, e.to]));
  const order = (a) => kindOrder.indexOf(a.kind);
  // Actors in an edge first, then the most mentioned; then group by kind so
  // colours sit together on the ring.
  const chosen = [...analysis.actors]
    .sort((a, b) => (inEdges.has(b.id) - inEdges.has(a.id)) || (b.mentions.length - a.mentions.length))
    .slice(0, MAX_NODES)
    .sort((a, b) => order(a) - order(b) || b.mentions.length - a.mentions.length);
  if (chosen.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'No actors to draw.';
    container.append(p);
    return;
  }

  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'graph-svg',
    role: 'group',
    'aria-label': `Graph of ${chosen.length} actors and ${edges.length} speaker-to-actor links`,
  });
  if (lang) svg.setAttribute('lang', lang);
  const defs = el('defs');
  const marker = el('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    // Fixed size, not scaled by the edge's stroke width.
    markerUnits: 'userSpaceOnUse', markerWidth: ARROW_SIZE, markerHeight: ARROW_SIZE,
    orient: 'auto-start-reverse', class: 'arrowhead',
  });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z' }));
  defs.append(marker);
  svg.append(defs);

  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  // An ellipse uses the wide box better than a circle.
  const rx = WIDTH / 2 - LABEL_MARGIN_X - MAX_RADIUS / 2;
  const ry = HEIGHT / 2 - LABEL_MARGIN_Y - MAX_RADIUS;
  const pos = new Map();
  chosen.forEach((actor, i) => {
    // Start at the top and go clockwise.
    const angle = chosen.length === 1 ? 0 : -Math.PI / 2 + (2 * Math.PI * i) / chosen.length;
    const k = chosen.length === 1 ? 0 : 1;
    pos.set(actor.id, { x: cx + k * rx * Math.cos(angle), y: cy + k * ry * Math.sin(angle), angle, r: radiusFor(actor), actor });
  });

  const edgeLayer = el('g', { class: 'edges' });
  for (const edge of edges) {
    const a = pos.get(edge.from);
    const b = pos.get(edge.to);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const line = el('line', {
      x1: (a.x + ux * a.r).toFixed(1), y1: (a.y + uy * a.r).toFixed(1),
      x2: (b.x - ux * (b.r + 2)).toFixed(1), y2: (b.y - uy * (b.r + 2)).toFixed(1),
      'marker-end': 'url(#arrow)',
      'stroke-width': (1 + Math.log2(edge.quotes)).toFixed(2),
      class: 'edge',
      'data-from': edge.from,
      'data-to': edge.to,
    });
    if (selected && (edge.from === selected || edge.to === selected)) line.classList.add('active');
    const title = el('title');
    title.textContent = `${a.actor.name} → ${b.actor.name} (${edge.quotes} ${edge.quotes === 1 ? 'quote' : 'quotes'})`;
    line.append(title);
    edgeLayer.append(line);
  }
  svg.append(edgeLayer);

  const nodeLayer = el('g', { class: 'nodes' });
  for (const { x, y, angle, r, actor } of pos.values()) {
    const count = actor.mentions.length;
    const g = el('g', {
      class: `node kind-${actor.kind}`,
      tabindex: 0,
      role: 'button',
      'aria-pressed': String(actor.id === selected),
      // Starts with the visible label, so speech input finds the node.
      'aria-label': `${shorten(actor.name)}, ${count} ${count === 1 ? 'mention' : 'mentions'}`,
      'data-actor': actor.id,
    });
    g.append(el('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }));
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const single = chosen.length === 1;
    const lx = single ? x : x + cos * (r + LABEL_GAP);
    const ly = single ? y + r + 14 : y + sin * (r + LABEL_GAP) + (Math.abs(cos) < SIDE_THRESHOLD ? (sin > 0 ? 12 : -4) : 4);
    const anchor = single || Math.abs(cos) < SIDE_THRESHOLD ? 'middle' : cos > 0 ? 'start' : 'end';
    const label = el('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': anchor });
    label.textContent = shorten(actor.name);
    g.append(label);
    // The full name as a tooltip, where the label is cut short.
    const title = el('title');
    title.textContent = actor.name;
    g.append(title);
    const activate = () => onSelect && onSelect(actor.id);
    g.addEventListener('click', activate);
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    });
    nodeLayer.append(g);
  }
  svg.append(nodeLayer);
  container.append(svg);
}
