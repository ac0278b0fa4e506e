/**
 * Countries other than Viet Nam as English pages name them, for telling another country's figure from Viet Nam's
 * (`english-subject.ts`). Session 40: the world's countries and the economies rankings list, not only the region's and the
 * usual comparisons ("Bulgaria (ranked 38th), Turkey (ranked 39th)" were read as Viet Nam's GII rank). Names that are also
 * common words or people's names in English news ("Chad", "Jordan", "Georgia", "Guinea", "Niger") are left out. Pure.
 */

/** Every name, lowercase, without diacritics and with hyphens and dots as spaces (the `plain` text of english-subject.ts). */
export const OTHER_COUNTRY_NAMES: readonly string[] = [
  // South-East and East Asia
  'thailand', 'cambodia', 'laos', 'singapore', 'malaysia', 'indonesia', 'philippines', 'brunei', 'myanmar', 'timor leste',
  'china', 'japan', 'south korea', 'north korea', 'korea', 'taiwan', 'hong kong', 'mongolia', 'macau',
  // South, Central and West Asia
  'india', 'pakistan', 'bangladesh', 'sri lanka', 'nepal', 'bhutan', 'maldives', 'afghanistan', 'kazakhstan', 'uzbekistan',
  'kyrgyzstan', 'tajikistan', 'turkmenistan', 'iran', 'iraq', 'syria', 'lebanon', 'israel', 'palestine', 'saudi arabia',
  'united arab emirates', 'uae', 'qatar', 'kuwait', 'bahrain', 'oman', 'yemen', 'turkey', 'turkiye', 'armenia', 'azerbaijan',
  // Europe
  'the uk', 'u k', 'united kingdom', 'britain', 'great britain', 'england', 'ireland', 'iceland', 'france', 'germany',
  'netherlands', 'belgium', 'luxembourg', 'switzerland', 'austria', 'liechtenstein', 'denmark', 'finland', 'sweden', 'norway',
  'estonia', 'latvia', 'lithuania', 'poland', 'czech republic', 'czechia', 'slovakia', 'hungary', 'slovenia', 'croatia', 'serbia',
  'bosnia', 'montenegro', 'albania', 'north macedonia', 'greece', 'bulgaria', 'romania', 'moldova', 'ukraine', 'belarus', 'russia',
  'spain', 'portugal', 'italy', 'malta', 'cyprus', 'monaco',
  // The Americas
  'the us', 'the usa', 'u s', 'united states', 'america', 'canada', 'mexico', 'brazil', 'argentina', 'chile', 'colombia', 'peru',
  'ecuador', 'bolivia', 'paraguay', 'uruguay', 'venezuela', 'costa rica', 'panama', 'cuba', 'jamaica', 'dominican republic',
  // Africa
  'egypt', 'morocco', 'algeria', 'tunisia', 'libya', 'nigeria', 'ghana', 'senegal', 'kenya', 'ethiopia', 'rwanda', 'uganda',
  'tanzania', 'south africa', 'namibia', 'botswana', 'zambia', 'zimbabwe', 'mozambique', 'angola', 'cameroon', 'mauritius', 'madagascar',
  // Oceania
  'australia', 'new zealand', 'fiji', 'papua new guinea',
];

const escape = (s: string) => s.replace(/ /gu, String.raw`\s+`);

/** Any of `OTHER_COUNTRY_NAMES`, as a whole word on `plain` text (global: read with `matchAll`). */
export const OTHER_COUNTRY = new RegExp(String.raw`(?<![a-z])(?:${[...OTHER_COUNTRY_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z])`, 'gu');
