/**
 * A page that is a province's own body's report though its headline names no province: the headline opens on a
 * provincial department ("Sở Khoa học và Công nghệ tổng kết năm 2025", "Sở TT&TT triển khai …") or names the
 * province's people's committee, council or Party committee ("UBND tỉnh …", "Tỉnh ủy …") or opens on the whole province
 * ("Toàn tỉnh tiếp nhận …"), and names nothing national.
 * Its figures are the province's (`metrics.ts` `provincialReport`), so no national series takes them. Pure.
 */

/** A department of a province opening the headline ("Sở Y tế", "Sở KH&CN"; not "Sở hữu …"). */
const DEPARTMENT = /^\s*Sở\s+(?!hữu(?![\p{L}\p{M}]))(?:[\p{Lu}]|KH|TT)/u;
/** A province's committee, council or Party committee named anywhere in the headline. */
const PROVINCE_BODY = /(?<![\p{L}\p{M}])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+tỉnh(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])Tỉnh\s+[uủ]ỷ?y?(?![\p{L}\p{M}])|^\s*Toàn\s+tỉnh(?![\p{L}\p{M}])/u; // round 37: "Toàn tỉnh tiếp nhận 56.039 hồ sơ …"
/** The whole country or a ministry named: the page is not the province's alone. */
const NATIONAL = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|quốc gia|việt nam|bộ|chính phủ|thủ tướng)(?![\p{L}\p{M}])/iu;

/** True when the headline (original case) makes the page a provincial body's report and names nothing national. */
export function isProvincialBodyHeadline(headline: string | undefined): boolean {
  const h = headline ?? '';
  return (DEPARTMENT.test(h) || PROVINCE_BODY.test(h)) && !NATIONAL.test(h);
}

/** A department of a province named anywhere ("… vừa được Sở Thông tin và Truyền thông tổ chức", "Sở KH&CN cho biết"); not an exchange ("Sở Giao dịch Chứng khoán", a national body). */
const DEPARTMENT_NAMED = /(?<![\p{L}\p{M}])Sở\s+(?!hữu(?![\p{L}\p{M}]))(?![Gg]iao dịch(?![\p{L}\p{M}]))(?:[\p{Lu}]|KH|TT)/u;

/** True when `text` (original case) names a province's department (`DEPARTMENT_NAMED`): "… Phó Giám đốc Sở Thông tin và Truyền thông cho biết". */
export function namesProvincialDepartment(text: string): boolean {
  return DEPARTMENT_NAMED.test(text);
}

/**
 * True when a page's lead sentence (original case) is a provincial department's own event or report ("Hội nghị tổng
 * kết công tác năm 2023 vừa được Sở Thông tin và Truyền thông tổ chức", "Sở Y tế cho biết …") and names nothing national:
 * the page is the province's, as when its headline opens on the department (`isProvincialBodyHeadline`).
 */
export function isProvincialBodyLead(sentence: string): boolean {
  return namesProvincialDepartment(sentence) && !NATIONAL_LEAD.test(sentence) && !PROVINCE_BRIDGE.test(sentence);
}
/** A province as one bridge of an online meeting held above it ("Tại điểm cầu tỉnh Nghệ An, các đồng chí … chủ trì"): the meeting, and its report, are national. */
const PROVINCE_BRIDGE = /(?<![\p{L}\p{M}])[Tt]ại\s+điểm\s+cầu\s+(?:tỉnh|thành phố|TP\.?)(?![\p{L}\p{M}])/u;
/** The nation or a ministry in a lead sentence: "Bộ" capitalised only ("hội nghị cán bộ, công chức" names no ministry). */
const NATIONAL_LEAD = /(?<![\p{L}\p{M}])(?:[Cc]ả nước|[Tt]oàn quốc|[Qq]uốc gia|Việt Nam|Bộ|[Cc]hính phủ|[Tt]hủ tướng)(?![\p{L}\p{M}])/u;
