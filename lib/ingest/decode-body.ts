// Feeds lie about encodings: a missing charset, an XML declaration that disagrees with the
// header, Latin-1 bytes labelled UTF-8. Valid UTF-8 wins (Latin-1 text is almost never valid
// UTF-8 by accident); otherwise the declared charset; otherwise windows-1252, which maps every byte.

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeBody(bytes: Uint8Array, contentType: string | null = null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const declared = charsetOf(contentType) ?? xmlDeclaredEncoding(bytes);
  for (const label of [declared, "windows-1252"]) {
    // UTF-8 already failed strictly: a UTF-8 label is the lie, not the bytes.
    if (!label || /^utf-?8$/i.test(label)) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // unknown label: try the next
    }
  }
  return new TextDecoder("windows-1252").decode(bytes);
}

function charsetOf(contentType: string | null): string | null {
  return /charset=["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return /^<\?xml[^>]*encoding=["']([\w.:-]+)["']/.exec(head)?.[1] ?? null;
}
