/**
 * Header words of registers kept in Welsh (Welsh public bodies keep theirs bilingual), Lithuanian, Swahili (East African firms)
 * and Filipino, written down field by field in our own choice of the usual terms. Merged into the lists of synonyms.ts and
 * synonyms-risks.ts (same notation: "|" between phrases, "~" weak, "=" whole header only; accents, case and punctuation do not
 * matter).
 */
import type { RecordKind, SheetKind } from './types.ts';

export const regionalPhrases: Record<RecordKind, Record<string, string>> = {
  risks: {
    id: 'cyf|cyfeirnod|rhif|rizikos nr|rizikos id|=nr|=na|namba|namba ya hatari|blg|bilang',
    title: 'teitl y risg|=risg|risg|rizikos pavadinimas|=rizika|=hatari|jina la hatari|=panganib|pangalan ng panganib',
    description: 'disgrifiad|aprasymas|rizikos aprasymas|maelezo|paglalarawan',
    asset: 'ased|turtas|susijes turtas|=mali|mali ya taarifa|=asset',
    threat: 'bygythiad|gresme|tishio|banta',
    vulnerability: 'gwendid|achos|pazeidziamumas|priezastis|udhaifu|sababu|chanzo|kahinaan|sanhi',
    owner: 'perchennog|perchennog y risg|savininkas|rizikos savininkas|atsakingas|mmiliki|mhusika|mwenye jukumu|may ari|may-ari|responsable|tagapanagot',
    treatment: 'ymateb|triniaeth|rizikos valdymo budas|valdymo budas|mwitikio|hatua ya kuchukua|tugon|paggamot',
    controls: 'rheolaethau presennol|rheolaethau|esamos kontroles priemones|kontroles priemones|priemones|hatua za kudhibiti|udhibiti uliopo|kasalukuyang kontrol|mga kontrol',
    status: 'statws|busena|=hali|hali ya hatari|katayuan',
    reviewDate: 'dyddiad adolygu|adolygu|perziuros data|perziureta|tarehe ya mapitio|mapitio|petsa ng pagsusuri|susunod na pagsusuri',
    notes: 'sylwadau|nodiadau|pastabos|maoni|puna|tala',
  },
  soa: {
    controlId: '=rheolaeth|rhif rheolaeth|kontroles nr|priemones nr|namba ya udhibiti|kontrol blg|blg',
    controlTitle: 'teitl|teitl y rheolaeth|kontroles pavadinimas|priemones pavadinimas|jina la udhibiti|pangalan ng kontrol',
    applicable: 'cymwys|yn berthnasol|taikoma|taikomumas|inatumika|naaangkop|angkop',
    justification: 'cyfiawnhad|rheswm|pagrindimas|priezastis|sababu|dahilan|katwiran',
    status: 'statws gweithredu|=statws|igyvendinimo busena|igyvendinimas|hali ya utekelezaji|katayuan ng pagpapatupad',
    owner: 'perchennog|savininkas|atsakingas|mmiliki|may ari|may-ari',
    evidence: 'tystiolaeth|irodymai|irodymas|ushahidi|ebidensya',
    notes: 'sylwadau|nodiadau|pastabos|maoni|puna',
  },
  assets: {
    id: 'cyf|rhif ased|turto id|turto nr|namba ya mali|asset blg',
    name: 'enw|enw ased|=ased|turto pavadinimas|pavadinimas|jina la mali|=jina|pangalan',
    type: 'math|math o ased|turto tipas|=tipas|=aina|aina ya mali|uri ng asset',
    owner: 'perchennog|savininkas|mmiliki|may ari|may-ari',
    classification: 'dosbarthiad|informacijos klasifikacija|klasifikacija|usiri|kiwango cha usiri|klasipikasyon',
  },
  'treatment-plan': {
    riskId: '=risg|cyf risg|cyfeirnod risg|rhif risg|=rizika|=hatari|=panganib',
    action: 'cam gweithredu|gweithred|veiksmas|priemone|=hatua|hatua ya kuchukua|aksyon|gagawin',
    owner: '=pwy|perchennog|swyddog cyfrifol|=cyfrifol|yn gyfrifol|atsakingas|mhusika|may ari|responsable',
    dueDate: '=erbyn|dyddiad cau|dyddiad targed|dyddiad cwblhau|terminas|ivykdymo terminas|tarehe ya mwisho|takdang petsa|deadline',
    status: 'cynnydd|statws|busena|=hali|katayuan',
  },
};

/** Rating words of those languages' registers. */
export const regionalRatings: Partial<Record<'likelihood' | 'impact' | 'score' | 'level', string>> = {
  likelihood: 'tebygolrwydd|tikimybe|uwezekano|posibilidad|posibilidad na mangyari',
  impact: 'effaith|poveikis|pasekmes|athari|epekto',
  score: 'sgor|sgor gynhenid|balai|alama|marka|iskor',
  level: 'lefel risg|rizikos lygis|kiwango cha hatari|antas ng panganib',
};

/** Stage words of a residual rating: remaining after treatment in those languages. */
export const regionalResidual = 'weddilliol|gweddilliol|liekamoji|liekamasis|baada ya udhibiti|iliyobaki|pagkatapos ng kontrol|natitira';

/** Sheet names of those languages' registers. */
export const regionalSheetNames: Partial<Record<SheetKind, string>> = {
  risks: 'cofrestr risg|rizikų registras|riziku registras|rejista ya hatari|talaan ng panganib|panganib',
  soa: 'datganiad cymhwysedd|taikymo pareiskimas|taikomumo pareiskimas|pahayag ng pagiging angkop',
  assets: 'cofrestr asedau|asedau|turto registras|mali za taarifa|orodha ya mali|talaan ng asset',
  'treatment-plan': 'cynllun trin risg|cynllun gweithredu|rizikų valdymo planas|riziku valdymo planas|mpango wa hatua|mpango wa kushughulikia hatari|plano ng paggamot',
};
