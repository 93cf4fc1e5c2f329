import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/lib/io/import/mapping/cells.ts';
import { moreVocabWords, vocabWordTables, type VocabName } from '../../../../src/lib/io/import/mapping/vocab-words.ts';
import { assetTypeVocab, recognise, vocabularies as vocabs } from '../../../../src/lib/io/import/mapping/vocab.ts';

const names = Object.keys(vocabs) as VocabName[];

// Words as registers write them (case and accents as typed), with the app value they mean.
const samples: [VocabName, string, string][] = [
  // SoA implementation status
  ['soaStatus', 'In place', 'implemented'], ['soaStatus', 'Partially in place', 'partially_implemented'], ['soaStatus', 'Not yet implemented', 'not_implemented'],
  ['soaStatus', 'Mis en place', 'implemented'], ['soaStatus', 'Mis en œuvre', 'implemented'], ['soaStatus', 'Partiellement mis en œuvre', 'partially_implemented'],
  ['soaStatus', 'Teilweise umgesetzt', 'partially_implemented'], ['soaStatus', 'Nicht vorhanden', 'not_implemented'], ['soaStatus', 'Parcialmente implementado', 'partially_implemented'],
  ['soaStatus', 'Částečně zavedeno', 'partially_implemented'], ['soaStatus', 'Μερικώς υλοποιημένο', 'partially_implemented'],
  ['soaStatus', 'Implementato', 'implemented'], ['soaStatus', 'Parzialmente attuato', 'partially_implemented'], ['soaStatus', 'Pianificato', 'planned'],
  ['soaStatus', 'Non valutato', 'not_assessed'], ['soaStatus', 'Em andamento', 'partially_implemented'], ['soaStatus', 'Planejado', 'planned'],
  ['soaStatus', 'Não implementado', 'not_implemented'], ['soaStatus', 'Implementat parțial', 'partially_implemented'], ['soaStatus', 'Geïmplementeerd', 'implemented'],
  ['soaStatus', 'Gedeeltelijk', 'partially_implemented'], ['soaStatus', 'Delvis implementerad', 'partially_implemented'], ['soaStatus', 'Ikke implementert', 'not_implemented'],
  ['soaStatus', 'Implementeret', 'implemented'], ['soaStatus', 'Osittain', 'partially_implemented'], ['soaStatus', 'Wdrożone', 'implemented'],
  ['soaStatus', 'Częściowo wdrożone', 'partially_implemented'], ['soaStatus', 'Čiastočne', 'partially_implemented'], ['soaStatus', 'Djelomično', 'partially_implemented'],
  ['soaStatus', 'Nije implementirano', 'not_implemented'], ['soaStatus', 'Részben', 'partially_implemented'], ['soaStatus', 'Kısmen', 'partially_implemented'],
  ['soaStatus', 'Uygulandı', 'implemented'], ['soaStatus', '実施済み', 'implemented'], ['soaStatus', '一部実施', 'partially_implemented'], ['soaStatus', '未実施', 'not_implemented'],
  ['soaStatus', '已实施', 'implemented'], ['soaStatus', '部分實施', 'partially_implemented'], ['soaStatus', '미이행', 'not_implemented'], ['soaStatus', '부분이행', 'partially_implemented'],
  ['soaStatus', 'Đã triển khai', 'implemented'], ['soaStatus', 'Sebagian', 'partially_implemented'], ['soaStatus', 'ดำเนินการบางส่วน', 'partially_implemented'],
  ['soaStatus', 'Внедрено', 'implemented'], ['soaStatus', 'Частково', 'partially_implemented'], ['soaStatus', 'مطبق جزئياً', 'partially_implemented'],
  ['soaStatus', 'आंशिक', 'partially_implemented'], ['soaStatus', 'Не оценено', 'not_assessed'],
  // Risk status
  ['riskStatus', 'Risk accepted', 'monitoring'], ['riskStatus', 'Archived', 'closed'], ['riskStatus', 'Traitement en cours', 'in_treatment'],
  ['riskStatus', 'Maßnahmen geplant', 'treatment_planned'], ['riskStatus', 'En seguimiento', 'monitoring'], ['riskStatus', 'Aperto', 'assessed'],
  ['riskStatus', 'In trattamento', 'in_treatment'], ['riskStatus', 'Chiuso', 'closed'], ['riskStatus', 'Aceito', 'monitoring'], ['riskStatus', 'Encerrado', 'closed'],
  ['riskStatus', 'Deschis', 'assessed'], ['riskStatus', 'In behandeling', 'in_treatment'], ['riskStatus', 'Gesloten', 'closed'], ['riskStatus', 'Accepterad', 'monitoring'],
  ['riskStatus', 'Åpen', 'assessed'], ['riskStatus', 'Lukket', 'closed'], ['riskStatus', 'Hyväksytty', 'monitoring'], ['riskStatus', 'Otwarte', 'assessed'],
  ['riskStatus', 'Zamknięte', 'closed'], ['riskStatus', 'Otvorené', 'assessed'], ['riskStatus', 'Zatvoreno', 'closed'], ['riskStatus', 'Folyamatban', 'in_treatment'],
  ['riskStatus', 'Kapatıldı', 'closed'], ['riskStatus', '対応中', 'in_treatment'], ['riskStatus', '已关闭', 'closed'], ['riskStatus', '監控中', 'monitoring'],
  ['riskStatus', '조치 중', 'in_treatment'], ['riskStatus', 'Đang xử lý', 'in_treatment'], ['riskStatus', 'Ditutup', 'closed'], ['riskStatus', 'ปิดแล้ว', 'closed'],
  ['riskStatus', 'Открыт', 'assessed'], ['riskStatus', 'Закрито', 'closed'], ['riskStatus', 'قيد المعالجة', 'in_treatment'], ['riskStatus', 'बंद', 'closed'],
  // Treatment action status
  ['actionStatus', 'Not yet started', 'planned'], ['actionStatus', 'Réalisé', 'done'], ['actionStatus', 'Verworfen', 'cancelled'], ['actionStatus', 'En ejecución', 'in_progress'],
  ['actionStatus', 'Da fare', 'planned'], ['actionStatus', 'Completato', 'done'], ['actionStatus', 'Concluído', 'done'], ['actionStatus', 'Anulat', 'cancelled'],
  ['actionStatus', 'Afgerond', 'done'], ['actionStatus', 'Pågående', 'in_progress'], ['actionStatus', 'Fullført', 'done'], ['actionStatus', 'Færdig', 'done'],
  ['actionStatus', 'Valmis', 'done'], ['actionStatus', 'Zakończone', 'done'], ['actionStatus', 'Dokončené', 'done'], ['actionStatus', 'Završeno', 'done'],
  ['actionStatus', 'Kész', 'done'], ['actionStatus', 'Tamamlandı', 'done'], ['actionStatus', '完了', 'done'], ['actionStatus', '进行中', 'in_progress'],
  ['actionStatus', '완료', 'done'], ['actionStatus', 'Hoàn thành', 'done'], ['actionStatus', 'Selesai', 'done'], ['actionStatus', 'Выполнено', 'done'],
  ['actionStatus', 'Скасовано', 'cancelled'], ['actionStatus', 'مكتمل', 'done'], ['actionStatus', 'रद्द', 'cancelled'], ['actionStatus', 'ยกเลิก', 'cancelled'],
  // Asset type
  ['assetType', 'Data centre', 'site'], ['assetType', 'Dati', 'information'], ['assetType', 'Fornecedor', 'supplier'], ['assetType', 'Leverancier', 'supplier'],
  ['assetType', 'Molntjänst', 'cloud_service'], ['assetType', 'Oprogramowanie', 'software'], ['assetType', 'Sprzęt', 'hardware'], ['assetType', 'Hálózat', 'network'],
  ['assetType', 'Yazılım', 'software'], ['assetType', 'Personale', 'people'], ['assetType', 'Prosess', 'process'], ['assetType', 'Toimittaja', 'supplier'],
  ['assetType', 'ソフトウェア', 'software'], ['assetType', '供应商', 'supplier'], ['assetType', '네트워크', 'network'], ['assetType', 'Phần cứng', 'hardware'],
  ['assetType', 'Perangkat lunak', 'software'], ['assetType', 'Оборудование', 'hardware'], ['assetType', 'Постачальник', 'supplier'], ['assetType', 'خدمة سحابية', 'cloud_service'],
  ['assetType', 'कर्मचारी', 'people'], ['assetType', 'อาคาร', 'site'],
  // Classification
  ['classification', 'Company confidential', 'confidential'], ['classification', 'TLP:RED', 'restricted'], ['classification', 'Strictement confidentiel', 'restricted'],
  ['classification', 'Confidenziale', 'confidential'], ['classification', 'Pública', 'public'], ['classification', 'Vertrouwelijk', 'confidential'],
  ['classification', 'Luottamuksellinen', 'confidential'], ['classification', 'Wewnętrzne', 'internal'], ['classification', 'Dôverné', 'confidential'],
  ['classification', 'Bizalmas', 'confidential'], ['classification', 'Gizli', 'confidential'], ['classification', '社外秘', 'internal'], ['classification', '绝密', 'restricted'],
  ['classification', '絕密', 'restricted'], ['classification', '대외비', 'internal'], ['classification', 'Nội bộ', 'internal'], ['classification', 'Конфиденциально', 'confidential'],
  ['classification', 'Внутрішня', 'internal'], ['classification', 'سري للغاية', 'restricted'], ['classification', 'सार्वजनिक', 'public'],
  // Applicability and treatment (European languages)
  ['applicable', 'Sans objet', 'no'], ['applicable', 'Nicht relevant', 'no'], ['applicable', 'Igen', 'yes'], ['applicable', 'Evet', 'yes'], ['applicable', 'Kyllä', 'yes'],
  ['applicable', 'Nej', 'no'], ['applicable', 'Nu se aplică', 'no'], ['applicable', 'Da decidere', 'undecided'], ['applicable', 'Nog te bepalen', 'undecided'],
  ['applicable', 'Primjenjivo', 'yes'], ['applicable', 'Nem alkalmazható', 'no'],
  ['treatment', 'Ridurre', 'modify'], ['treatment', 'Redução', 'modify'], ['treatment', 'Accettare', 'retain'], ['treatment', 'Vermijden', 'avoid'],
  ['treatment', 'Överföra', 'share'], ['treatment', 'Unikanie', 'avoid'], ['treatment', 'Ubezpieczenie', 'share'], ['treatment', 'Elfogadás', 'retain'],
  ['treatment', 'Kaçınma', 'avoid'], ['treatment', 'Paylaşım', 'share'], ['treatment', 'Zmiernenie', 'modify'], ['treatment', 'Prihvaćanje', 'retain'],
  // Irish and Afrikaans (session 34)
  ['treatment', 'Maolú', 'modify'], ['treatment', 'Glacadh', 'retain'], ['treatment', 'Seachaint', 'avoid'], ['treatment', 'Aistriú', 'share'],
  ['treatment', 'Verminder', 'modify'], ['treatment', 'Aanvaar', 'retain'], ['treatment', 'Vermy', 'avoid'], ['treatment', 'Oordra', 'share'],
];

describe('vocabulary words of more languages (vocab-words.ts)', () => {
  it('uses only the app values of vocab.ts', () => {
    for (const name of names) {
      const known = Object.keys(vocabs[name].words);
      expect(Object.keys(moreVocabWords[name]).filter((v) => !known.includes(v)), name).toEqual([]);
    }
  });

  it('puts no folded word under two values of one vocabulary, here or in vocab.ts', () => {
    const clashes: string[] = [];
    for (const name of names) {
      const seen = new Map<string, string>();
      for (const [value, list] of Object.entries(vocabs[name].words)) for (const w of list) seen.set(fold(w), value);
      const mine = new Map<string, string>();
      for (const [value, list] of Object.entries(moreVocabWords[name])) {
        for (const w of list) {
          const f = fold(w);
          const other = mine.get(f) ?? seen.get(f);
          if (other !== undefined && other !== value) clashes.push(`${name}: "${w}" is ${value} and ${other}`);
          mine.set(f, value);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no blank or padded words', () => {
    const bad = names.flatMap((n) => Object.values(moreVocabWords[n]).flat()).filter((w) => w === '' || w !== w.trim() || /\s{2}/.test(w));
    expect(bad).toEqual([]);
  });

  it('reads every word as its value in vocab.ts (nothing read first as another value)', () => {
    const wrong: string[] = [];
    for (const name of names) {
      const v = vocabs[name];
      for (const [value, list] of Object.entries(moreVocabWords[name])) {
        for (const w of list) if (recognise(v, w) !== value) wrong.push(`${name}: "${w}" → ${recognise(v, w) || '?'}, not ${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has words of every language for each status vocabulary', () => {
    const languages = 'en fr de es cs el it pt ro nl sv no da fi pl sk hr hu tr ja zh zht ko vi id th ru uk ar hi'.split(' ');
    for (const name of ['soaStatus', 'riskStatus', 'actionStatus', 'assetType', 'classification'] as const) {
      const present = new Set(vocabWordTables[name].flatMap((t) => Object.values(t).flatMap((byLanguage) => Object.keys(byLanguage))));
      expect(languages.filter((l) => !present.has(l)), name).toEqual([]);
    }
  });

  it('has at least 120 samples, each listed here or in vocab.ts', () => {
    expect(samples.length).toBeGreaterThanOrEqual(120);
    const listed = (n: VocabName, v: string) => [...(moreVocabWords[n][v] ?? []), ...(vocabs[n].words[v] ?? [])].map(fold);
    const missing = samples.filter(([n, w, v]) => !listed(n, v).includes(fold(w)));
    expect(missing).toEqual([]);
  });

  it.each(samples)('recognise(%s, "%s") is "%s"', (name, word, value) => {
    expect(recognise(vocabs[name], word)).toBe(value);
  });
});

describe("values after a method's code in brackets (session 31)", () => {
  it.each([
    ['[D] Datos / Información', 'information'],
    ['[SW] Aplicaciones', 'software'],
    ['[HW] Equipos', 'hardware'],
    ['[COM] Redes de comunicaciones', 'network'],
    ['[L] Instalaciones', 'site'],
    ['[P] Personal', 'people'],
    // Two names that disagree, or a code alone, are left for the user.
    ['[X] Datos / Equipos', ''],
    ['[SW]', ''],
  ])('%s → %s', (text, code) => {
    expect(recognise(assetTypeVocab, text)).toBe(code);
  });
});
