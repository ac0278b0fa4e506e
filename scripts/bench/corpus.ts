/**
 * A synthetic corpus in the seeds' style, for build benchmarks: plain-text Vietnamese news with a
 * title line, a dateline ("27/04/2022", "05:07, 14/07/2023") or a lead "Ngày 6-2-2025, …", paragraphs
 * full of numbers in Vietnamese notation, places ("điểm cầu …") and people with roles. Deterministic:
 * the same seed value gives byte-identical files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from './prng';
import * as W from './corpus-words';

/** What every sentence generator of one article shares. */
interface Ctx { rng: Rng; year: number; province: string }

/** `value` in Vietnamese notation: "." groups thousands, "," is the decimal mark ("4.422", "84,7"). */
export function formatViNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = frac?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const dec = (rng: Rng, min: number, max: number, decimals = 1) =>
  formatViNumber(min + rng.next() * (max - min), rng.chance(0.7) ? decimals : 0);

/** A person's full name: family, middle and given name. */
export function personName(rng: Rng): string {
  return `${rng.pick(W.FAMILY)} ${rng.pick(W.MIDDLE)} ${rng.pick(W.GIVEN)}`;
}

/** Sentences with numbers, each in one of the forms the ingest reads. */
const NUMBER_SENTENCES: ((c: Ctx) => string)[] = [
  ({ rng, year }) => `Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính đạt ${dec(rng, 20, 70)}%, tăng ${dec(rng, 2, 15)}% so với cùng kỳ năm ${year - 1}.`,
  ({ rng }) => `Kinh tế số ước đạt ${rng.int(20, 90)} tỷ USD, chiếm tỷ trọng ${dec(rng, 10, 20)}% trong GDP.`,
  ({ rng }) => {
    const total = rng.int(1500, 7000);
    return `Đến nay, đã có ${formatViNumber(rng.int(800, total))}/${formatViNumber(total)} thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến.`;
  },
  ({ rng, year }) => `Theo báo cáo của Liên hợp quốc năm ${year}, chỉ số EGDI của Việt Nam xếp hạng ${rng.int(70, 90)}/193 quốc gia.`,
  ({ rng }) => `Số lượng giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia tăng gấp ${dec(rng, 1.5, 9)} lần so với cùng kỳ.`,
  ({ rng }) => `Cả nước đã cấp ${dec(rng, 40, 90)} triệu tài khoản định danh điện tử, trong đó ${dec(rng, 20, 60)} triệu tài khoản đã được kích hoạt.`,
  ({ rng }) => `Doanh thu lĩnh vực công nghệ thông tin ước đạt trên ${dec(rng, 1, 3, 2)} triệu tỷ đồng, tăng trưởng ${rng.int(8, 30)}% so với cùng kỳ.`,
  ({ rng }) => `Phấn đấu đến năm 2030, kinh tế số chiếm ${rng.int(25, 35)}% GDP và ${rng.int(80, 100)}% dịch vụ công được cung cấp trực tuyến toàn trình.`,
  ({ rng }) => `Số doanh nghiệp công nghệ số đạt khoảng ${formatViNumber(rng.int(40000, 80000))} doanh nghiệp, vượt mục tiêu đề ra.`,
  ({ rng }) => `Đã có ${rng.int(20, 63)}/63 tỉnh, thành phố kết nối với Cơ sở dữ liệu quốc gia về dân cư; tỷ lệ người dân hài lòng đạt ${dec(rng, 80, 98)}%.`,
  ({ rng }) => `Tỷ lệ dân số trưởng thành có tài khoản giao dịch thanh toán tại ngân hàng đạt ${dec(rng, 70, 90)}%, tỷ lệ phủ sóng băng rộng di động đạt ${dec(rng, 95, 99.9, 2)}%.`,
  ({ rng }) => `Tốc độ tăng trưởng kinh tế số đạt từ ${rng.int(8, 12)} - ${rng.int(13, 20)}%, đứng thứ ${rng.int(1, 4)} trong khu vực ASEAN.`,
  ({ rng, province }) => `Tỉnh ${province} đã số hóa ${formatViNumber(rng.int(100000, 900000))} hồ sơ, kết quả giải quyết thủ tục hành chính, đạt ${dec(rng, 40, 95)}%.`,
  ({ rng }) => `Chính phủ đã ban hành ${rng.int(5, 15)} nghị quyết, ${rng.int(3, 12)} quyết định và ${rng.int(2, 8)} chỉ thị về chuyển đổi số; hoàn thành ${rng.int(30, 60)}/${rng.int(60, 70)} nhiệm vụ trong kế hoạch năm.`,
  ({ rng }) => `Giá trị giao dịch thương mại điện tử đạt gần ${dec(rng, 10, 30)} tỷ USD, gấp ${dec(rng, 1.2, 3.5)} lần năm trước.`,
];

/** A sentence naming a person, a role and often a place. */
const PEOPLE_SENTENCES: ((c: Ctx) => string)[] = [
  ({ rng, province }) => `Dự hội nghị tại điểm cầu ${province} có đồng chí ${personName(rng)}, ${rng.pick(W.LOCAL_ROLES)}; lãnh đạo các sở, ngành của tỉnh.`,
  ({ rng }) => `Phát biểu chỉ đạo, ${rng.pick(W.NATIONAL_ROLES)} ${personName(rng)} yêu cầu các bộ, ngành khẩn trương hoàn thành các nhiệm vụ được giao.`,
  ({ rng }) => `Cùng dự có đồng chí ${personName(rng)}, ${rng.pick(W.NATIONAL_ROLES)}, và lãnh đạo ${rng.pick(W.ORGS)}.`,
];

/** One paragraph: two to four sentences, most with numbers. */
function paragraph(c: Ctx): string {
  const n = c.rng.int(2, 4);
  const out: string[] = [];
  const used = new Set<unknown>();
  while (out.length < n) {
    const r = c.rng.next();
    const source = r < 0.45 ? NUMBER_SENTENCES : r < 0.65 ? PEOPLE_SENTENCES : W.FILLER;
    const pick = c.rng.pick<string | ((x: Ctx) => string)>(source);
    if (used.has(pick)) continue;
    used.add(pick);
    out.push(typeof pick === 'string' ? pick : pick(c));
  }
  return out.join(' ');
}

/** The head of an article: a title line then a dateline, or a lead starting "Ngày d-m-yyyy, …". */
function head(c: Ctx, month: number, day: number): { lines: string[]; lead?: string } {
  const { rng, year, province } = c;
  const title = `${rng.pick(W.TITLE_HEADS)} tại ${province} năm ${year}: ${rng.pick(W.TITLE_TAILS)}`;
  const form = rng.int(0, 2);
  if (form === 0) return { lines: [title, `${pad2(day)}/${pad2(month)}/${year}`] };
  if (form === 1) return { lines: [title, `${pad2(rng.int(6, 21))}:${pad2(rng.int(0, 59))}, ${pad2(day)}/${pad2(month)}/${year}`] };
  const prefix = rng.chance(0.3) ? 'TCCS - ' : '';
  const lead = `${prefix}Ngày ${day}-${month}-${year}, ${rng.pick(W.NATIONAL_ROLES)} ${personName(rng)} chủ trì ${rng.pick(W.MEETINGS)}, kết nối trực tuyến tới điểm cầu ${province} và các tỉnh, thành phố. ` +
    `Trong năm ${year}, đã tổ chức ${rng.int(2, 12)} hội nghị trực tuyến toàn quốc về chuyển đổi số.`;
  return { lines: [title], lead };
}

/** The text of synthetic article `index` of the corpus seeded with `seed`. */
export function syntheticArticle(seed: number, index: number): string {
  const rng = createRng((seed * 100003 + index * 7919) >>> 0);
  const year = rng.int(2020, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const c: Ctx = { rng, year, province: rng.pick(W.PROVINCES) };
  const { lines, lead } = head(c, month, day);
  const paragraphs = Array.from({ length: rng.int(6, 16) }, () => paragraph(c));
  const intro = `Sáng ${day}/${month}, ${rng.pick(W.MEETINGS)} được tổ chức tại điểm cầu ${c.province}. ${c.rng.pick(PEOPLE_SENTENCES)(c)}`;
  const source = rng.chance(0.5) ? `Nguồn: ${rng.pick(W.OUTLETS)}` : `Theo ${personName(rng)}`;
  return [...lines, lead ?? intro, ...paragraphs, source].join('\n\n') + '\n';
}

/** The file name of synthetic article `index` (seed-like: "0007_bench.txt"). */
export function syntheticFileName(index: number): string {
  return `${String(index).padStart(4, '0')}_bench.txt`;
}

/**
 * Writes a corpus of `count` articles into `dir` (created if needed) and returns the file names:
 * the real seeds of `realSeeds` (with their editorial.yaml) when given, since the data stories cite
 * those articles, then synthetic articles up to `count`.
 */
export function writeCorpus(dir: string, count: number, seed: number, realSeeds?: string): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  if (realSeeds) {
    for (const f of readdirSync(realSeeds).filter((x) => x.endsWith('.txt')).sort().slice(0, count)) {
      copyFileSync(join(realSeeds, f), join(dir, f));
      names.push(f);
    }
    if (existsSync(join(realSeeds, 'editorial.yaml'))) copyFileSync(join(realSeeds, 'editorial.yaml'), join(dir, 'editorial.yaml'));
  }
  for (let i = 0; names.length < count; i++) {
    const name = syntheticFileName(i);
    writeFileSync(join(dir, name), syntheticArticle(seed, i));
    names.push(name);
  }
  return names;
}
