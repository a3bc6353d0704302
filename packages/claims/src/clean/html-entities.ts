/** Named HTML entities common in news pages, by name (without `&` and `;`). Unknown names stay as written. */
export const namedEntities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: "\"",
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  shy: "",
  zwnj: "",
  zwj: "",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  bull: "•",
  middot: "·",
  prime: "′",
  Prime: "″",
  dagger: "†",
  Dagger: "‡",
  sect: "§",
  para: "¶",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  frac14: "¼",
  frac12: "½",
  frac34: "¾",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  permil: "‰",
  micro: "µ",
  cent: "¢",
  pound: "£",
  euro: "€",
  yen: "¥",
  curren: "¤",
  iexcl: "¡",
  iquest: "¿",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç",
  Egrave: "È", Eacute: "É", Ecirc: "Ê", Euml: "Ë", Igrave: "Ì", Iacute: "Í", Icirc: "Î", Iuml: "Ï",
  Ntilde: "Ñ", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ouml: "Ö", Oslash: "Ø", Ugrave: "Ù",
  Uacute: "Ú", Ucirc: "Û", Uuml: "Ü", Yacute: "Ý", szlig: "ß",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä", aring: "å", aelig: "æ", ccedil: "ç",
  egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í", icirc: "î", iuml: "ï",
  ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ouml: "ö", oslash: "ø", ugrave: "ù",
  uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý", yuml: "ÿ", scaron: "š", Scaron: "Š", zcaron: "ž",
  Zcaron: "Ž", oelig: "œ", OElig: "Œ"
}

/**
 * The text an entity body (`amp`, `#8217`, `#x2019`) stands for, or undefined when unknown.
 * Control characters and invalid code points become a space: they must not add line breaks.
 */
export const decodeEntity = (body: string): string | undefined => {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X"
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    if (!Number.isFinite(code) || code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0x10ffff) return " "
    if (code >= 0xd800 && code <= 0xdfff) return " "
    return String.fromCodePoint(code)
  }
  return Object.hasOwn(namedEntities, body) ? namedEntities[body] : undefined
}
