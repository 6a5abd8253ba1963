// Turns a client's accent colour into Starlight's six accent variables, each shade adjusted until
// its text meets WCAG contrast on the theme's background: a pale brand colour still gives links
// that can be read.

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	const digits = hex.replace('#', '');
	const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
	return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
	return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix([r, g, b]: Rgb, [r2, g2, b2]: Rgb, amountOfB: number): Rgb {
	return [r + (r2 - r) * amountOfB, g + (g2 - g) * amountOfB, b + (b2 - b) * amountOfB];
}

function luminance(rgb: Rgb): number {
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** Starlight's page backgrounds. */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#17181c';

/** Mixes `colour` towards `towards` in small steps until it reaches `ratio` against `background`. */
function untilContrast(colour: Rgb, towards: Rgb, background: string, ratio: number): string {
	for (let step = 0; step <= 20; step++) {
		const candidate = toHex(mix(colour, towards, step / 20));
		if (contrast(candidate, background) >= ratio) return candidate;
	}
	return toHex(towards);
}

export interface AccentPalette {
	light: { low: string; accent: string; high: string };
	dark: { low: string; accent: string; high: string };
}

export function accentPalette(hex: string): AccentPalette {
	const base = parseHex(hex);
	return {
		light: {
			low: toHex(mix(base, WHITE, 0.85)),
			// Links and accents on white: at least AA for body text.
			accent: untilContrast(base, BLACK, LIGHT_BACKGROUND, 4.5),
			high: untilContrast(base, BLACK, LIGHT_BACKGROUND, 7),
		},
		dark: {
			low: toHex(mix(base, BLACK, 0.7)),
			accent: untilContrast(base, WHITE, DARK_BACKGROUND, 4.5),
			// Links on the dark background.
			high: untilContrast(base, WHITE, DARK_BACKGROUND, 7),
		},
	};
}

/** The CSS that sets Starlight's accent variables for both themes. */
export function accentCss(hex: string): string {
	const { light, dark } = accentPalette(hex);
	return (
		`:root{--sl-color-accent-low:${dark.low};--sl-color-accent:${dark.accent};--sl-color-accent-high:${dark.high}}` +
		`:root[data-theme='light']{--sl-color-accent-low:${light.low};--sl-color-accent:${light.accent};--sl-color-accent-high:${light.high}}`
	);
}
