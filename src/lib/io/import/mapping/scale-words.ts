/**
 * Rating words of more languages, ranked like scale.ts's two ladders (DOMAIN.md 4.3): `moreGeneric`
 * by GENERIC's ranks (very low, low, medium, high, very high or critical) and `moreFive` by FIVE's
 * (rare or negligible, unlikely or minor, possible or moderate, likely or major, almost certain or
 * catastrophic). Words are written as registers write them, with their feminine, neuter and plural
 * forms where adjectives inflect; `rankedWords` folds them the way its caller compares words.
 *
 * One block per language; each ladder is five strings, lowest rank first, "|" between the words of a
 * rank. This file holds the European languages, scale-words-more.ts the others.
 *
 * Conventions, as the ladders already have them: "medium" words are generic only; "moderate" words
 * are on rank 3 of both ladders (so a low/moderate/high sheet stays a 3-level scale); "small" and
 * "big" are impact words of FIVE (2 and 4, like Czech malá/velká and minor/major); "serious" (grave,
 * ernstig, poważny, súlyos…) is rank 4 like "grave", and "very serious" rank 5. "Improbable" words of
 * these languages mean "unlikely" (2): Italian raro/improbabile/possibile/probabile/quasi certo.
 */
import { eastScaleRanks } from './scale-words-more.ts';

/** Five ranks, lowest first; "|" between the words of a rank. */
export type Ranks = readonly [string, string, string, string, string];
export interface RankWords {
  generic: Ranks;
  five: Ranks;
}

const europeScaleRanks: Record<string, RankWords> = {
  // Irish ("Ard", "Meánach", "Íseal") and Afrikaans ("Hoog", "Matig", "Laag"), as Irish schools and South African firms rate.
  irish: {
    generic: ['an-íseal|an íseal|fíor-íseal', 'íseal', 'meánach|measartha', 'ard', 'an-ard|an ard|fíor-ard|criticiúil'],
    five: ['annamh|neamhbhríoch', 'éadóchúil|beag|mion', 'féideartha|measartha', 'dóchúil|mór|tromchúiseach', 'beagnach cinnte|cinnte|tubaisteach'],
  },
  // Welsh ("Isel", "Canolig", "Uchel") and Lithuanian ("Žema", "Vidutinė", "Aukšta").
  welsh: {
    generic: ['isel iawn', 'isel', 'canolig', 'uchel', 'uchel iawn|critigol'],
    five: ['prin|dibwys', 'annhebygol|bach', 'posibl|cymedrol', 'tebygol|mawr|difrifol', 'bron yn sicr|sicr|trychinebus'],
  },
  lithuanian: {
    generic: ['labai žema|labai žemas|labai maža', 'žema|žemas|maža|mažas', 'vidutinė|vidutinis', 'aukšta|aukštas|didelė|didelis', 'labai aukšta|labai aukštas|kritinė|kritinis'],
    five: ['reta|retas|nereikšminga', 'mažai tikėtina|nedidelė', 'galima|vidutiniška', 'tikėtina|reikšminga|rimta', 'beveik neabejotina|katastrofinė'],
  },
  afrikaans: {
    generic: ['baie laag', 'laag', 'medium|matig|middelmatig', 'hoog', 'baie hoog|kritiek|krities'],
    five: ['skaars|weglaatbaar', 'onwaarskynlik|klein|gering', 'moontlik|matig', 'waarskynlik|groot|ernstig', 'byna seker|seker|katastrofies'],
  },
  basque: {
    generic: ['oso baxua', 'baxua', 'ertaina', 'altua', 'oso altua|kritikoa'],
    five: ['arraroa|hutsala|oso gutxi probablea', 'gutxi probablea|txikia|arina', 'posiblea|moderatua', 'probablea|handia|larria', 'ia ziurra|ziurra|katastrofikoa|oso larria'],
  },
  italian: {
    generic: ['molto basso|molto bassa|bassissimo|bassissima', 'basso|bassa', 'medio|media|moderato|moderata', 'alto|alta|elevato|elevata',
      'molto alto|molto alta|molto elevato|molto elevata|altissimo|altissima|critico|critica|estremo|estrema'],
    five: ['raro|rara|remoto|remota|trascurabile|insignificante|molto improbabile', 'improbabile|poco probabile|minore|lieve|limitato|limitata',
      'possibile|moderato|moderata', 'probabile|maggiore|grave|rilevante|significativo|significativa',
      'molto probabile|quasi certo|quasi certa|certo|frequente|catastrofico|catastrofica|gravissimo|gravissima|molto grave'],
  },
  portuguese: {
    generic: ['muito baixo|muito baixa|baixíssimo|baixíssima', 'baixo|baixa', 'médio|média|moderado|moderada', 'alto|alta|elevado|elevada',
      'muito alto|muito alta|muito elevado|muito elevada|altíssimo|altíssima|crítico|crítica|extremo|extrema'],
    five: ['raro|rara|remoto|remota|desprezível|negligenciável|insignificante|muito improvável', 'improvável|pouco provável|menor|pequeno|pequena|leve',
      'possível|moderado|moderada', 'provável|maior|grave|significativo|significativa|grande',
      'muito provável|quase certo|quase certa|certo|frequente|catastrófico|catastrófica|gravíssimo|gravíssima|muito grave|severo|severa'],
  },
  dutch: {
    generic: ['zeer laag|heel laag', 'laag', 'middel|gemiddeld|midden|matig', 'hoog', 'zeer hoog|heel hoog|kritiek|kritisch|extreem'],
    five: ['zelden|zeldzaam|zeer onwaarschijnlijk|verwaarloosbaar|onbeduidend|zeer klein', 'onwaarschijnlijk|klein|beperkt|gering', 'mogelijk|matig',
      'waarschijnlijk|aanzienlijk|ernstig|groot|significant', 'zeer waarschijnlijk|bijna zeker|vrijwel zeker|zeker|catastrofaal|rampzalig|zeer ernstig|zeer groot'],
  },
  slovak: {
    generic: ['veľmi nízka|veľmi nízky|veľmi nízke', 'nízka|nízky|nízke', 'stredná|stredný|stredné', 'vysoká|vysoký|vysoké',
      'veľmi vysoká|veľmi vysoký|veľmi vysoké|kritická|kritický|kritické'],
    five: ['zanedbateľná|zanedbateľný|zanedbateľné|zriedkavá|zriedkavý|zriedkavé|zriedka|veľmi nepravdepodobná|veľmi nepravdepodobné|nevýznamná|nevýznamný|nevýznamné',
      'nepravdepodobná|nepravdepodobný|nepravdepodobné|malá|malý|malé|mierna|mierny|mierne', 'možná|možný|možné',
      'pravdepodobná|pravdepodobný|pravdepodobné|veľká|veľký|veľké|významná|významný|významné|vážna|vážny|vážne',
      'veľmi pravdepodobná|veľmi pravdepodobný|veľmi pravdepodobné|takmer istá|takmer istý|takmer isté|katastrofálna|katastrofálny|katastrofálne'],
  },
  polish: {
    generic: ['bardzo niski|bardzo niska|bardzo niskie', 'niski|niska|niskie', 'średni|średnia|średnie|umiarkowany|umiarkowana|umiarkowane',
      'wysoki|wysoka|wysokie', 'bardzo wysoki|bardzo wysoka|bardzo wysokie|krytyczny|krytyczna|krytyczne|ekstremalny|ekstremalna|ekstremalne'],
    five: ['rzadki|rzadka|rzadkie|rzadko|bardzo rzadko|pomijalny|pomijalna|pomijalne|znikomy|znikoma|znikome|nieistotny|nieistotna|nieistotne|bardzo mało prawdopodobne',
      'mało prawdopodobne|mało prawdopodobny|mało prawdopodobna|nieprawdopodobne|nieprawdopodobny|nieprawdopodobna|mały|mała|małe|niewielki|niewielka|niewielkie|drobny|drobna|drobne',
      'możliwe|możliwy|możliwa|umiarkowany|umiarkowana|umiarkowane',
      'prawdopodobne|prawdopodobny|prawdopodobna|duży|duża|duże|znaczny|znaczna|znaczne|znaczący|znacząca|znaczące|poważny|poważna|poważne|istotny|istotna|istotne',
      'bardzo prawdopodobne|bardzo prawdopodobny|bardzo prawdopodobna|prawie pewne|prawie pewny|niemal pewne|pewne|katastrofalny|katastrofalna|katastrofalne|bardzo duży|bardzo duża|bardzo duże'],
  },
  romanian: {
    generic: ['foarte scăzut|foarte scăzută|foarte redus|foarte redusă', 'scăzut|scăzută|redus|redusă', 'mediu|medie|moderat|moderată',
      'ridicat|ridicată|înalt|înaltă', 'foarte ridicat|foarte ridicată|foarte înalt|foarte înaltă|critic|critică|extrem|extremă'],
    five: ['rar|rară|foarte rar|neglijabil|neglijabilă|nesemnificativ|nesemnificativă|foarte puțin probabil', 'puțin probabil|improbabil|improbabilă|mic|mică|minor|minoră',
      'posibil|posibilă|moderat|moderată', 'probabil|probabilă|mare|major|majoră|semnificativ|semnificativă|grav|gravă',
      'foarte probabil|aproape sigur|aproape sigură|catastrofal|catastrofală|foarte mare|foarte grav|foarte gravă|sever|severă'],
  },
  hungarian: {
    generic: ['nagyon alacsony|igen alacsony', 'alacsony', 'közepes|mérsékelt', 'magas', 'nagyon magas|igen magas|kritikus'],
    five: ['ritka|nagyon ritka|elhanyagolható|jelentéktelen|nagyon valószínűtlen', 'valószínűtlen|nem valószínű|kevéssé valószínű|csekély|kicsi|kis|enyhe',
      'lehetséges|mérsékelt', 'valószínű|jelentős|súlyos|nagy', 'nagyon valószínű|szinte biztos|majdnem biztos|biztos|katasztrofális|nagyon súlyos|nagyon nagy'],
  },
  turkish: {
    generic: ['çok düşük', 'düşük', 'orta|orta düzey|orta seviye', 'yüksek', 'çok yüksek|aşırı yüksek|kritik'],
    five: ['nadir|çok nadir|önemsiz|ihmal edilebilir|çok hafif|çok küçük', 'olası değil|pek olası değil|hafif|küçük|sınırlı', 'olası|mümkün|orta derece|orta derecede',
      'muhtemel|büyük|önemli|ciddi', 'çok muhtemel|kuvvetle muhtemel|neredeyse kesin|kesin|felaket|katastrofik|çok ciddi|çok büyük'],
  },
  // Croatian, Serbian (Latin script) and Slovenian; the three share most words.
  southSlavic: {
    generic: ['vrlo nizak|vrlo niska|vrlo nisko|veoma nizak|veoma niska|veoma nisko|zelo nizek|zelo nizka|zelo nizko', 'nizak|niska|nisko|nizek|nizka|nizko',
      'srednji|srednja|srednje|umjeren|umjerena|umjereno|umeren|umerena|umereno|zmeren|zmerna|zmerno', 'visok|visoka|visoko',
      'vrlo visok|vrlo visoka|vrlo visoko|veoma visok|veoma visoka|veoma visoko|zelo visok|zelo visoka|zelo visoko|kritičan|kritična|kritično|kritičen'],
    five: ['rijetko|rijedak|rijetka|retko|redak|retka|redko|zanemariv|zanemariva|zanemarivo|zanemarljiv|zanemarljiva|zanemarljivo|zanemarljive|zelo majhen|zelo majhna|zelo majhno|neznatan|neznatna|neznatno|nepomemben|nepomembna',
      'malo vjerojatno|malo verovatno|malo verjetno|mali|mala|malo|manji|manja|majhen|majhna|majhno|majhne|manjši|manjša|manjše',
      'moguće|moguć|moguća|mogoče|možno|umjeren|umjerena|umjereno|umeren|umerena|umereno|zmeren|zmerna|zmerno|zmerne',
      'vjerojatno|verovatno|verjetno|velik|velika|veliko|velike|značajan|značajna|značajno|ozbiljan|ozbiljna|ozbiljno|resen|resna|resno|pomemben|pomembna',
      'vrlo vjerojatno|vrlo verovatno|veoma verovatno|zelo verjetno|gotovo sigurno|skoro sigurno|skoraj gotovo|zelo velik|zelo velika|zelo veliko|katastrofalne|katastrofalan|katastrofalna|katastrofalno|katastrofalen'],
  },
  swedish: {
    generic: ['mycket låg|mycket lågt|väldigt låg', 'låg|lågt', 'medel|måttlig|måttligt', 'hög|högt', 'mycket hög|mycket högt|väldigt hög|kritisk|kritiskt'],
    five: ['sällan|sällsynt|försumbar|obetydlig|mycket osannolik|mycket liten', 'osannolik|liten|begränsad|lindrig|mindre', 'möjlig|måttlig|måttligt',
      'sannolik|trolig|allvarlig|betydande|stor', 'mycket sannolik|nästan säker|mycket allvarlig|katastrofal|mycket stor'],
  },
  norwegian: {
    generic: ['svært lav|veldig lav|meget lav|svært lavt', 'lav|lavt', 'middels|moderat', 'høy|høyt', 'svært høy|veldig høy|meget høy|svært høyt|kritisk'],
    five: ['sjelden|svært usannsynlig|ubetydelig|svært liten', 'usannsynlig|lite sannsynlig|liten|begrenset|mindre', 'mulig|moderat',
      'sannsynlig|alvorlig|betydelig|stor', 'svært sannsynlig|meget sannsynlig|nesten sikkert|svært alvorlig|meget alvorlig|katastrofal|katastrofalt|svært stor|meget stor'],
  },
  danish: {
    generic: ['meget lav|meget lavt', 'lav|lavt', 'middel|mellem|moderat', 'høj|højt', 'meget høj|meget højt|kritisk'],
    five: ['sjælden|meget usandsynlig|ubetydelig|meget lille', 'usandsynlig|lille|begrænset|mindre', 'mulig|moderat',
      'sandsynlig|sandsynligt|alvorlig|betydelig|væsentlig|stor', 'meget sandsynlig|næsten sikker|næsten sikkert|meget alvorlig|katastrofal|katastrofalt|meget stor'],
  },
  finnish: {
    generic: ['erittäin matala|hyvin matala|erittäin alhainen', 'matala|alhainen', 'keskitaso|keskisuuri|kohtalainen', 'korkea', 'erittäin korkea|hyvin korkea|kriittinen'],
    five: ['harvinainen|merkityksetön|erittäin epätodennäköinen|hyvin epätodennäköinen|erittäin pieni', 'epätodennäköinen|pieni|vähäinen|lievä',
      'mahdollinen|kohtalainen', 'todennäköinen|merkittävä|suuri|vakava',
      'erittäin todennäköinen|lähes varma|melkein varma|varma|katastrofaalinen|erittäin vakava|erittäin suuri'],
  },
};

/** Every language's words as written, by language (for tests and counts). */
export const scaleWordsByLanguage: Readonly<Record<string, RankWords>> = { ...europeScaleRanks, ...eastScaleRanks };

/** One ladder's five ranks over every language, each word folded by `foldWith` (scale.ts and normalise.ts fold differently). */
export function rankedWords(pick: keyof RankWords, foldWith: (word: string) => string): readonly (readonly string[])[] {
  const languages = Object.values(scaleWordsByLanguage);
  return [0, 1, 2, 3, 4].map((i) => [...new Set(languages.flatMap((l) => l[pick][i]!.split('|')).map(foldWith))]);
}
