/**
 * Finds the embedded responses of a ZIM batch (MCCI_IN200101) in the reply text while it is
 * still arriving, so each source can be shown as soon as its part is complete. Each embedded
 * message that declares its own namespace can be parsed alone; one that cannot (a prefix
 * declared higher up) is skipped here and still read in the final, authoritative parse.
 *
 * Linear in the reply: each chunk is searched once, plus a short carry-over for a tag split
 * across chunks; the text of a message being received is kept as its chunks and joined once.
 */
export function createEmbeddedMessageScanner(
  interaction: string,
  onMessage: (xml: string) => void,
) {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${interaction}[\\s>/]`);
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${interaction}\\s*>`);
  // Long enough to hold a start or end tag split across chunks (prefix, name, whitespace).
  const carryLength = interaction.length + 80;
  /** Outside a message: the tail of what came last. */
  let pending = '';
  /** Inside a message: its chunks so far, and the last characters for a split end tag. */
  let parts: string[] | null = null;
  let carry = '';
  return {
    push(text: string): void {
      let rest = text;
      for (;;) {
        if (parts === null) {
          const window = pending + rest;
          const start = window.search(open);
          if (start === -1) {
            pending = window.slice(-carryLength);
            return;
          }
          parts = [];
          carry = '';
          pending = '';
          rest = window.slice(start);
        }
        // Search the carry-over and the new text only.
        const window = carry + rest;
        const end = close.exec(window);
        if (!end) {
          parts.push(rest);
          carry = window.slice(-carryLength);
          return;
        }
        const stop = end.index + end[0].length - carry.length;
        parts.push(rest.slice(0, stop));
        const message = parts.join('');
        parts = null;
        carry = '';
        rest = rest.slice(stop);
        onMessage(message);
      }
    },
  };
}
