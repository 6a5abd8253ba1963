import { describe, expect, it } from 'vitest';
import { accentCss, accentPalette, contrast, DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../src/lib/accent.ts';

describe('accent palette', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	// A pale yellow, a dark navy, a saturated mid blue and a three-digit colour.
	it.each(['#f5e663', '#0b1f3a', '#3b82f6', '#0a0'])('keeps link text readable in both themes for %s', (hex) => {
		const { light, dark } = accentPalette(hex);
		expect(contrast(light.accent, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(light.high, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(7);
		expect(contrast(dark.accent, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(dark.high, DARK_BACKGROUND)).toBeGreaterThanOrEqual(7);
	});

	it('keeps a colour that already has enough contrast', () => {
		expect(accentPalette('#1d3b6f').light.accent).toBe('#1d3b6f');
	});

	it('writes CSS for the dark default and the light theme', () => {
		expect(accentCss('#1d3b6f')).toMatch(/^:root\{--sl-color-accent-low:#[0-9a-f]{6};.*:root\[data-theme='light'\]\{/);
	});
});
