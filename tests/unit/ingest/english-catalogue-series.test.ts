/**
 * Session 19: the other series with English forms (`english-catalogue.ts`), one English sentence each, and figures that
 * must not take them (the world's, another country's). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const RANKINGS: Row[] = [
  ['Vietnam\'s EGDI score was 0.7709 points in 2024.', '0.7709', 'egdi-score'],
  ['In the Online Services Index, Vietnam ranked 3rd in ASEAN.', '3rd', 'online-services-asean-rank'],
  ['Vietnam ranked 87th in the UN open government data index.', '87th', 'open-data-rank'],
  ['In the Global Cybersecurity Index, Vietnam ranked 7th in Asia-Pacific.', '7th', 'gci-asia-pacific-rank'],
  ['Vietnam scored 94.6 points in the Global Cybersecurity Index.', '94.6', 'gci-score'],
  ['Vietnam ranked 59th in the Government AI Readiness Index.', '59th', 'ai-readiness-rank'],
  ['Vietnam ranked 108th in the ITU ICT Development Index.', '108th', 'ict-development-index-rank'],
  ['The national DTI score reached 0.62 points.', '0.62', 'national-dti'],
  ['Ha Giang province\'s DTI score was 0.45 points.', '0.45', 'dti-province-score'],
  ['Ha Giang province scored 0.39 points in the digital society pillar of the DTI.', '0.39', 'dti-province-pillar-score'],
  ['Bac Ninh province ranked 5th in the Vietnam ICT Index.', '5th', 'ict-index-province-rank'],
];

const ECONOMY: Row[] = [
  ['The digital economy grew 19% in 2024.', '19%', 'digital-economy-growth'],
  ['The core digital economy accounted for 8.2% of GDP.', '8.2%', 'core-digital-economy-gdp-share'],
  ['Digital economy revenue reached US$36 billion.', '36 billion', 'digital-economy-revenue'],
  ['Software revenue rose to US$7.1 billion.', '7.1 billion', 'software-it-services-revenue'],
  ['Hardware and electronics revenue reached US$126 billion.', '126 billion', 'hardware-electronics-revenue'],
  ['Postal revenue reached VND 60 trillion.', '60 trillion', 'postal-revenue'],
  ['E-commerce grew 20% in 2024.', '20%', 'ecommerce-growth'],
  ['The country has 73,000 digital technology enterprises.', '73,000', 'digital-tech-enterprises'],
  ['GDP growth reached 7.1% in 2024.', '7.1%', 'gdp-growth'],
  // session 24: the series that had no English forms
  ['The ICT industry employed 1.5 million workers.', '1.5 million', 'ict-sector-employment'],
  ['Exports of electronics, computers and components totalled US$57 billion in 2024.', '57 billion', 'ict-exports'],
  ['Computer and electronics exports rose 11% year on year.', '11%', 'electronics-exports-growth'],
  ['Electronics exports made up 16.5% of total export turnover.', '16.5%', 'electronics-exports-share'],
  ['Smartphone exports earned US$38 billion.', '38 billion', 'phone-exports'],
  ['Mobile phone exports fell by 3.5%.', '3.5%', 'phone-exports-growth'],
  ['The information and communications sector earned revenue of VND 4,000 trillion.', '4,000 trillion', 'ict-sector-revenue'],
  ['The national population database has handled 1.2 billion lookups.', '1.2 billion', 'residents-data-lookups'],
  ['Some 2,200 information systems have had their security levels approved.', '2,200', 'infosec-approval'],
  ['Imports of electronics, computers and components reached US$60 billion.', '60 billion', 'none'],
];

const SERVICES: Row[] = [
  ['About 82% of administrative procedures are now offered online.', '82%', 'online-procedures-share'],
  ['Some 36% of dossiers and results have been digitised.', '36%', 'digitised-dossier-share'],
  ['Citizens submitted 9.5 million applications online in 2024.', '9.5 million', 'online-dossiers'],
  ['The National Public Service Portal received 7 million applications.', '7 million', 'national-portal-dossiers'],
  ['The National Public Service Portal has 12 million registered accounts.', '12 million', 'national-portal-accounts'],
  ['All 53 essential public services are available online.', '53', 'essential-services'],
  ['About 40% of adults are using online public services.', '40%', 'online-service-users'],
  ['Satisfaction with public services reached 85%.', '85%', 'service-satisfaction'],
  ['Police have issued 85 million chip-based citizen ID cards.', '85 million', 'chip-id-cards'],
  ['VNeID recorded 110 million transactions last year.', '110 million', 'eid-transactions'],
  ['Online payment transactions for public services reached 9 million.', '9 million', 'online-payments'],
  ['About 20% of adults have a digital signature.', '20%', 'digital-signature-share'],
  ['Some 13 million digital certificates have been issued.', '13 million', 'digital-signatures'],
  ['About 87% of adults have a bank account.', '87%', 'bank-account-share'],
  ['About 73% of adults use a smartphone.', '73%', 'smartphone-users'],
  ['There are 98 million smartphone subscribers.', '98 million', 'smartphone-subscriptions'],
  ['Mobile broadband subscribers reached 90 million.', '90 million', 'mobile-broadband-subscriptions'],
  ['4G networks cover 99.8% of the population.', '99.8%', 'mobile-coverage-share'],
  ['Tax authorities processed 2 billion e-invoices last year.', '2 billion', 'e-invoices'],
  ['The NDXP handled 500 million transactions in 2024.', '500 million', 'data-sharing-transactions'],
  ['The country has 80,000 community digital technology teams.', '80,000', 'community-digital-teams'],
  ['All 63 provinces have set up steering committees on digital transformation.', '63', 'steering-committees'],
];

const OTHERS: Row[] = [
  ['Vietnam\'s digital economy is expected to reach US$45 billion by 2025.', '45 billion', 'digital-economy-revenue'],
  ['The world\'s digital economy grew 15%.', '15%', 'none'],
  ['Vietnam stood 25th in the Global Cybersecurity Index, while Singapore ranked 1st.', '1st', 'none'],
  ['Vietnam stood 25th in the Global Cybersecurity Index, while Singapore ranked 1st.', '25th', 'gci-rank'],
  ['Thailand\'s digital economy accounted for 14% of GDP.', '14%', 'none'],
  ['Vietnam ranked 6th in ASEAN in the GII.', '6th', 'none'], // no ASEAN series of the GII
  ['Bac Giang ranked 14th in the DTI, up 9 places from 2022.', '9', 'none'], // a rank move
  ['The rate of online payments for public services was 35%.', '35%', 'none'], // a count series: no share of it
  ['Cashless payments accounted for 15% of total transactions.', '15%', 'none'], // a share, not the series' growth
  ['There were 120 million mobile subscribers.', '120 million', 'none'], // not mobile broadband
  ['Vietnam has 78 million internet users.', '78 million', 'none'], // the series is a share of people
  ['The number of attacks on businesses fell 12 percent.', '12', 'none'],
  ['Singapore\'s EGDI score was 0.98.', '0.98', 'none'],
  ['The DTI of ministries averaged 0.6 points.', '0.6', 'none'],
  ['Viettel\'s revenue reached VND 172 trillion.', '172 trillion', 'none'],
  ['Cambodia\'s e-commerce grew 25%.', '25%', 'none'],
  ['Localities processed 48% of their dossiers online.', '48%', 'provinces-online-dossier-share'], // all localities: a national series, no one province's
  ['Vietnam ranked 71st in the EGDI, while its score was 0.79.', '0.79', 'egdi-score'],
  ['Hanoi\'s DTI score was 0.7 points.', '0.7', 'dti-province-score'], // a city's score: the provincial series, not the national
  ['The national DTI score of 0.62 compares with 0.71 for Da Nang province.', '0.71', 'none'], // a province's, in a national sentence
];

describe('English forms of the other series', () => {
  it.each(RANKINGS)('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
  it.each(ECONOMY)('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
  it.each(SERVICES)('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
  it.each(OTHERS)('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
});
