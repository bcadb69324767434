import { Random } from '../random';

/**
 * Abstract pictures for the demo, drawn as SVG: gradients and geometric patterns in varied
 * colours. No text is drawn, so no CJK font has to be installed where they are rendered.
 */

export const PHOTO_COUNT = 26;
const LOGO_COUNT = 10;

export interface Artwork {
  fileName: string;
  /** Chinese alt text describing what the picture shows. */
  alternativeText: string;
  width: number;
  height: number;
  svg: string;
}

const COLOURS = [
  { name: '靛蓝', hex: '#3949ab' },
  { name: '湖蓝', hex: '#1e88e5' },
  { name: '青绿', hex: '#00897b' },
  { name: '草绿', hex: '#7cb342' },
  { name: '橙黄', hex: '#fb8c00' },
  { name: '朱红', hex: '#e53935' },
  { name: '玫红', hex: '#d81b60' },
  { name: '紫罗兰', hex: '#8e24aa' },
  { name: '石墨灰', hex: '#546e7a' },
  { name: '金黄', hex: '#f9a825' },
  { name: '咖啡色', hex: '#6d4c41' },
  { name: '天蓝', hex: '#29b6f6' },
] as const;

type Colour = (typeof COLOURS)[number];

interface Canvas {
  random: Random;
  width: number;
  height: number;
  from: Colour;
  to: Colour;
}

type Attributes = Record<string, string | number>;

/** One SVG element; numbers are written with at most one decimal. */
function shape(name: string, attributes: Attributes, children = ''): string {
  const text = Object.entries(attributes)
    .map(([key, value]) => {
      const written = typeof value === 'number' ? String(Math.round(value * 10) / 10) : value;
      return `${key}="${written}"`;
    })
    .join(' ');
  return children ? `<${name} ${text}>${children}</${name}>` : `<${name} ${text}/>`;
}

const WHITE = '#ffffff';
const translucent = (random: Random, low: number, high: number) => random.int(low, high) / 100;

function background({ width, height, from, to }: Canvas): string {
  const stops =
    shape('stop', { offset: 0, 'stop-color': from.hex }) +
    shape('stop', { offset: 1, 'stop-color': to.hex });
  const gradient = shape('linearGradient', { id: 'g', x1: 0, y1: 0, x2: 1, y2: 1 }, stops);
  return `<defs>${gradient}</defs>${shape('rect', { width, height, fill: 'url(#g)' })}`;
}

const PATTERNS: readonly { name: string; draw(canvas: Canvas): string }[] = [
  {
    name: '渐变光斑',
    draw(canvas) {
      const { random, width, height } = canvas;
      let shapes = '';
      for (let index = 0; index < 14; index += 1) {
        shapes += shape('circle', {
          cx: random.int(0, width),
          cy: random.int(0, height),
          r: random.int(20, 140),
          fill: WHITE,
          'fill-opacity': translucent(random, 8, 30),
        });
      }
      return background(canvas) + shapes;
    },
  },
  {
    name: '斜条纹',
    draw(canvas) {
      const { random, width, height } = canvas;
      const gap = random.int(40, 90);
      let stripes = '';
      for (let left = -height; left < width; left += gap) {
        const right = left + height;
        stripes += shape('path', {
          d: `M${left} ${height} L${right} 0 L${right + gap / 2} 0 L${left + gap / 2} ${height} Z`,
          fill: WHITE,
          'fill-opacity': 0.16,
        });
      }
      return background(canvas) + stripes;
    },
  },
  {
    name: '圆点阵列',
    draw(canvas) {
      const { random, width, height, from } = canvas;
      const step = random.int(36, 60);
      let dots = shape('rect', { width, height, fill: WHITE, 'fill-opacity': 0.35 });
      for (let y = step / 2; y < height; y += step) {
        for (let x = step / 2; x < width; x += step) {
          const r = 4 + ((x + y) / (width + height)) * step * 0.35;
          dots += shape('circle', { cx: x, cy: y, r, fill: from.hex, 'fill-opacity': 0.55 });
        }
      }
      return background(canvas) + dots;
    },
  },
  {
    name: '波浪',
    draw(canvas) {
      const { random, width, height } = canvas;
      let waves = '';
      for (let layer = 0; layer < 5; layer += 1) {
        const base = height * (0.35 + layer * 0.13);
        const amplitude = random.int(15, 45);
        const phase = random.float() * Math.PI * 2;
        let d = `M0 ${height} L0 ${base.toFixed(1)}`;
        for (let x = 0; x <= width; x += 20) {
          d += ` L${x} ${(base + Math.sin(x / 90 + phase) * amplitude).toFixed(1)}`;
        }
        d += ` L${width} ${height} Z`;
        waves += shape('path', { d, fill: WHITE, 'fill-opacity': 0.1 + layer * 0.05 });
      }
      return background(canvas) + waves;
    },
  },
  {
    name: '同心圆环',
    draw(canvas) {
      const { random, width, height } = canvas;
      const cx = random.int(width * 0.2, width * 0.8);
      const cy = random.int(height * 0.2, height * 0.8);
      let rings = '';
      for (let r = 40; r < width; r += 48) {
        rings += shape('circle', {
          cx,
          cy,
          r,
          fill: 'none',
          stroke: WHITE,
          'stroke-opacity': 0.28,
          'stroke-width': random.int(6, 18),
        });
      }
      return background(canvas) + rings;
    },
  },
  {
    name: '三角拼块',
    draw(canvas) {
      const { random, width, height, from, to } = canvas;
      const size = 100;
      let tiles = shape('rect', { width, height, fill: '#f4f1ea' });
      for (let y = 0; y < height; y += size) {
        for (let x = 0; x < width; x += size) {
          const fill = random.chance(0.5) ? from.hex : to.hex;
          const opacity = translucent(random, 25, 85);
          const points = random.chance(0.5)
            ? `${x},${y} ${x + size},${y} ${x},${y + size}`
            : `${x + size},${y} ${x + size},${y + size} ${x},${y + size}`;
          tiles += shape('polygon', { points, fill, 'fill-opacity': opacity });
        }
      }
      return tiles;
    },
  },
  {
    name: '层叠山峦',
    draw(canvas) {
      const { random, width, height, to } = canvas;
      let hills = shape('circle', {
        cx: random.int(100, width - 100),
        cy: random.int(80, 180),
        r: 50,
        fill: '#fff8e1',
        'fill-opacity': 0.85,
      });
      for (let layer = 0; layer < 4; layer += 1) {
        const top = height * (0.4 + layer * 0.12);
        let points = `0,${height}`;
        for (let x = 0; x <= width; x += 100) points += ` ${x},${random.int(top - 60, top + 40)}`;
        points += ` ${width},${height}`;
        hills += shape('polygon', { points, fill: to.hex, 'fill-opacity': 0.35 + layer * 0.15 });
      }
      return background(canvas) + hills;
    },
  },
  {
    name: '方块组合',
    draw(canvas) {
      const { random, width, height } = canvas;
      let blocks = '';
      for (let index = 0; index < 18; index += 1) {
        blocks += shape('rect', {
          x: random.int(-40, width - 40),
          y: random.int(-40, height - 40),
          width: random.int(60, 220),
          height: random.int(60, 220),
          rx: 8,
          fill: WHITE,
          'fill-opacity': translucent(random, 8, 26),
        });
      }
      return background(canvas) + blocks;
    },
  },
];

/** Marks drawn on a 400 × 400 square; logos scale them to their size. */
const EMBLEMS: readonly { name: string; draw(ink: string): string }[] = [
  {
    name: '圆环',
    draw: (ink) =>
      shape('circle', { cx: 200, cy: 200, r: 112, fill: 'none', stroke: ink, 'stroke-width': 32 }),
  },
  {
    name: '菱形',
    draw: (ink) => shape('polygon', { points: '200,80 320,200 200,320 80,200', fill: ink }),
  },
  {
    name: '六边形',
    draw: (ink) => {
      const corners = Array.from({ length: 6 }, (_, index) => {
        const angle = (Math.PI / 3) * index + Math.PI / 6;
        const [x, y] = [Math.cos(angle), Math.sin(angle)].map((unit) => 200 + unit * 120);
        return `${x.toFixed(1)},${y.toFixed(1)}`;
      });
      const points = corners.join(' ');
      return shape('polygon', { points, fill: 'none', stroke: ink, 'stroke-width': 24 });
    },
  },
  {
    name: '双箭头',
    draw: (ink) =>
      [230, 310]
        .map((y) =>
          shape('polyline', {
            points: `120,${y} 200,${y - 70} 280,${y}`,
            fill: 'none',
            stroke: ink,
            'stroke-width': 34,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          }),
        )
        .join(''),
  },
  {
    name: '叶片',
    draw: (ink) =>
      shape('path', {
        d: 'M110 290 C110 150 200 100 300 100 C300 220 240 300 110 290 Z',
        fill: ink,
      }),
  },
];

/** The pictures listings, deals, articles and lotteries share. */
export function drawPhotos(): Artwork[] {
  const random = new Random('photos');
  return Array.from({ length: PHOTO_COUNT }, (_, index) => {
    const pattern = PATTERNS[index % PATTERNS.length];
    const [from, to] = random.sample(COLOURS, 2);
    const canvas: Canvas = { random, width: 800, height: 600, from, to };
    return {
      fileName: `huijiu-tupian-${String(index + 1).padStart(2, '0')}.webp`,
      alternativeText: `${from.name}与${to.name}的${pattern.name}图案`,
      width: canvas.width,
      height: canvas.height,
      svg: svgDocument(canvas.width, canvas.height, pattern.draw(canvas)),
    };
  });
}

/** Square marks merchants use as logos. */
export function drawLogos(): Artwork[] {
  const random = new Random('logos');
  const size = 400;
  return Array.from({ length: LOGO_COUNT }, (_, index) => {
    const emblem = EMBLEMS[index % EMBLEMS.length];
    const colour = COLOURS[(index * 5) % COLOURS.length];
    const corner = random.int(40, 120);
    const body =
      shape('rect', { width: size, height: size, rx: corner, fill: colour.hex }) +
      emblem.draw(WHITE);
    return {
      fileName: `huijiu-biaozhi-${String(index + 1).padStart(2, '0')}.webp`,
      alternativeText: `商家标志：${colour.name}底色上的白色${emblem.name}`,
      width: size,
      height: size,
      svg: svgDocument(size, size, body),
    };
  });
}

function svgDocument(width: number, height: number, body: string): string {
  const viewBox = `0 0 ${width} ${height}`;
  return shape('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox }, body);
}
