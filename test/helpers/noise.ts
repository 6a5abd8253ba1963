// Characters that look random but are the same on every run (mulberry32), for fake secrets: tests
// assemble them here, so that no file of the repository holds a token a scanner could trip on.
export function noise(alphabet: string, length: number, seed: number): string {
	let state = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		out += alphabet.charAt((((t ^ (t >>> 14)) >>> 0) / 4294967296) * alphabet.length);
	}
	return out;
}
