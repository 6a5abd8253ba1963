// Text files must be UTF-8. Node would read other bytes as "�" without a word and Astro's build
// would later stop on them with an unrelated error; Cairn finds the first byte that is not UTF-8
// and says where it is, so the file can be saved again in the right encoding.

export type Decoded =
	| { ok: true; text: string }
	| {
			ok: false;
			/** Position of the first byte that is not UTF-8, 1-based (the column counts characters). */
			line: number;
			column: number;
			/** That byte, written `0xE9`. */
			byte: string;
	  };

const strict = new TextDecoder('utf-8', { fatal: true });
const REPLACEMENT = 0xfffd;

/** Decodes UTF-8 (a leading byte-order mark is dropped), or locates the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: strict.decode(bytes) };
	} catch {
		// Decoded leniently, each bad sequence is one U+FFFD; a U+FFFD written in the file (EF BF BD) is not one.
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const lenient = buffer.toString('utf8');
		let byteOffset = 0;
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < lenient.length; i++) {
			const code = lenient.charCodeAt(i);
			const literal = buffer[byteOffset] === 0xef && buffer[byteOffset + 1] === 0xbf && buffer[byteOffset + 2] === 0xbd;
			if (code === REPLACEMENT && !literal) {
				const byte = `0x${(buffer[byteOffset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
				return { ok: false, line, column: i - lineStart + 1, byte };
			}
			if (code === 0x0a) {
				line++;
				lineStart = i + 1;
			}
			// Every character before the first bad byte is valid UTF-8, so its length follows from its code.
			if (code >= 0xd800 && code <= 0xdbff) {
				byteOffset += 4;
				i++;
			} else byteOffset += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
		}
		return { ok: false, line, column: 1, byte: '?' };
	}
}
