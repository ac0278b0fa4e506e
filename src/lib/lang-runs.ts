/**
 * English editorial text quotes Vietnamese ("sáng 19/7") and names Vietnamese people and places
 * ("Phạm Minh Chính"). WCAG 3.1.2 wants those parts marked: this splits a text into runs, each
 * Vietnamese or not, for a page to wrap the Vietnamese ones in lang="vi".
 */

/** A letter only Vietnamese uses among the languages of this site. */
const VI_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩĨũŨ]/u;

/** A piece of text and whether it is Vietnamese. */
export interface Run { text: string; vi: boolean }

/** A quotation (“…” or "…") or a word, with the spaces and punctuation between them kept as they are. */
const TOKEN = /“[^”]*”|"[^"]*"|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** True for a capitalised word that can be one Vietnamese syllable written without marks ("Minh",
 * "Long"): the rest of a name. "Prime", "Minister", "Online" cannot. */
const capital = (w: string) => /^\p{Lu}/u.test(w)
  && /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/i.test(w);

/**
 * The runs of `text`: a quotation holding a Vietnamese letter is Vietnamese (without its quote marks);
 * so is a word holding one, together with the capitalised words next to it (the rest of a name:
 * "Phạm Minh Chính", "Vĩnh Long"). Everything else, spaces included, is not.
 */
export function vietnameseRuns(text: string): Run[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ at: m.index!, text: m[0] }));
  const vi = tokens.map((t) => VI_LETTER.test(t.text));
  for (let i = 0; i < tokens.length; i += 1) {
    if (!vi[i] || /^[“"]/.test(tokens[i]!.text)) continue;
    for (let j = i - 1; j >= 0 && !vi[j] && capital(tokens[j]!.text) && /^\s+$/.test(text.slice(tokens[j]!.at + tokens[j]!.text.length, tokens[j + 1]!.at)); j -= 1) vi[j] = true;
    for (let j = i + 1; j < tokens.length && !vi[j] && capital(tokens[j]!.text) && /^\s+$/.test(text.slice(tokens[j - 1]!.at + tokens[j - 1]!.text.length, tokens[j]!.at)); j += 1) vi[j] = true;
  }
  const runs: Run[] = [];
  const push = (s: string, isVi: boolean) => {
    if (!s) return;
    const last = runs.at(-1);
    if (last && last.vi === isVi) last.text += s;
    else runs.push({ text: s, vi: isVi });
  };
  let pos = 0;
  tokens.forEach((t, i) => {
    const gap = text.slice(pos, t.at);
    const joins = vi[i] && i > 0 && vi[i - 1] && /^\s+$/.test(gap) && !/^[“"]/.test(t.text) && !/^[“"]/.test(tokens[i - 1]!.text);
    push(gap, !!joins);
    if (vi[i] && /^[“"]/.test(t.text)) {
      push(t.text[0]!, false);
      push(t.text.slice(1, -1), true);
      push(t.text.slice(-1), false);
    } else push(t.text, vi[i]!);
    pos = t.at + t.text.length;
  });
  push(text.slice(pos), false);
  return runs;
}
