/**
 * Counts and numbers that describe a legal text, not anything it reached (round 32b, an audit of real regulation explainers): the
 * parts a law, a decree or a draft is made of ("Luật … gồm 39 điều, chia thành 5 chương", "Dự thảo gồm 04 chương, với 51 điều",
 * "Chương II gồm 05 mục"), the conditions or criteria a rule asks ("phải đáp ứng đủ 8 điều kiện"), the kinds a law sorts
 * things into ("Theo Luật …, có 04 loại giấy phép"), and a second document's number after "và" ("thay thế Nghị định
 * 72/2013 và 27/2018"). Pure; `definitions.ts` `isNoClaim` asks it for bare numbers.
 */
import { LABEL_BEFORE } from './number-words';

/** A legal text's name, anywhere before in the sentence. */
const LEGAL_TEXT = /(?<![\p{L}\p{M}])(?:luật|bộ luật|nghị định|thông tư|quyết định|nghị quyết|pháp lệnh|dự thảo|dự án luật|văn bản|chương\s+[IVXLC\d]+)(?![\p{L}\p{M}])/iu;
/** A part of a legal text right after the number: "39 điều", "5 chương", "05 mục", "12 khoản", "3 phụ lục". */
const PART_AFTER = /^\s+(?:điều|chương|mục|khoản|phụ lục)(?![\p{L}\p{M}])(?!\s+(?:kiện|chỉnh|hành|tra|trị|phối|động|tiết|hòa|hoà))/iu;
/** What introduces the count of parts: "gồm ", "bao gồm ", "với ", "có ", "chia thành ", a first part's count ("5 chương, ", "5 chương và "). */
const PARTS_BEFORE = /(?<![\p{L}\p{M}])(?:gồm|bao gồm|với|có|thành|làm|\d{1,3}\s+(?:chương|điều|mục|phần)\s*(?:,|và|với))\s*$/iu;
/** The conditions or criteria a rule asks be met, up to their number: "phải đáp ứng đủ ", "đáp ứng ". */
const MEET_BEFORE = /(?<![\p{L}\p{M}])(?:phải\s+)?đáp ứng\s+(?:đủ\s+|đầy đủ\s+)?$/iu;
const CONDITIONS_AFTER = /^\s+(?:điều kiện|tiêu chí|yêu cầu)(?![\p{L}\p{M}])/iu;
/** The kinds a rule sorts things into, "Theo Luật …, có 03 loại …", "Nghị định … quy định 4 loại …". */
const KINDS_BEFORE = /^\s*theo\s+(?:luật|bộ luật|nghị định|thông tư|quy định)(?![\p{L}\p{M}])[^.;:!?]{0,80}?(?<![\p{L}\p{M}])(?:có|gồm|quy định)\s*$/iu;
const KINDS_AFTER = /^\s+(?:loại|cấp độ|mức độ|hình thức)(?![\p{L}\p{M}])/iu;
/** A document's id right before, then "và", "," or "hoặc": "72/2013 và ", "01/2024/TT-BTTTT, ". What names the document before that
 * id is `LABEL_BEFORE`'s (number-words.ts), as for the first id. */
const ID_THEN = /\s*\d{1,4}\/\d{4}(?:\/[\p{L}\p{N}-]+)?\s*(?:,|và|hoặc)\s*$/u;

/** True when "a/`year`" after `sentenceBefore` (the sentence up to it) is a second document's number: "Nghị định 72/2013 và 27/2018". */
export function isSecondDocumentNumber(sentenceBefore: string, year: number): boolean {
  if (year < 1945 || year > 2100) return false;
  const before = sentenceBefore.slice(-80).toLowerCase();
  const id = ID_THEN.exec(before);
  return id !== null && LABEL_BEFORE.test(before.slice(0, id.index));
}

/** True when the bare number `raw` (`sentenceBefore` the sentence up to it, `after` the text after it) is a legal text's part
 * count or the number of conditions or kinds it sets (see the module note). */
export function isLegalTextNumber(sentenceBefore: string, raw: string, after: string): boolean {
  if (!/^\d{1,3}$/u.test(raw)) return false;
  const before = sentenceBefore.slice(-40);
  if (PART_AFTER.test(after) && PARTS_BEFORE.test(before) && LEGAL_TEXT.test(sentenceBefore)) return true;
  return (MEET_BEFORE.test(before) && CONDITIONS_AFTER.test(after)) || (KINDS_BEFORE.test(sentenceBefore) && KINDS_AFTER.test(after));
}
