/**
 * Finds the embedded responses of a ZIM batch (MCCI_IN200101) in the reply text while it is
 * still arriving, so each source can be shown as soon as its part is complete. Each embedded
 * message that declares its own namespace can be parsed alone; one that cannot (a prefix
 * declared higher up) is skipped here and still read in the final, authoritative parse.
 */
export function createEmbeddedMessageScanner(
  interaction: string,
  onMessage: (xml: string) => void,
) {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${interaction}[\\s>/]`);
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${interaction}\\s*>`);
  let buffer = '';
  return {
    push(text: string): void {
      buffer += text;
      for (;;) {
        const start = buffer.search(open);
        if (start === -1) {
          // keep a tail long enough to hold a start tag split across chunks
          buffer = buffer.slice(-(interaction.length + 64));
          return;
        }
        const rest = buffer.slice(start);
        const end = close.exec(rest);
        if (!end) {
          buffer = rest;
          return;
        }
        const stop = end.index + end[0].length;
        onMessage(rest.slice(0, stop));
        buffer = rest.slice(stop);
      }
    },
  };
}
