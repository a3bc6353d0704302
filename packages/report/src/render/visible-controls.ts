/** C0 control characters but tab, line feed and carriage return, and DEL. */
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/**
 * Shows control characters as their Unicode control pictures (NUL → ␀, ESC → ␛): an id or a name
 * read from a corpus may hold them, and a report never carries them raw (a NUL truncates C
 * strings, an ESC drives a terminal that prints report.md).
 */
export const showControls = (text: string): string =>
  text.replace(controls, (char) => (char === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + char.charCodeAt(0))))
