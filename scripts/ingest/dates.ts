/**
 * Vietnamese dates and periods: every form found in the news reports ("27/04/2022", "sáng 19/7",
 * "Quý I/2022", "6 tháng đầu năm 2024", "giai đoạn 2021 – 2025" …) → ISO strings with a precision,
 * and the choice of an article's own date. Pure functions; the grammar lives in `dates-rules.ts`, the calendar's numbers in `dates-calendar.ts`.
 */
export { findDates, parseDateline, periodOfDate, type DateMatch, type FindDatesOptions } from './dates-find';
export { findArticleDate, isTargetDate, type ArticleDateResult } from './dates-article';
