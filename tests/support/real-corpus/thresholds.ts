/**
 * The ONE place the dev-corpus thresholds live (tests/unit/real-corpus/score.test.ts fails below them).
 *
 * `target` is the goal of issue 11 ("Done when"). `floor` is a ratchet: the figure measured when it was
 * last raised, rounded down to the whole percent, so the test passes today and can only go up. When a
 * change lifts a figure, raise its floor to the new measured value (rounded down); never lower one to
 * make a change pass: fix the rule, or the gold if the gold is wrong.
 */
import type { Figures } from './score';

export type FigureName = keyof Figures;

/** `floor: null`: printed beside its target but not gated (yet); give it a floor once branches agree on it. */
export interface Threshold { floor: number | null; target: number; label: string }

// Floors measured on main after merging extract + lexicon (24 articles, 289 gold claims), 2026-12-01.
// `indicator` re-measured on branch extract2 after the gold review that gave 78 more claims the series
// the catalogue now has (145 gold indicators instead of 67; harder gold, not a worse rule: see
// docs/real-corpus.md "Gold review, round 2").
// recall, period, indicator and labels re-measured on branch extract3 after adding the seven unseen articles
// 25–31 (31 articles, 352 claims): harder articles, same rules; then raised by the rules that followed (period
// 93.2 %, indicator 90.6 %, labels 86.3 %; see docs/real-corpus.md).
// All but headlines and headline-less dates re-measured on branch extract4 after adding the nine unseen articles
// 32–40 (40 articles, 478 claims, 222 gold indicators): harder articles, same rules (docs/real-corpus.md
// "Unseen articles (32–40)"); then raised by the round-4 rules (recall 99.8 %, precision 98.6 %, status 99.0 %,
// period 95.0 %, indicator 88.8 %, labels 92.1 %, targets 94.7 %; see docs/real-corpus.md).
// precision, status, period, indicator and labels re-measured on branch extract5 after adding the eight unseen
// articles 41–48 (48 articles, 560 claims, 260 gold indicators): harder articles, same rules (docs/real-corpus.md
// "Unseen articles (41–48)"); then raised by the round-5 rules (period 92.3 %, indicator 91.9 %, labels 94.5 %, dates 100 %; see
// docs/real-corpus.md).
// period and labels re-measured on branch extract6 after adding the six unseen articles 49–54 (54 articles, 620
// claims, 281 gold indicators): harder articles, same rules (docs/real-corpus.md "Unseen articles (49–54)"); then
// raised by the round-6 rules (precision 98.1 %, status 98.2 %, period 95.5 %, indicator 92.5 %, labels 94.2 %).
// indicator and labels raised on branch extract7 by the round-7 rules (indicator 93.6 %, labels 95.3 %, period 95.8 %;
// docs/real-corpus.md "Figures after issue 11 round 7").
// Set B (61–68) joined the dev corpus (68 articles, 829 claims, 326 gold indicators) and failed period, indicator
// and labels; the round-8 rules on branch extract8 lifted the whole corpus back over every floor and raised precision,
// status, period and targets (precision 99.3 %, status 99.3 %, period 97.6 %, indicator 93.9 %, labels 95.3 %, targets
// 96.9 %; docs/real-corpus.md "Figures after round 8").
// Set C (69–76) joined the dev corpus (76 articles, 912 claims, 340 gold indicators); the round-9b rules on branch
// extract10 brought it to 100 % on every figure and raised indicator (94.1 %; recall 99.8 %, precision 99.5 %, status
// 99.3 %, period 97.8 %, labels 95.8 %, targets 96.9 %; docs/real-corpus.md "Figures after round 9b (branch extract10)").
// Sets D (77–86 without 83) and the dev articles 87–94 joined (93 articles, 1122 claims, 388 gold indicators); the
// round-10 rules on branch extract11 (plan goal frames, forecasts, plan costs) measure on 1–94: recall 99.6 %,
// precision 99.0 %, status 99.4 %, period 97.6 %, indicator 95.1 %, labels 95.8 %, targets 97.5 %, dates 100 %
// (docs/real-corpus.md "Figures after round 10 (branch extract11)"); indicator and targets raised.
// Sets E (95–106), F (107–130) and G (131–150) joined (149 articles, 1654 claims, 542 gold indicators); after rounds
// 11–13 (branches extract12–16) 1–150 measures recall 99.6 %, precision 99.0 %, status 98.8 %, period 94.9 %, indicator
// 94.3 %, labels 95.9 %, targets 97.5 %, dates 100 %. Period is re-measured (95 → 94): set G's school years and
// ongoing spans are harder, not a worse rule (1–106 is unchanged at 96.0 %); precision, labels and targets raised.
// Set H (151–169: commune, ward, district and city plans, a Party congress document) joined (168 articles, 1800 claims,
// 570 gold indicators); after round 14 (extract17, extract18) 1–169 measures recall 99.4 %, precision 98.6 %, status
// 97.9 %, period 94.1 %, indicator 93.3 %, labels 93.7 %, targets 94.5 %, dates 100 %. Precision, status, indicator,
// labels and targets are re-measured (set H is far harder: its own targets 80.5 %, labels 60.0 %); 1–150 is unchanged
// or better on every figure (recall 99.6, precision 99.0, status 98.9, period 95.0, indicator 94.3, labels 95.9,
// targets 97.7).
// Sets I (171–190), J (191–210) and K (211–230) joined (228 articles, 2344 claims, 673 gold indicators); after rounds
// 15–17 (extract19–24, on sets H, I and J; K is scored once, clean, and not yet worked on) 1–230 measures recall 99.3 %,
// precision 98.9 %, status 97.9 %, period 94.3 %, indicator 94.1 %, labels 93.8 %, targets 95.9 %, dates 100 %,
// headlines 99.1 % (226/228: two of set K's pages). Indicator and targets raised; headlines re-measured (100 → 99) for
// set K's two pages, as set H's joining re-measured others; 1–169 did not fall on any figure.
// Sets L (231–250) and M (251–270) joined (268 articles, 2722 claims, 743 gold indicators), each scored once clean
// before its round; after rounds 18–20 (extract25–30, on sets K, L and M) 1–270 measures recall 99.6 %, precision
// 99.1 %, status 99.0 %, period 95.9 %, indicator 94.6 %, labels 96.2 %, targets 97.9 %, dates 100 %, headlines 100 %.
// Precision, status, period, labels, targets and headlines raised.
// Sets N (271–290) and O (291–310) joined (308 articles, 3174 claims, 825 gold indicators), each scored once clean
// before its round; after rounds 21–23 (extract31–36, on sets L–M, N and O) 1–310 measures recall 99.8 %, precision
// 99.0 %, status 98.8 %, period 96.2 %, indicator 94.2 %, labels 94.99 % (777/818), targets 98.5 %, charted rows right 91.4 %,
// dates 100 %, headlines 100 %. Period and targets raised; labels re-measured (96 → 94: set O's other owners of the
// catalogue's words, 10 rows); charted rows right gets its first floor.
// Set P (311–330) joined (328 articles, 3381 claims, 863 gold indicators), scored once clean before its round; after
// round 24 (extract37–41) 1–330 measures recall 99.7 %, precision 99.06 %, status 98.9 %, period 96.3 %, indicator 94.3 %,
// labels 94.8 %, targets 98.3 %, charted rows right 91.2 %, dates 100 %, headlines 99.7 % (327/328). Headlines re-measured
// (100 → 99): `320` opens on a subheading with a headline's shape, followed by an interview's lead as a headline would
// be, and no general rule tells the two apart (docs/real-corpus.md "Round 24 (branch `extract38`)").
// Labels raised (94 → 95) by round 25a (extract42: whose series, 95.5 %, 815/853).
// Round 25b (extract43, targets and precision): 1–330 measures status 99.1 % (3347/3376), targets 99.4 % (795/800);
// both raised (98 → 99).
// Set Q (331–342) joined; round 26a (extract44) brings 1–400 back to precision 99.1 % (3490/3521), status 99.1 %
// (3459/3490), targets 99.4 % (808/813), dates 100 % (340/340); no floor raised (period 95.4 % is extract45's).
// After round 26b (extract45) 1–400 (340 articles, 3495 claims) measures period 95.7 % (3340/3490): re-measured 96 → 95.
// Set Q's pages date their figures in ways no rule reads yet (a page's year carried across an event day, counts dated by
// the next sentence's comparison, a review published in its own year's last month: docs/real-corpus.md, rounds 26a/b);
// 1–330 alone still measures 96.3 %.
// Set R (343–358) joined and rounds 27a–b (extract46–47) brought 1–400 back over every floor (356 articles: precision
// 99.2 %, status 99.1 %, period 95.6 %, labels 95.6 %). Set S (359–374), chosen for plans and catalogue series, joined
// on 3 December (372 articles, 3820 claims, 923 gold indicators), scored once clean before its round; after round 28
// (extract48–49) 1–400 measures recall 99.7 %, precision 99.01 %, status 98.8 % (3767/3813), period 94.7 % (3612/3813),
// indicator 94.3 %, labels 95.8 %, targets 99.4 %, charted rows right 90.8 % (754/830), dates 100 %, headlines 98.7 %
// (367/372). Status, period, charted rows and headlines re-measured (99 → 98, 95 → 94, 91 → 90, 99 → 98): set S's
// year reviews and forecasts, month figures after a "sẽ" plan sentence and three pages opening on a subheading or an
// issuer's header (docs/real-corpus.md "Set S's first score", rounds 28a/b); 1–358 alone still measures status
// 99.1 %, period 95.6 %, charted rows 91.8 % and headlines 99.4 %, over the old floors.
// Set T (375–390) joined (388 articles, 4051 claims): its first score put 1–400's period at 93.9 % (3797/4042); round
// 29c (extract52, set T's periods) measures 95.2 % (3846/4042; 1–374 alone 3616 → 3619/3813): period floor 94 → 95.
// With rounds 29a–c merged (extract50–52) and four gold rows made to follow round 11's convention on a dated start of a
// move, 1–400 measures recall 99.7 % (4039/4051), precision 99.1 % (4044/4080), status 99.1 % (4007/4044), period 95.2 %,
// indicator 94.4 %, labels 95.9 %, targets 99.4 %, charted rows right 91.8 % (807/879), dates 100 %, headlines 98.7 %:
// status 98 → 99 and charted rows 90 → 91.
// Set U (391–406) joined (404 articles, 4167 claims), scored once clean before its round; after round 30 (extract53–55)
// and three gold rows settled by the corpus's documented rules (goal-set sizes, a province's "top 10"), 1–500 measures
// recall 99.7 %, precision 99.2 % (4161/4196), status 98.99 % (4119/4161), period 94.3 % (3924/4161), indicator 94.6 %,
// labels 96.0 %, targets 99.4 %, charted rows right 91.7 %, dates 100 %, headlines 98.8 %. Status and period re-measured
// (99 → 98, 95 → 94): set U's periods (undated pages' "Đến nay" after a past year, a monthly index's edition, an event
// name's year; docs/real-corpus.md rounds 30a–c) and five statuses; 1–390 alone still measures status 99.1 % and period
// 95.3 %, over the old floors.
// Set V (407–419) joined (416 articles, 4200 claims); round 31d (extract59, set V's statuses and periods) measures on 1–500
// status 99.05 % (4154/4194) and period 94.5 % (3964/4194): status 98 → 99.
// Round 33 (audit82, business and market news: several platforms' sales are no national e-commerce series) measures
// labels 96.09 % (933/971; 101's platform growth no longer labelled): labels 95 → 96.
// Set X (430–439) joined (436 articles, 4290 claims), scored once clean: its e-commerce index page gives five sub-index
// ranks and scores the DTI pillar series; after the lead's rule (another index's sub-indices named in the clause) three
// stay, so with round 33 merged 1–500 measures labels 95.8 % (934/975): labels re-measured 96 → 95.
// Round 35 (session 18): English-language pages are scored apart (ENGLISH_FLOORS below); sets Z, Z2 and AA's Vietnamese
// pages joined and their rules merged (1–479: precision 99.03 %, period 94.1 %, every floor held). Set AB (480–487, 71
// claims) joined last, scored once clean: first read precision 90.9 %, period 70.0 %, three dates wrong; after the lead's
// rules from it (a hotline over the headline, a one-digit minute, a document's issue-date field) its dates are right but
// its periods (a lead's "9 tháng đầu năm" carried to the next paragraph's stocks) and a plan page's facility counts (the
// set a "100%" covers, which the gold counts no claims) stay, so 1–500's Vietnamese pages measure precision 98.93 %
// (4552/4601) and period 93.7 % (4267/4552): precision 99 → 98 and period 94 → 93 re-measured (harder articles, same
// rules; 1–479 alone still measures 99.03 % and 94.1 %). Charted rows right 90.6 % (836/923): set AB's charted rows are
// 10 of 16 right (a postal sector's growth given the ICT-revenue series, a fixed-broadband household share given the fibre
// series the gold withholds): charted 91 → 90 re-measured (1–479 alone 91.1 %).
// Session 19 (round 36): four held-out sets joined, collected by helpers who never ran the ingest and scored once before any
// rule was written for them: AC (488–497, goals and plans), AD (498–507, periods), AE (508–517, series and labels), AF
// (518–527, ordinary news pages whose numbers are mostly not claims). Round 36's rules (docs/real-corpus.md "Sets AC–AF")
// left every figure of 1–487 the same or better (period 4267 → 4277, status 4507 → 4508, targets 864 → 865, charted rows
// 836/923 → 843/922), and the Vietnamese pages of 1–600 (517 pages, 4,862 claims) measure recall 99.53 %, precision 98.74 %,
// status 99.03 %, period 92.88 % (4502/4847), indicator 94.29 %, labels 95.12 %, targets 99.10 %, charted rows right 90.996 %
// (859/944), dates 100 %, headlines 98.07 %: period 93 → 92 re-measured (the new sets' periods, a company's half-year told
// as "kế hoạch 6 tháng", a quiz's span, survey quarters named once; harder articles, same rules: 1–487 alone 93.96 %).
// Session 20 (round 37): sets AG (528–537, goals without goal words and results next to goals) and AH (538–545, national series
// and periods) joined, collected like AC–AF and scored once before any rule was written for them (AG: recall 100 %, precision
// 98.1 %, status 81.1 %, period 92.5 %, targets 9/9, dates 9/10; AH: recall 95.7 %, precision 88.5 %, status 94.2 %, period
// 71.0 %, indicator 7/7, labels 7/9). After round 37 (docs/real-corpus.md "Sets AG and AH: first scores and round 37") and one
// gold date read by 478's convention (535's "(sonla.gov.vn) Ngày 10/01/2024, …"), the Vietnamese pages of 1–600 (535 pages,
// 4,985 claims) measure recall 99.48 %, precision 98.59 %, status 99.05 %, period 92.86 %, indicator 94.72 %, labels 95.17 %,
// targets 99.11 %, charted rows right 91.11 % (871/956), dates 100 %, headlines 97.94 % (524/535): charted 90 → 91; headlines
// 98 → 97 re-measured (533 opens on a section's subheading, its headline not kept, which the text cannot tell from a short
// headline; 1–527 alone still 98.1 %).
// Later the same session sets AI (546–554, precision traps) and AJ (556–565, periods) joined, scored once clean (first reads:
// precision 70.9 %, period 63.3 %; docs/real-corpus.md "Sets AI and AJ"); after rounds 37d–e the Vietnamese pages of 1–600
// (554 pages, 5,076 claims) measure recall 99.45 %, precision 98.42 %, status 99.01 % (5009/5059), period 92.75 %, indicator
// 94.75 %, labels 95.02 % (993/1045), targets 99.12 %, charted rows right 91.04 %, dates 100 %, headlines 98.01 % (543/554):
// headlines back at 98.
// Sets AK (566–575, a representative sample: pages as an editor meets them, no theme) and AL (576–579, results against goals)
// joined last, each scored once clean (AK: recall 97.2 %, precision 88.5 %, status 89.9 %, period 55.1 %, indicator 5/5, labels
// 5/7, targets 7/8; AL: recall 100 %, precision 98.1 %, status 90.4 %, period 67.3 %, labels 0/8, headlines 2/4). After rounds
// 37f–g the Vietnamese pages of 1–600 (568 pages, 5,199 claims) measure recall 99.42 %, precision 98.27 %, status 98.90 %
// (5123/5180), period 91.99 % (4765/5180), indicator 94.69 %, labels 95.05 % (998/1050), targets 99.02 %, charted rows right
// 90.98 % (877/964), dates 100 %, headlines 97.71 % (555/568): status 99 → 98, period 92 → 91, charted 91 → 90 and headlines
// 98 → 97 re-measured (the two last sets' periods, statuses and page heads; harder articles, same rules: 1–565 alone still
// measures status 99.03 %, period 92.75 %, charted rows 91.04 % and headlines 98.0 %). The representative set is the
// nearest to the held-out measure, and it is the one that moved these floors.
// Session 21: six more held-out sets joined, four of them representative samples (AM 580–586 national outlets, AN 590–598
// provinces, AQ 620–626 news of 2022–2023, AR 630–638 news of 2024–2025) and two of ordinary reports (AO 600–605, many figures;
// AP 610–618, short news), each scored once clean (docs/real-corpus.md "Sets AM–AR"). After round 38 the Vietnamese pages of
// 1–640 (615 pages, 5,500 claims) measure recall 99.44 %, precision 98.07 %, status 98.80 %, period 91.64 %, indicator 94.23 %,
// labels 94.32 % (1013/1074), targets 98.60 % (918/931), charted rows right 90.06 % (888/986), dates 100 %, headlines 97.24 %:
// labels 95 → 94 and targets 99 → 98 re-measured (the new sets' own labels are 15 of 25 and targets 13 of 17 after the round);
// 1–579 alone measures labels 95.14 % and targets 99.02 %, at or above the old floors, and every other figure of 1–579 is equal
// or better than before the round (period 91.99 → 92.32 %, labels 95.05 → 95.14 %, charted 90.98 → 91.07 %).
// Later the same session sets AS (640–645, pages with national series) and AT (650–656, plans and reviews) joined, scored once
// clean (AS: recall 100 %, precision 97.3 %, indicator 21 of 23; AT: recall 95.2 %, precision 90.9 %); after rounds 38h–i the
// Vietnamese pages of 1–660 (628 pages, 5,630 claims) measure recall 99.43 %, precision 98.06 %, status 98.82 %, period 91.19 %,
// indicator 94.27 %, labels 94.19 %, targets 98.72 %, charted rows right 89.69 % (905/1009), dates 100 %, headlines 97.13 %:
// charted 90 → 89 re-measured (AS's restated headline figures and captions of a month's stock take no month; 1–640 alone
// measures 90.01 %).
// Last, sets AU (660–665) and AV (670–676), two more representative samples, scored once clean (AU: recall 97.0 %, precision
// 84.2 %, dates 5 of 6; AV: recall 100 %, precision 90.5 %); after round 38k the Vietnamese pages of 1–700 (641 pages, 5,682
// claims) measure recall 99.42 %, precision 98.04 %, status 98.80 %, period 91.38 %, indicator 94.28 %, labels 94.19 %, targets
// 98.72 %, charted rows right 89.70 %, dates 100 %, headlines 96.88 % (621/641): headlines 97 → 96 re-measured (AU's page stored
// with its lines run together and AV's subheading opening a page, which the text cannot tell from a short headline; 1–660 alone
// measures 97.13 %).
// Session 22: sixteen held-out sets AW–BL (680–836, 106 pages, 611 claims) joined, each scored once before a rule was written for
// it (pooled first reads: recall 96.9 %, precision 91.3 %, indicator 37 of 53, targets 16 of 17; docs/real-corpus.md "Sets AW–BL");
// after round 39 the Vietnamese pages of 1–850 (747 pages, 6,292 claims) measure recall 99.32 %, precision 97.71 %, status
// 98.44 %, period 90.33 %, indicator 93.48 %, labels 93.40 %, targets 98.64 %, charted rows right 88.83 % (938/1056), dates 100 %,
// headlines 95.85 % (716/747): precision 98 → 97, period 91 → 90, indicator 94 → 93, labels 94 → 93, charted 89 → 88 and
// headlines 96 → 95 re-measured. The new sets alone measure precision 94.65 %, period 80.23 %, indicator 38 of 50, charted rows
// 32 of 48 and headlines 95 of 106 after the round; 1–679 alone is equal or better than before the round on every figure
// (precision 98.04 %, period 91.40 %, indicator 94.28 %, labels 94.36 %, charted 89.88 %, headlines 96.88 %), at the old floors.
// Session 25: six held-out sets joined, each read once before a rule was written for it: BW (940–949, goals beside results), BY
// (960–967, national series), BZ (970–978, provinces, districts, communes) and CB (990–996, national series and rankings) in
// Vietnamese, BX and CA in English (scored apart). After round 42 the Vietnamese pages of 1–999 (829 pages, 7,122 claims) measure
// recall 99.12 %, precision 97.51 %, status 98.31 %, period 90.01 %, indicator 92.40 % (1216/1316), labels 93.18 %, targets
// 98.32 %, charted 88.28 %, dates 100 %, headlines 95.42 %: indicator 93 → 92 re-measured (CB's GDP pages whose quarters and
// pillars the catalogue reads under no series, BY's sector revenue named only "của ngành"); 1–939 alone is equal or better than
// before the round on every figure (period 6024 → 6027 of 6681, the rest identical) and holds the old floors.
// Session 26: six held-out sets joined (all Vietnamese), each read once before a rule was written for it: CC (1000–1005,
// provinces and districts), CD (1010–1018, national goals and threat counts), CE (1020–1025, sectoral payments and health), CF
// (1030–1036, digital business), CG (1040–1047, smart city operations) and CH (1050–1058, goals); pooled first reads recall 99.2,
// precision 96.0, indicator 42 of 48, targets 75 of 85 (docs/real-corpus.md "Sets CC–CH"). After round 43 the Vietnamese pages of
// 1–1999 (874 pages, 7,489 claims) measure recall 99.12 %, precision 97.55 %, status 98.34 %, period 90.12 % (6716/7452), indicator
// 93.26 % (1272/1364), labels 93.05 %, targets 98.08 %, charted 88.26 %, dates 100 %, headlines 95.54 %: indicator 92 → 93 raised;
// every other floor held without lowering one (period, labels, targets and charted only after the round's rules for the new sets).
// The thirty-five English pages measure indicator 57 of 79 (72.2), labels 57 of 80 (71.3), charted 41 of 68 (60.3): English
// indicator 67 → 72, labels 64 → 71, charted 55 → 60 raised.
// Later in session 26 two more held-out sets joined, read once after the round's rules above: CI (1060–1066, press conferences,
// speeches, police reports; first read recall 100, precision 100, indicator 5 of 7) and CJ (1070–1077, the catalogue's national
// series in other words; first read recall 98.1, precision 93.7, indicator 23 of 35, labels 23 of 38). With them the Vietnamese
// pages of 1–1999 (889 pages, 7,649 claims) measure recall 99.11 %, precision 97.51 %, status 98.33 %, period 90.01 % (6850/7610,
// after the rules that followed: a running total counted from a month to now, "năm nay" of an undated page read from its
// same-period comparison, an average yearly rate, applications for ID cards, a page opening on a provincial police source),
// indicator 92.46 % (1300/1406), labels 92.07 % (1300/1412), targets 98.09 %, charted 87.43 % (1127/1289), headlines 95.39 %:
// indicator 93 → 92, labels 93 → 92 and charted 88 → 87 re-measured (CJ names national series in words the catalogue lacks:
// "Tổng doanh thu công nghiệp công nghệ số", phones' "đóng góp 9,58 tỷ USD", the national portal's dossiers); 1–1059 alone
// measures indicator 93.26 %, labels 93.05 %, charted 88.26 %, period 90.30 % and holds the higher floors.
// Session 27: five held-out sets joined, each read once before a rule was written for it: CK (1080–1085), CL (1090–1095), CM
// (1100–1105), then CN (1110–1114) and CO (1120–1125); pooled first reads recall 83.3 (two tables flattened one cell a paragraph),
// precision 96.9, indicator 41 of 51, targets 20 of 52 (docs/real-corpus.md "Sets CK–CO"). After round 44 the Vietnamese pages of
// 1–1999 (918 pages, 7,982 claims) measure recall 99.01 %, precision 97.49 %, status 98.17 %, period 90.03 % (7142/7933), indicator
// 92.72 %, labels 92.22 %, targets 98.08 %, charted 87.23 %, dates 100 %, headlines 95.42 %: every floor held, none raised or lowered;
// 1–1077 alone is equal or better than after round 43 on every figure (period 90.08 %, indicator 92.89 %, labels 92.49 %).
// Later in session 27 two more held-out sets joined, read once after the round's rules above: CP (1130–1134, any topic; first read
// recall 98.0, precision 92.6, indicator 7 of 9, labels 7 of 16) and CQ (1140–1145, provinces; recall 93.8, precision 98.5,
// indicator 8 of 13, targets 13 of 13). With them, the gold settled on merge (fractions' denominators are no claims) and five rules
// that followed (fields listed after "thay đổi xếp hạng:", "kết quả đánh giá … năm 2021" as an edition, a city below a province, a
// headline-less lead on "của tỉnh" naming its province, all pillars of the provincial level as averages) the Vietnamese pages of
// 1–1999 (929 pages, 8,092 claims) measure recall 99.07 %, precision 97.47 %, status 98.20 %, period 90.02 %, indicator 92.63 %
// (1370/1479), labels 92.07 % (1370/1488), targets 98.10 %, charted 87.21 % (1186/1360), headlines 95.37 %: every floor held (labels
// and charted stood at 91.69 % and 86.81 % before the last two rules); 1–1125 alone measures labels 92.22 % and charted 87.23 %.
// At the end of session 27 sets CR (1150–1153, national series) and CS (1160–1165, provinces ranking their own departments and
// districts) joined, read once after all of round 44: recall 97.0, precision 97.8, targets 20 of 22, indicator 18 of 20 (the issue's
// four held-out goals met), but period 69.7 and labels 18 of 23. After three rules from them (a cut-off last line's day is no byline,
// a ranking's longer title, a score printed as a percentage after its index's acronym) the Vietnamese pages of 1–1999 (939 pages,
// 8,225 claims) measure recall 99.04 %, precision 97.47 %, status 98.18 %, period 89.90 % (7353/8179), indicator 92.60 %, labels
// 91.86 % (1388/1511), targets 97.97 % (1158/1182), charted 86.70 % (1199/1383), dates 100 %: period 90 → 89, labels 92 → 91, targets
// 98 → 97 and charted 87 → 86 re-measured (CR's and CS's periods a reader settles from a half-year conference or a same-period
// comparison, CS's departments ranked under the provinces' series); 1–1145 alone still holds every old floor (period 90.02 %,
// labels 92.07 %, targets 98.10 %, charted 87.21 %).
// Session 28 (round 45): sets CT (1170–1174, five Vietnamese provincial pages) and CV (1190–1192, three: a province's digital economy,
// health books, a district) joined, each read once before any rule written from it (CT: recall 96.8, precision 98.4, status 96.7,
// period 81.7, indicator 2 of 2; CV: recall 97.1, precision 100, status 100, period 48.5, indicator 2 of 2, labels 2 of 6). After round
// 45 (a goal clause's horizon dates no result, a yearless span after a lead frames its sentence's items, a DTI ranking named without
// "chỉ số", a review after years of carrying a plan out opens no goal frame, "cao nhất từ các năm …", "về xếp hạng chung", security
// firms as `sources`, counts above their plan, a count closing a bracket, "Hiện …" after a figure-less aim, "tính đến năm 2023", the
// year's "năm" before "mặt hàng này", a later number's subject, "…, với tỷ lệ …", the digital economy "reaching" an amount) the
// Vietnamese pages of 1–1999 measured period 90.18 %, indicator 93.15 %, labels 92.04 %, charted 87.14 %: period 89 → 90, labels 91 → 92
// and charted 86 → 87 raised (period back at the target). Then sets CX (1210–1213, Resolution 57, data centres, the Bình dân
// học vụ số platform) and CY (1220–1224, online services under the two-tier local government) joined, read once (CX: recall 100,
// precision 95.5, status 95.2, period 76.2; CY: recall 95.3, precision 87.2, status 100, period 70.7, indicator 3 of 4); after the
// rules from them (a padded position "xếp hạng 01/63", "ngày 1/7" in a ranking's sentence, "Bộ chỉ số 766", "24/24" hours, the months
// left of a year a report's tasks are for) the Vietnamese pages of 1–1999 (956 pages, 8,385 claims) measure recall 99.02 %, precision
// 97.49 %, status 98.20 %, period 90.13 % (7513/8336), indicator 93.10 %, labels 92.06 % (1403/1524), targets 97.97 %, charted 87.17 %
// (1216/1395), dates 100 %, headlines 95.29 %: every floor holds. Last, sets CZ (1230–1234: semiconductors, AI, firms abroad, 5G) and
// DA (1240: the 2024 Identity Law's first day in Hà Nội) joined, read once (CZ: recall 100, precision 93.2, status 78.0, period 65.9,
// indicator 1 of 1, labels 1 of 5, targets 0 of 2; DA: 6 of 6 on every figure); after one catalogue rule from them (revenue from
// foreign markets is no total of the ICT industry) the Vietnamese pages of 1–1999 (962 pages, 8,432 claims) measure recall 99.03 %,
// precision 97.47 %, status 98.10 %, period 90.02 % (7546/8383), indicator 93.10 %, labels 92.01 %, targets 97.81 %, charted 87.12 %,
// dates 100 %, headlines 95.32 %: every floor holds, period, labels and charted by a hair.
// Session 29 (round 46): sets DB (1250: Đề án 06 in 2022–2023, Công an Nhân dân; 1251–1253 English), DC (1260–1264: e-commerce
// platforms, the ICT industry in 2023, EBI 2025, a province's DTI 2022 pillar) and DD (1270–1273: Speedtest ranks, DTI 2024,
// GCI 2024) joined, read once before any rule (the ten Vietnamese pages: recall 90.3, precision 98.1, status 92.5, period 72.6,
// indicator 24 of 31, labels 24 of 32, targets 2 of 6; the three English pages: period 8 of 30). After round 46 (a figure
// announced on a day and set against a year is of the year after it; in English, a plan's horizon and the span after a plan's
// noun date no figure) the Vietnamese pages of 1–1999 (972 pages, 8,545 claims) measure recall 98.91 % (8452/8545), precision
// 97.47 %, status 98.03 %, period 89.82 % (7625/8489), indicator 92.79 %, labels 91.66 % (1428/1558), targets 97.48 %, charted
// 86.59 % (1233/1424), dates 100 %, headlines 95.16 %: recall 99 → 98, period 90 → 89, labels 92 → 91 and charted 87 → 86
// re-measured (the new pages' counts written in words, "năm tuyến", "giữ số một", and small counts before a list, "có 4 sàn
// TMĐT gồm …"; periods an editor carries from a lead two paragraphs up or across "Theo báo cáo của …"; provinces' scores bare
// in brackets after their names); 1–1249 alone still holds every old floor (recall 99.03 %, period 90.02 %, labels 92.01 %,
// charted 87.12 %). English (50 pages): period 71.1 %, charted 60.2 %. The rest of round 46 (a goal naming its measure after "dự kiến"; a goal
// item only dated after a goal; an amount's growth twin; "… này" points back; an index's "tổng điểm" reads the page's lead; the last
// edition compared with; a whole year predicted inside a quarter's report; "Hồi … từng"; two years listed each with its "năm") then
// lifted the Vietnamese pages of 1–1999 to period 89.98 % (7638/8489), and a last rule from a held-out miss of set CZ (a figure compared
// with the whole year before, over a month carried in, is that year's) to period 90.02 % (7642/8489), status 98.08 %, indicator 93.05 %,
// labels 91.68 %, targets 97.82 %, charted 86.80 %, with nothing else moved: period 89 → 90 raised (back at the target).
// Session 30 (round 47): fourteen held-out sets joined, each read once before any rule written from it: DE (1280–1285, farm products
// and cooperatives), DF (1290–1294, digital skills), DG (1300–1305, fraud and security), DH (1310–1312, land data, criminal records),
// DI (1320–1323, the digital economy's share), DJ (1330–1333, Đề án 06), DK (1340–1344, online services), DL (1350–1353, payments and
// telecoms), DN (1370–1374, provinces' index ranks), DO (1380–1383, firms going digital), then DP, DQ and DR (1390–1414, representative
// samples of provincial papers and portals), all Vietnamese, and DM (1360–1364, English); pooled Vietnamese first reads indicator 58 of
// 78 (docs/real-corpus.md "Sets DE–DR"). Midway through the round, with the first eleven sets, the Vietnamese pages measured status
// 97.96 %, period 89.97 % and headlines 94.89 %, and those three floors were re-measured (98 → 97, 90 → 89, 95 → 94); the rules that
// followed (a numbered resolution's long name, goals counted as met, "Theo thống kê …", a purpose's "Để đạt được mục tiêu …", a
// section label in capitals, a facility's class, a score beside its ranking's place, a province speaking of itself unnamed) brought
// the Vietnamese pages of 1–1999 (1,032 pages, 9,178 claims) to recall 98.85 %, precision 97.28 %, status 98.00 % (8931/9113), period
// 90.00 % (8202/9113), indicator 93.01 %, labels 91.15 %, targets 97.33 %, charted 86.49 %, dates 100 %, headlines 95.06 % (981/1032):
// status 97 → 98, period 89 → 90 and headlines 94 → 95 raised back, with nothing lowered; 1–1279 alone is equal or better than before the
// round on every figure (precision 8489/8707, indicator 1435/1539, charted 1246/1435, headlines 927/972).
// Last, sets DS (1420–1422) and DT (1430–1433), representative samples of national outlets, joined, read once (7 pages, 46 claims: recall
// 100, precision 93.9, status 91.3, period 80.4, indicator 6 of 8, labels 6 of 13); after the rules that followed (the world as a
// figure's owner, a change over two consecutive years, "thị trường quốc tế") the Vietnamese pages of 1–1999 (1,039 pages, 9,224 claims)
// measure status 97.97 % (8973/9159), period 89.98 % (8241/9159), labels 90.96 % (1510/1660): status 98 → 97, period 90 → 89 and
// labels 91 → 90 re-measured (DS–DT's forecasts of a market report read as goals, "kỳ vọng tăng 22% đến năm 2025", a CAGR "giai đoạn
// 2023-2025"; a ward's day and a caption's figure restated; national series on a platform's or a foreign group's figures); 1–1414 alone
// measures status 98.00 %, period 90.00 % and labels 91.2 %, the old floors.
// Session 39 (round 58): set IJ (2620–2624, Resolution 57 and the two-tier local government, Vietnamese) joined, read once (5 pages, 27
// claims: recall 27 of 27, precision 27 of 28, status 27 of 27, period 18 of 27, indicator 3 of 3, labels 3 of 6, charted 1 of 3). Round
// 58's rules are English but one (procedures "xử lý / giải quyết trực tuyến" are handled, not offered online); the Vietnamese pages of the
// older corpus are as they were. All 1,531 Vietnamese pages (13,689 claims) then measure recall 98.28, precision 96.46, status 97.52,
// period 87.30, indicator 90.43, labels 87.08, targets 95.31, charted 82.95 (1,620 of 1,953), dates all but `1903` and `2014`: charted
// 83 → 82 re-measured (a province's 4G and 5G coverage on a page whose province is named only in the paragraph before, `2621`: national
// coverage series on the province's figures); 1–2619 alone measures charted 83.03, the old floor.
export const THRESHOLDS: Record<FigureName, Threshold> = {
  recall: { floor: 98, target: 97, label: 'recall (value+unit right)' },
  precision: { floor: 96, target: 95, label: 'precision (rows that are claims)' },
  status: { floor: 97, target: 95, label: 'status right (of matched)' },
  period: { floor: 86, target: 90, label: 'period right (of matched)' },
  indicator: { floor: 90, target: 90, label: 'indicator right (where gold has one)' },
  indicatorPrecision: { floor: 86, target: 95, label: 'indicator labels right (of rows given one)' },
  targets: { floor: 94, target: 90, label: 'targets marked (of gold targets)' },
  charted: { floor: 82, target: 95, label: 'charted rows right (series, past the gate)' },
  dates: { floor: 99, target: 100, label: 'article date right (all)' },
  datesUnknown: { floor: 99, target: 100, label: 'article date right (undated pages)' },
  datesHeadless: { floor: 100, target: 100, label: 'article date right (headline-less pages)' },
  headlines: { floor: 93, target: 100, label: 'headline line read iff the page has one' },
};

/**
 * Floors of the English-language pages (gold `language: en`), scored apart from the Vietnamese pages since round 35: the
 * figures measured on the seven pages of sets Z and Z2 after the English reading (english-*.ts) was merged, rounded down.
 * Since session 19 the catalogue's series carry English forms (`en:` in content/indicators.yaml, english-catalogue.ts):
 * indicator 20 of 21, labels 20 of 21, charted rows 17 of 18; they are gated too. Re-measured in session 24 (below).
 */
// Session 24 (round 41): eleven English pages joined (sets BT, BU and BV: 910–911, 915–916 national series and goals, 921–923 and
// 926–927 provinces and communes, 930 and 932 rare topics), read once before the rules written from them. Round 41's English
// rules (the catalogue's eighteen series that had no English forms, changes "by" an amount, "decreased slightly by", ", while …",
// goals' verbs, a page about one place, class bars, "this category", quarters and halves in words; docs/real-corpus.md "Sets
// BT–BV") left the eight earlier English pages as they were (recall 100, precision 97.9, status 100, period 86.2, indicator and
// labels 22 of 23, charted 19 of 20), while the new pages measure precision 94.4, period 75.3, indicator 13 of 20, labels 13 of 21
// and charted 9 of 18 (a commune's pilot targets given the provinces' series, an "ICT segment" read as the ICT industry, parts
// of an export total, periods a page implies by "last year" or "this year"). All nineteen pages (179 claims) measure recall
// 99.4, precision 96.2, status 98.9, period 81.0, indicator 35 of 43 (81.4), labels 35 of 44 (79.5), charted 28 of 38 (73.7):
// precision 97 → 96, status 99 → 98, period 84 → 80, indicator 95 → 81, labels 95 → 79, charted 94 → 73 re-measured (harder
// pages, same rules; the first eight still hold the old floors).
// Session 25 (round 42): eight English pages joined (set BX, 950–957: cashless payments, Project 06, Bình Dương, Hà Nội twice, digital
// signatures, Đà Nẵng, Quảng Ninh), read once before the rules written from them (first read: recall 96.2, precision 94.3, status 92.0,
// period 54.0, indicator 10 of 18, targets 4 of 8). Round 42's English rules (past-tense results after a goal, "Last year," openings,
// "targets" as a verb, a goal's year before its noun, quoted titles, objectives, set sizes and wholes, "between X and Y", a goal as a
// subject, a bracketed zone on a dateline, "an estimate of", GRDP marking a province) left the nineteen earlier pages as they were
// or better (page 467: period 13 → 18 of 18). All twenty-seven pages (231 claims) measure recall 98.7, precision 97.4, status 99.1,
// period 83.0, indicator 47 of 61 (77.0), labels 47 of 61 (77.0), charted 38 of 52 (73.1): recall 99 → 98, indicator 81 → 77,
// labels 79 → 77 re-measured (two numbers BX writes in forms no page had, "up 3" and "Top 5"; series a page names only in its
// menu line or a share of a count before it), precision 96 → 97, status 98 → 99, period 80 → 82 raised.
// Later in session 25 set CA (980, 982–988: eight more English pages, cyberattacks, online public services, provincial portals,
// Bắc Ninh, Hòa Bình, OCOP, e-commerce tax) joined, read once after round 42h (first read: recall 100, precision 85.7, status
// 91.7, period 61.7, indicator 6 of 18, targets 1 of 4: series named in ways the English forms lack, goals said with "is set to",
// "the target of having"). After round 42p all thirty-five English pages (291 claims) measure recall 99.3, precision 97.0, status
// 98.3, period 78.6, indicator 53 of 79 (67.1), labels 53 of 82 (64.6), charted 39 of 70 (55.7), dates 35 of 35: recall 98 → 99
// raised; precision 97 → 96, status 99 → 98, period 82 → 78, indicator 77 → 67, labels 77 → 64, charted 73 → 55 re-measured (the
// earlier twenty-seven pages, 1–979, measure recall 99.1, precision 97.5, status 99.1, period 83.0, indicator 47 of 61, labels 47 of
// 62, charted 38 of 53 after round 42p).
// Session 28: sets CU (1180–1185: Project 06 in Điện Biên, Sơn La's own agency scores, a district, the 2024 national review, Hải Phòng's
// and Quảng Ngãi's DTI) and CW (1200–1205: the ICT sector's 2024, e-commerce forecasts month by month, Cyber Security Day, Project 06 in
// two provinces, bank accounts) joined, twelve English pages read once before the English rules written from them (CU: recall 91.1,
// precision 91.8, status 98.7, period 61.5, indicator 8 of 16; CW: recall 88.4, precision 96.2, status 83.1, period 29.9, indicator 4
// of 35, targets 6 of 12). Round 45's English rules (thousands groups in fractions, "71st out of 193", "3rd place", positions listed as
// "17/63 in …", the first 6 months a half, a district's figure, "VNĐ" and quadrillions, counts above their plan, a dateline's place,
// "The goal for 2025 is to have …", a target "raised … to", "for this year" and an undated page's year from "an increase from 2023")
// leave all forty-seven English pages (456 claims) at recall 99.6, precision 97.4, status 96.3, period 70.1, indicator 85 of 130
// (65.4), labels 85 of 115 (73.9), charted 62 of 103 (60.2), dates 47 of 47: status 98 → 96, period 78 → 70 and indicator 72 → 65
// re-measured (CW's series are named a sentence or more away from their figures, "July growth climbed to …" months without a year,
// agencies' and districts' shares no catalogue series), precision 96 → 97 raised, charted back at 60.
// Session 30: set DM (1360–1364: the digital economy's share, a province's goals under "Targets by 2025", Hà Nội's service index, Quảng
// Nam's PAR Index, NAPAS in January) joined, read once before the English rules written from it (recall 94.2, precision 92.9, status
// 82.7, period 75.0, indicator 4 of 13, targets 5 of 14). Round 47's English rules (a month or quarter with no year of its own, "July
// growth …", "third-quarter growth"; a goal heading "Targets by 2025" over its items; a carried figure's subject read in English words;
// "After a decline in 2023, exports rebounded to …" of the year after) leave the fifty English pages of 1–1279 better (period 345 → 360 of
// 485, indicator 86 → 89 of 131), and all fifty-five (537 claims) measure recall 99.1, precision 97.1, status 96.6, period 76.0, indicator
// 94 of 144 (65.3), labels 94 of 143 (65.7), charted 69 of 124 (55.6), dates 55 of 55: indicator 65 → 62, labels 71 → 65 and charted
// 60 → 55 re-measured (DM names the digital economy's share as "it" a sentence away, restates the national strategy's goals as a
// province's, and reads a province's PAR rank and service shares beside national ones); 1–1279 alone still holds the old English floors.
// Session 31 (round 48): 5G population coverage split from 4G coverage (`mobile-5g-coverage-share`: a chart must not join 99.8 % of 4G
// with 26 % of 5G); set DW's English page (1462) joined. One English sentence names both in one clause ("a target of 100% 4G network
// coverage … by 2025 and 100% 5G coverage by 2030", 856), and each series' word for the other now rules it out there, so both figures
// lose their series (none given wrongly): charted 69 of 124 → 67 of 122 (54.9), charted 55 → 54 re-measured. With sets DW–EF's fourteen
// English pages and round 48's English rules, the sixty-nine English pages measure recall 99.3, precision 97.3, status 96.8, period 75.8,
// indicator 112 of 172, labels 112 of 167, charted 76 of 140 (54.3): every English floor holds. The Vietnamese floors all hold on the
// 1,086 Vietnamese pages with sets DU–EH (precision 97.03, labels 90.81, charted 86.25 after round 48's score-table rule; period 89.65).
// Session 32 (round 49): sets EI–EP (ministries, payments, health and education, two English sets, communes, telecom and IT
// companies, governance indexes) joined, read once before any rule (Vietnamese 27 pages, 386 claims: recall 94.6, precision 95.2,
// status 93.6, period 75.3, indicator 4 of 5, targets 30 of 41; English 15 pages, 161 claims: recall 95.0, indicator 7 of 12, targets 6 of 10). Before round 49 the new pages
// pulled precision to 96.96 and English recall to 98.47, labels to 64.7 and charted to 53.6; round 49's rules (docs/real-corpus.md
// "Sets EI–EP") bring every floor back without lowering one: the 1,113 Vietnamese pages measure recall 98.71, precision 97.08, status
// 97.95, period 89.63, indicator 92.998 (1594/1714), labels 90.52, targets 97.09, charted 86.14, dates 100; the eighty-four English
// pages recall 99.06, precision 97.14, status 96.58, period 76.9, indicator 120 of 184, labels 120 of 177 (67.8), charted 82 of 148
// (55.4). Raised: English labels 65 → 67, charted 54 → 55 (the Vietnamese indicator, 92.998, stays at 92). Then sets EQ (1660–1664, the
// chip and AI workforce), ER (1670–1672, specialised digital signatures, business registration) and ES (1680–1683, the merged provinces
// after July 2025) joined, read once (12 Vietnamese pages, 164 claims: recall 99.4, precision 94.8, status 92.6, period 69.3, indicator 3
// of 3, targets 10 of 14, charted 1 of 5): a firm's plan "Công ty dự kiến đến năm 2025 sẽ tăng tổng mức đầu tư lên hơn 1 tỷ USD, doanh
// thu dự kiến đạt …" the gold reads as goals and the issue's rule ("dự kiến" marks an estimate) as estimates, a city's goal carried past
// a sentence-case subheading, one authority's certificates given the national digital-signatures series. The 1,125 Vietnamese pages
// measure targets 96.82 (1278/1320) and charted 85.94 (1394/1622): targets 97 → 96 and charted 86 → 85 re-measured (harder articles,
// same rules; the 1,113 pages before them still measure 97.09 and 86.14, and two rules tried for these pages were dropped for moving
// others: a subheading ending a goal's frame, "số" opening a piece kept out of "doanh nghiệp số").
// Last, sets ET, EU and EV (1690–1712: national Project 06 figures, online public services, the ICT ministry's releases) joined, read once
// (Vietnamese 9 pages, 93 claims: recall 98.9, precision 91.1, status 93.5, period 79.3, indicator 16 of 17, targets 3 of 3; English
// `1701`, 11 claims: recall 10 of 11, indicator 3 of 8, charted 1 of 4). One English rule from it ("ranks 76 out of 193 countries", a rank)
// keeps English recall at 99.07; English charted 84 of 153 (54.9): 55 → 54 re-measured (`1701`'s series named a sentence from their figures).
// Session 33 (round 50): sets EW–FB joined, each read once before any rule (first reads in docs/real-corpus.md "Sets EW–FB"): English EZ
// (1750–1758, plans' goal lists: targets 11 of 35 on first read) and FA (1760–1767: charted 1 of 7, period 29 of 68). Round 50's English
// rules (an English plan's goal frame, scenarios as estimates in no series, yearless "As of August 23" days, places' ordinals) bring recall,
// precision, status, labels and dates back over their floors without lowering them (the 111 English pages: recall 99.12, precision
// 97.04, status 96.45, indicator 147 of 225, labels 147 of 216, targets 89 of 108); charted rows measure 100 of 186 (53.8): 54 → 53
// re-measured (FA's provinces' series named a sentence away from their figures, and a city platform's award "Top 10" given a pillar rank).
// The 1,147 Vietnamese pages (10,521 claims) measure recall 98.67, precision 97.02, status 97.81, period 90.01 (9391/10433), indicator
// 92.97, labels 90.08, targets 96.46, charted 85.88, dates 100, headlines 95.2: period 89 → 90 raised back to the issue's target (round 50's
// rules: a yearless half or quarter hands on the year it took, a numbered week's year dates nothing, a balance sheet's "Tại thời điểm 30/6",
// a closing "(tính đến ngày 18-11)", a `;`-list's year closed by its first item's comparison).
// Then sets FC (1780–1784, Vietnamese pages on catalogue series) and FD (1790–1797, English) joined, read once (FC: recall 100, precision
// 96.4, status 100, period 30 of 53, indicator 8 of 10, labels 8 of 12; FD: recall 98.8, status 73.2, targets 14 of 35, indicator 12 of 15).
// FC's national portal totals "đến nay" the gold leaves without a period (the page's one year given them) and a service index's score
// given a DTI pillar's series through a topic two paragraphs back pull the 1,152 Vietnamese pages to period 89.86 (9423/10486) and
// labels 89.93 (1634/1817): period 90 → 89 and labels 90 → 89 re-measured (1–1779 alone: period 90.01, labels 90.08). English rules
// from FD ("the goals 2024 are …", "The goal is that by 2025", "hoping for", "It expects that by 2025", "all 151 communes" as scope, "the
// Big 4") keep every English floor; `1796`'s ambiguous "1/3/2023" is read day first (gold review, "The gold").
// Last, a sentence whose only numbers name things ("Bộ chỉ số 766 (Quyết định số 766/QĐ-TTg ngày 15/9/2022 …)") is a topic sentence
// (`series-words.ts`): `1780`'s service-index scores lose the DTI pillar series of the topic before it, labels 1634/1814 (90.08): labels
// back to 90. Period stays re-measured at 89 (89.86).
// Session 34 (round 51): sixteen held-out sets joined, each read once before any rule from it (docs/real-corpus.md "Sets FE–FT"):
// Vietnamese FE, FF, FI–FK, FM–FO, FQ–FT (62 pages, 634 claims; pooled first reads recall 95.4, precision 92.2, indicator 106 of 148,
// targets 85 of 93) and English FG, FH, FL, FP (33 pages, 295 claims; recall 85.4, indicator 30 of 71). Round 51's rules (a tally whose
// names follow, "từ đầu năm đến 15/3" as a day, goals and tasks counted, a plan in a figure's bracket, "đạt cao" criteria, a comment after
// a figure, e-invoice parts, a city's "của thành phố", English ordinals and fields) lifted what they aimed at with no miss line added on
// the old pages (`/tmp/cmp.sh`, every rule). The 1,214 Vietnamese pages (11,208 claims) then measure recall 98.51, precision 96.73,
// status 97.81, period 89.25, indicator 91.50, labels 89.49, targets 96.48, charted 84.59, dates 1213 of 1214, headlines 94.98:
// precision 97 → 96 (`1894`'s Ookla table printed as one line: 21 cells read as counts), indicator 92 → 91 and labels 90 → 89 (FO's
// e-commerce growth scenario by month, FM's sector agencies, FR's bare list of last year's pillar ranks), charted 85 → 84, headlines
// 95 → 94 (headlines glued to section labels and sapos), dates and undated dates 100 → 99 (`1903`: "Chủ nhật, 08/02/2026" over the
// headline is the site's clock, which the text cannot tell from a dateline; seeds/editorial.yaml is where an editor corrects it)
// re-measured: harder pages, same rules. English (143 pages, 1,398 claims): recall 97.57, precision 97.24, status 95.34, period 75.53,
// indicator 62.38, labels 65.76, charted 54.03, dates 143 of 143: recall 99 → 97 (FP's ranks written in words, "ranked forty-first": tried,
// dropped, see docs), status 96 → 95 and indicatorPrecision 67 → 65 re-measured; charted 53 → 54 raised.
// Session 35 (round 52): fifteen held-out sets joined, each read once before the rules written from it (docs/real-corpus.md "Sets FU–GI"):
// Vietnamese FU, FV, FX, FY, FZ, GA–GH (76 pages, 646 claims; pooled first reads recall 97.5, precision 90.1, targets 57 of 58, indicator
// 74 of 96) and English FW, GI (14 pages, 143 claims). Round 52's rules (a table run into one paragraph, numbers that mark rather than count:
// dotted days, ages, code lengths, footnotes, weekdays, day spans, an index's design; a capitalised "Đồng" before a name; a rating class's bar;
// a group of provinces in one named ranking; English items' bracketed ranks, fields and a plan's sets; lead dates after a linking phrase)
// added no miss line on the old pages (`/tmp/cmp.sh`, every rule): the Vietnamese pages 1–1959 measure recall 11046/11208, precision
// 11111/11463, status 10868/11111, period 9917/11111, indicator 1746/1907, labels 1746/1951, targets 1372/1422, charted 1516/1792, each
// equal to or better than session 34's; the English pages 1–1959 are unchanged. All 1,290 Vietnamese pages (11,854 claims) then measure
// recall 98.54, precision 96.80, status 97.73, period 88.45, indicator 90.96, labels 88.70, targets 96.55, charted 83.79, dates all but
// `1903` and `2014` (site clocks over the headline, gold unknown): period 89 → 88 (the new pages' undated spans, "6 tháng đầu năm" with no
// year, mid-story openings), indicator 91 → 90 (the issue's own target), labels 89 → 88 and charted 84 → 83 (GF's portal series told
// apart by their words only, GC's villages without signal on the coverage series) re-measured: harder pages, same rules. English (157
// pages, 1,541 claims): precision 96.98, status 94.57 (GI's "from X in 2022 to Y in 2023" golds read X as a baseline, the rules as the
// year's own value), labels 64.60, charted 52.81: precision 97 → 96, status 95 → 94, indicatorPrecision 65 → 64, charted 54 → 52 re-measured.
// Session 36 (round 53): sixteen held-out sets joined in four waves, each read once before the rules written after it (docs/real-corpus.md
// "Sets GN–HC"): Vietnamese GN, GO, GP, GR, GS, GT, GV, GW, GX, GZ, HA, HB (66 pages, 520 claims; pooled first reads recall 93.8, precision
// 91.2, targets 45 of 51, indicator 9 of 10 — the themes lie mostly outside the catalogue) and English GQ, GU, GY, HC (26 pages, 215 claims;
// recall 90.7, precision 88.7, targets 6 of 29). Round 53's rules (a plan's listed verbs, spans of days with the first year left out, a
// report's first half before the second half's tasks, an earlier year's bracket some words after its claim, cuts with a floor, bus lines
// by number, a site clock over a stamp, "vạn"; English "striving to", "the goal is to", "will", "goals such as", months' deadlines, cuts with
// their object, "X to Y%" ranges, ranks spelled in words) added no miss line on the old pages of either language (`/tmp/cmp.sh`, every rule). Ten older
// English golds were re-read for the ranks they spelled in words and never listed (31 entries). All 1,378 Vietnamese pages (12,521
// claims) then measure recall 98.37, precision 96.74, status 97.55, period 88.14, indicator 90.75, labels 88.00 (1855/2108, the floor's
// edge: 88 → 87 re-measured, the new pages' ranks of departments and other provinces given the provincial PAR series), targets 96.23,
// charted 83.49, dates all but `1903` and `2014`. English (183 pages, 1,782 claims): recall 96.69, precision 96.03, indicator 61.64,
// dates 183/183: recall 97 → 96, indicator 62 → 61 re-measured, precision 96 kept (the new English pages' counts in words, directives'
// goal lists with no goal word, research firms' forecasts); dates stay at 100.
// Session 37 (rounds 54–56): seventeen held-out sets joined in three waves, each read once before the rules written after it (docs/real-corpus.md
// "Sets HD–HV"): Vietnamese HD, HE, HF, HH, HI, HK, HL, HN, HO, HQ, HR, HT, HU (87 pages, 637 claims) and English HG, HJ, HM, HP, HS, HV
// (49 pages, 432 claims). Rounds 54–56 (names that are not counts: a court's levels, a series part, a house number, border markers; lists of
// padded counts; job openings; related links closed by "|"; a move's start by its noun and in its end's scale; planning offices and plans
// denied; editions named by their year; gaps named before their difference; English ranges with thousands, "bln"/"mln"/"M", "-fold",
// ordinals and spelled ranks in a ranking's sentence, scores, "since … has", goals after a colon, bylines before a dateline) added no miss
// line on the old pages of either language (`/tmp/cmp.sh`, every rule). Sixteen older English golds were re-read for ranks and moves spelled
// in words (34 entries). All 1,465 Vietnamese pages (13,158 claims) then measure recall 98.35, precision 96.65, status 97.50, period 87.67,
// indicator 90.73, labels 87.32, targets 95.67, charted 83.11, dates all but `1903` and `2014`: period 88 → 87 (the new pages' running totals
// from a day, yearless report pages, plan years of a conference) and targets 96 → 95 (a border gate's goals under "Cụ thể, đến năm 2027" on an
// undated page, a plan's name's horizon) re-measured. English (232 pages, 2,231 claims): recall 97.31, precision 95.84, status 93.61, period
// 75.49, indicator 62.96, labels 62.67, charted 50.14, dates 231 of 232: precision 96 → 95 and status 94 → 93 (counts in words the golds leave
// out, GCI countries' bracketed scores, forecasts read as goals), indicatorPrecision 64 → 62 and charted 52 → 50 (platform-only e-commerce
// figures given the national series), dates 100 → 99 (`2376`: "VTC NewsVTC News26/10/2023", a source label glued to its day) re-measured.
// Session 39 (round 58: English names of national series, growth rates said as a level, a bare growth rate reading the lead, bodies below a
// province, uses of an ID that are not the ID series, goal lists past a present perfect, "By <day>, X was" as a cut-off; sets IJ and IK joined
// first). English (272 pages, 2,622 claims): recall 97.06, precision 95.05, status 93.63, period 74.43, indicator 63.89 (315 of 493), labels
// 67.16 (315 of 469), targets 75.91, charted 53.51 (206 of 385): indicator 61 → 63, indicatorPrecision 62 → 66, charted 50 → 53 raised.
// Session 40 (round 59: other countries' and index components' ranks, English moves' starts as baselines and their dates their own, an index's
// parts and maximum as no figures; Vietnamese since-phrases and launch dates; sets IL and IM joined first). English (280 pages, 2,662 claims):
// recall 96.77, precision 95.11, status 94.43, period 74.46, indicator 64.73 (323 of 499), labels 69.02 (323 of 468), targets 75.81, charted
// 55.67 (211 of 379): status 93 → 94, indicator 63 → 64, indicatorPrecision 66 → 68, charted 53 → 55 raised. Vietnamese (1,538 pages, 13,740 claims): recall
// 98.27, precision 96.46, status 97.51, period 87.32, indicator 90.40, labels 87.06, targets 95.26, charted 82.97: every floor held.
// Session 41 (round 60: an opening quarter over a plan's year, one ministry as owner, year to date to a quarter and in English, needs and
// shortages no workforce, "từ X còn Y", English goal lists until a year and their later items' horizon, a deadline then "will", scaled and
// bracketed wholes, a rank by its own measure, a province's levels; sets IN–IU joined first, fourteen sets read once before the rules written
// after them). On the pages before this session (1–2659) the round changed nothing for the worse in either language (Vietnamese status
// 13,244 → 13,245, labels 1,883/2,163 → 1,883/2,162, period 11,860 held; English status 2,459 → 2,460, period 1,939 → 1,942, targets 210
// → 211). All 1,580 Vietnamese pages (14,072 claims) then measure recall 98.25, precision 96.50, status 97.48, period 86.94, indicator 90.15,
// labels 86.97 (1895 of 2179), targets 95.42, charted 82.94, dates 1577 of 1580: period 87 → 86 (the new pages' undated running totals and
// figures after an earlier stated year, gold "none": IR's first read 45 of 76) and indicatorPrecision 87 → 86 (the new pages' ministries',
// levels' and workforce-demand figures beside national series) re-measured. English (310 pages, 2,891 claims): recall 96.61, precision 95.06,
// status 94.10, period 75.26, indicator 65.72 (347 of 528), labels 69.12 (347 of 502), targets 75.83, charted 56.10, dates 307 of 310:
// indicator 64 → 65 raised, the rest held.
// Session 42 (round 61 and two reviews: a province's own units and lead-ins, IT firms by their field, a whole's average, shortages of people,
// lettered groups' bands, "của địa phương", months "của năm" and "khởi đầu", a goal's deadline no period for later results, English since-dates,
// issued plans' horizons and the sentences pointing back to them, hyphenated percentages and shares of ownership, a cited plan's goals; nine
// held-out sets IV–JD joined first, read once before the rules written after them). On the pages before this session (1–2739) nothing got
// worse in either language (Vietnamese period 12,092 → 12,098, indicator 1,895 → 1,900, charted 1,633 → 1,638; English status 2,662 → 2,664,
// period 2,129 → 2,136, targets 273 → 275). All 1,616 Vietnamese pages (14,265 claims) measure recall 98.27, precision 96.50, status 97.47,
// period 86.87, indicator 90.35, labels 87.10 (1937 of 2224), targets 95.31, charted 82.83: indicatorPrecision 86 → 87 raised. English (328
// pages, 3,019 claims): recall 96.72, precision 95.05, status 94.35, period 76.12, indicator 66.07, labels 69.94, targets 77.51, charted 58.14,
// dates 325 of 328: period 70 → 76, indicatorPrecision 68 → 69 and charted 55 → 58 raised.
// Session 43 (round 62: teams formed, services deployed, sites in quotes, a level with a rate, bare fractions as scores, a drill's target
// system, a later clause's hope, a stock said now after a launch month, the provincial DTI's "dẫn đầu cả nước về chuyển đổi số", the pillars
// of a national average, finishing orders, the people a count counts; English conversions before a year, "this year" after a comparison,
// goals of reaching, forecasts, stacked scales, minus signs, rates per head, groups' bands, areas; nine held-out sets JE–JM joined first,
// read once before the rules written after them). On the pages before this session (1–2829) nothing got worse in either language
// (Vietnamese recall 14,018 → 14,022, indicator 1,937 → 1,941, charted 1,660/2,004 → 1,664/2,009; English period 2,250 → 2,255, indicator
// 370 → 376, labels 370/529 → 376/526). All 1,660 Vietnamese pages (14,462 claims) measure recall 98.27, precision 96.46, status 97.41,
// period 86.81, indicator 90.51, labels 87.02 (1945 of 2235), targets 95.24, charted 82.78: every floor held (the sets' first reads took
// labels to 86.9 before the fourth wave's rules). English (348 pages, 3,183 claims, after two reviews' mends): recall 96.67, precision
// 95.03, status 94.32, period 76.31, indicator 67.55, labels 71.73, targets 77.58, charted 59.44, dates 345 of 348: indicator 65 → 67,
// indicatorPrecision 69 → 71 and charted 58 → 59 raised.
// Session 44 (round 63 and its review: street numbers, bases "out of a total", star classes, "º" temperatures, offices' "khu vực N", a
// same-time bracket's values, a change sized after "so với cùng kỳ là", weak goal frames closed by a section's title, an English figure's
// own year after its noun and items' years not handed on, case files and foreigners' e-IDs off their series, page heads; nine held-out sets
// JN–JV joined first, read once before the rules written after them). On the pages before this session (1–2919) nothing got worse in
// either language (Vietnamese recall 14,212 → 14,213, headlines 1,564 → 1,565; English period 2,377 → 2,387, indicator 406 → 408, charted
// 277 → 282, dates 345 → 347). All 1,715 Vietnamese pages (14,705 claims) measure recall 98.23, precision 96.37, status 97.34, period 86.67, indicator 90.47,
// labels 87.15 (1947 of 2234), targets 95.03 (1663 of 1750), charted 82.92, dates 1,710 of 1,715, headlines 94.05 (1613 of 1715): every
// floor held (the sets' first reads took labels, targets and headlines under before the round). English (368 pages, 3,280 claims):
// recall 96.77, precision 95.09, status 94.49, period 76.34, indicator 68.25, labels 72.15, targets 77.61, charted 60.71, dates 366 of
// 368: charted 59 → 60 raised.
// Session 45 (round 64 and its two reviews: a release's month, an index named "(PAR INDEX)", numbers that mark (a view counter, an ID card's
// length, "bên thứ 3", listed days), task deadlines, moves over a span, a survey's finding, a transfer's bar, region and platform holders,
// page heads (audio file names, table-cell captions, image markup); English crowds "over N people", "slip", "N% reduction", place numbers,
// quoted speech's years, abbreviated months; eleven held-out sets JW–KE joined first, read once before the rules written after them). On
// the pages before this session (1–3009) nothing got worse: Vietnamese status 14,142 → 14,145, period 12,592 → 12,597, targets 1,663 →
// 1,665, charted 1,670 → 1,672, headlines 1,613 → 1,623; English precision 3,212/3,378 → 3,212/3,373, period 2,452 → 2,455, headlines
// 331 → 333. All 1,775 Vietnamese pages (14,947 claims): recall 98.18, precision 96.25, status 97.33, period 86.67, indicator 90.54, labels
// 87.12, targets 95.05 (1672 of 1759), charted 82.96, dates 1,770 of 1,775, headlines 94.37 (the first reads had taken targets and
// headlines under; the round's rules brought both back). English (388 pages, 3,405 claims): recall 96.86, precision 95.21, status 94.52,
// period 76.69, indicator 68.28, labels 71.89, targets 78.44, charted 60.37, dates 385 of 388: indicator 67 → 68 raised.
// Session 46 (round 65 and three reviews, English mostly: an undated page's year not taken from goals, plans or laws; spans of months;
// "respectively" over listed months; a sentence's opening year for its yearless months; move starts said after their end; "sets targets
// for"; a passive's agent; numeric agency datelines; English without phrases for platforms', taxable, beneficiaries', customers' and
// digital-payment figures; Vietnamese codes glued before a dot; eight held-out sets KF–KM joined first, read once before the rules
// written after them). On the pages before this session (1–3099) nothing got worse: Vietnamese output identical; English status 3,154 →
// 3,160, period 2,559 → 2,575, labels 422/587 → 422/569, targets 331 → 333, charted 291/482 → 292/468, dates 385 → 386. All 1,791
// Vietnamese pages (14,995 claims): recall 98.19, precision 96.22, status 97.34, period 86.56, indicator 90.54, labels 87.08, targets 95.06,
// charted 82.92, dates 1,785 of 1,791, headlines 94.30. English (431 pages, 3,740 claims): recall 96.95, precision 95.34, status 94.41,
// period 77.09, indicator 69.10, labels 73.84, targets 78.44, charted 60.27, dates 428 of 431 (the held-out sets' first reads had taken
// charted under 60 and dates under 99; the round's rules brought both back): period 76 → 77, indicator 68 → 69, labels 71 → 73 raised.
// Then a last held-out wave, KN–KQ (3180–3219: 28 English pages, 146 claims; 10 Vietnamese, 12 claims), read once on the round's final
// rules: English first read recall 95.2, precision 93.5, indicator 19 of 32, charted 6 of 19, dates 26 of 28; Vietnamese precision 12 of 20.
// The rules from it (a labelled ISO date, the ICT series named in full, total export revenue and health books on VNeID off their series,
// narrowed by a fourth review) left the whole English corpus (459 pages, 3,886 claims) at indicator 68.66 (482 of 702) and charted 59.59
// (317 of 532): indicator 69 → 68 and
// charted 60 → 59 re-measured (harder articles, same rules; 1–3179 alone still measures 69.10 and 60.27). Vietnamese (1,801 pages, 15,007
// claims): recall 98.19, precision 96.17, status 97.31, period 86.57, indicator 90.50, labels 87.01, targets 95.07, charted 82.84, dates
// 1,794 of 1,801, headlines 94.28: every floor held.
// Session 47 (round 66 and two reviews, English mostly: spelled ranks, moves, tops and shares, padded counts, decimal commas before a scale,
// class bars, day-months, goals named "ambitious goals:" and "goals to", a goal's own "by YEAR", starts of changes and moves, an opening
// comparison, ranks naming their own field, a firm's own figure read in English; the review gate holds back English figures dated only by
// an earlier sentence (`carried-period`); labelled stored dates; twelve held-out sets KR–LD joined in three waves, each read once before
// the rules written after it). On the pages before this session (1–3219) nothing got worse but English period by a hair: Vietnamese labels
// 1962/2255 → 1962/2254, charted 1680/2028 → 1680/2027, the rest identical; English (with nine spelled claims added to older golds) recall
// 3765/3886 → 3789/3899, precision 95.27 → 95.32, status 3593 → 3614, period 2933/3809 → 2948/3833 (77.00 → 76.91), indicator 482 → 483,
// targets 370 → 376, charted rows right 317/532 → 247/386 (59.6 → 64.0: the gate). All 1,849 Vietnamese pages (15,239 claims): recall
// 98.17, precision 96.06, status 97.31, period 86.56, indicator 90.51, labels 86.88 (1974/2272), targets 94.95 (1693/1783), charted 82.67,
// dates 1,842 of 1,849, headline-less 1,080 of 1,080, headlines 94.10: labels 87 → 86 and targets 95 → 94 re-measured (the held-out waves'
// pages: 1–3219 alone measures 87.04 and 95.07). English (522 pages, 4,395 claims): recall 97.06, precision 95.34, status 94.20, period
// 76.30, indicator 67.28 (514/764), labels 72.60 (514/708), targets 76.88, charted 64.15 (263/410, the gate comparing periods by value), dates 516 of 522: charted 59 → 63
// raised; period 77 → 76, indicator 68 → 67, labels 73 → 72 and dates 99 → 98 re-measured (the held-out sets' telecom operators, e-Conomy
// forecasts and yearless briefings; 1–3219 alone measures period 76.91, indicator 68.80, labels 73.52, dates 455 of 459).
// Session 48 (round 67 and three reviews: ratios to ten, lengths and masses, aggregators' page heads and stored-date labels, English estimate
// lists, goals set "at" a level, "likely to", a body's own expectation, English cut-off days and breakdowns, firms' own figures and other
// internet-economy segments off national series, Vietnamese ranks lists of named items, concessions before a figure, grade thresholds; eight
// held-out sets LE–LL joined in two waves, each read once before the rules written after it). On the pages before this session (1–3349)
// nothing got worse: Vietnamese identical on every figure; English recall 4266/4395 → 4268/4396, precision 95.34 → 95.40, status 4062 →
// 4066, period 76.30 → 76.56, labels 514/708 → 514/704, targets 399 → 402, charted rows right 263/410 → 263/407, dates 516 → 518 of 522.
// All 1,870 Vietnamese pages (15,378 claims): recall 98.16, precision 96.02, status 97.31, period 86.39, indicator 90.45, labels 86.74,
// targets 94.87, charted 82.59, dates 1,862 of 1,870, headline-less 1,093 of 1,093, headlines 94.06: every floor held. English (567 pages,
// 4,748 claims): recall 96.82, precision 95.25, status 94.07, period 76.68, indicator 67.52, labels 72.31, targets 77.04, charted 64.20
// (269/419), dates 562 of 567: charted 63 → 64 and dates 98 → 99 raised.
// Round 68 (session 49: eleven held-out sets LM–LW in two waves, each read once before the rules written after it; English rule bars,
// tax rates and fine ceilings, durations, dot thousands, goals and pledges, a venue, "last year" compared, head date lines; a store
// label's headline; Vietnamese addresses and file names). On the pages before this session (1–3429) nothing got worse. All 1,899 Vietnamese
// pages (15,461 claims): recall 98.16, precision 96.02, status 97.31, period 86.39, indicator 90.34, labels 86.73, targets 94.82,
// charted 82.63, dates 1,890 of 1,899, headlines 94.21. English (647 pages, 5,249 claims): recall 96.97, precision 95.37, status 94.21,
// period 76.71, indicator 67.92, labels 72.45, targets 78.45, charted 64.21 (296/461), dates 641 of 647. Every floor held; none raised.
// Round 69 (session 50: seven held-out sets LX–MD, each read once before the rules written after it; English goals for a span of years,
// gapped falls, bare and padded ranks, rule norms (a tax to pay, a penalty's daily rate, a fine threatened), "the market" opening a sentence,
// one outlet; Vietnamese double days, an address's quarter, an index's parts, a banknote, a region's measure, a rank move from "thứ hạng").
// On the pages before this session (1–3539) nothing got worse: Vietnamese identical but two false rows fewer; English recall 5090 → 5092,
// indicator 576 → 580 of 848, charted 296/461 → 299/463. All 1,919 Vietnamese pages (15,545 claims): recall 98.12, precision 96.01, status
// 97.32, period 86.36, indicator 90.35, labels 86.73, targets 94.82, charted 82.64, dates 1,910 of 1,919, headlines 94.11. English (682
// pages, 5,495 claims): recall 96.96, precision 95.02, status 94.25, period 76.46, indicator 68.05, labels 72.02, targets 78.38, charted
// 64.11 (309/482), dates 676 of 682. Every floor held; none moved (the new English pages brought precision and labels within 0.1 of theirs).
// Round 70 (session 51: held-out sets ME, MF, MG; merging them put both precision floors under water before any rule, Vietnamese 95.997 and
// English 94.98; English money in foreign currencies, an event's attendance, a payment's bar, a model's assumed change, an edition year before
// "rankings"; a Vietnamese index defined by "tiêu chí (chỉ số thành phần)"). All 1,927 Vietnamese pages (15,570 claims): recall 98.12,
// precision 96.02, status 97.29, period 86.36, indicator 90.35, labels 86.62, targets 94.73, charted 82.52, dates 1,918 of 1,927, headlines
// 94.14. English (698 pages, 5,579 claims): recall 96.97, precision 95.10, status 94.26, period 76.32, indicator 68.15, labels 72.19, targets
// 78.22, charted 64.26 (311/484), dates 692 of 698. Every floor held; none moved. Thin: Vietnamese precision three rows above 96, English six above 95.
// Round 71 (session 52: held-out sets MH, MI English, MJ Vietnamese; goals met with their setter between, goals of a plan that "include",
// percent ranges joined by a dash, "N months of 2024", "No. 1" and "stands second", document numbers, an event's connected places, a list
// item cut off at the end; English forms of three series). All 1,930 Vietnamese pages (15,607 claims): recall 98.13, precision 96.03, status
// 97.29, period 86.37, indicator 90.35, labels 86.58, targets 94.73, charted 82.48, dates 1,921 of 1,930. English (713 pages, 5,664 claims):
// recall 97.03, precision 95.15, status 94.38, period 76.27, indicator 69.03, labels 73.09, targets 79.18, charted 65.19, dates 706 of 713
// (after the round's review). Every floor held; none moved.
// Round 72 (session 52: held-out sets MK, ML English, MM Vietnamese; age bounds without "aged", a share's whole after "of", "200+ million",
// places called points, a forecaster's "forecasts a …" and "predicting … to reach", a plan's chain of passives, a dateline written year
// first). All 1,937 Vietnamese pages (15,625 claims): recall 98.11, precision 96.03, status 97.27, period 86.35, indicator 90.35, labels
// 86.58, targets 94.63, charted 82.48, dates 1,928 of 1,937. English (729 pages, 5,768 claims): recall 97.02, precision 95.11, status 94.47,
// period 76.11, indicator 69.07, labels 72.98, targets 79.53, charted 64.64, dates 721 of 729. The English dates floor is re-measured, 99 → 98:
// one new page (3671, set MK) opens on a provincial portal's date widget above the headline ("Thứ 6 - 26/02/2016", on a page about digital
// technology enterprises and the DTI), which its gold refuses as a dateline and no rule tells from one; with the seven misses 1–3669 already
// had (among them set MI's site clock, 3653) that is 721 of 729 (98.90); 1–3669 alone measures 706 of 713 (99.02).
// Round 73 (session 53: held-out sets MN, MO, MQ, MR Vietnamese and MP, MS English; an index's place in brackets after its name, an English
// legal document's date, English names of the portal's online records and online payments, a figure restated after
// "which means", units' and steering committees' numbers, money per day, a national day in lowercase, days of a month with no date word,
// a policy's bounds after "chỉ có thể"). On the pages before this session (1–3699) every Vietnamese row is as it was, and English gained
// (period 4305 → 4307, indicator 632 → 635 of 915, charted 329/509 → 331/511, no row lost; after the round's review). Merging the sets put three floors under water
// before any rule, and the round brought only one back (Vietnamese precision, 15595 of 16242 = 96.02): the Vietnamese headlines floor is
// re-measured 94 → 93, four of the 30 new pages open on a label over the title ("BÁO CÁO"), a headline glued to its date and lead on one
// line, a date line glued to a subheading, a site's login chrome (1,848 of 1,967 = 93.95; 1–3699 alone 1,822 of 1,937 = 94.06); the English
// period floor 76 → 75, set MS's pages carry a need's horizon ("would need 42,000 new workers from now to 2027", "until at least 2024") and a
// report's year ("Tech Hiring 2022") to figures their golds leave undated (4,369 of 5,759 = 75.86; 1–3699 alone 4,307 of 5,656 = 76.15).
// All 1,967 Vietnamese pages (15,799 claims): recall 98.11, precision 96.02, status 97.29, period 86.24, indicator 90.39, labels 86.59,
// targets 94.63, charted 82.39 (1,717 of 2,084), dates 1,957 of 1,967. English (742 pages, 5,871 claims): recall 97.07, precision 95.05,
// status 94.25, period 75.86, indicator 69.53, labels 73.30, targets 79.23, charted 65.13 (340/522), dates 734 of 742 (after the round's review).
export const ENGLISH_FLOORS: Partial<Record<FigureName, number>> = { recall: 96, precision: 95, status: 94, period: 75, indicator: 67, indicatorPrecision: 72, charted: 64, dates: 98 };
