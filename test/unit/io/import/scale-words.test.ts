import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/lib/io/import/mapping/cells.ts';
import { moreFive, moreGeneric } from '../../../../src/lib/io/import/mapping/scale.ts';
import { scaleWordsByLanguage } from '../../../../src/lib/io/import/mapping/scale-words.ts';

type Ladder = readonly (readonly string[])[];

/** The 1-based rank of a word as a cell writes it, or null. */
const rank = (ladder: Ladder, word: string) => {
  const i = ladder.findIndex((words) => words.includes(fold(word)));
  return i < 0 ? null : i + 1;
};

// Words as registers write them (case and accents as typed), with their rank on the generic ladder.
const generic: [string, number][] = [
  ['Molto basso', 1], ['Bassa', 2], ['Moderato', 3], ['Elevata', 4], ['Molto Alta', 5], ['Critica', 5],
  ['Muito Baixo', 1], ['Baixa', 2], ['Média', 3], ['Elevado', 4], ['Muito alto', 5], ['Crítico', 5],
  ['Zeer laag', 1], ['Laag', 2], ['Gemiddeld', 3], ['Hoog', 4], ['Zeer hoog', 5], ['Kritiek', 5],
  ['Veľmi nízka', 1], ['Nízke', 2], ['Stredná', 3], ['Vysoký', 4], ['Kritické', 5],
  ['Bardzo niskie', 1], ['Niski', 2], ['Średnia', 3], ['Wysokie', 4], ['Bardzo wysoki', 5], ['Krytyczne', 5],
  ['Foarte scăzut', 1], ['Scăzută', 2], ['Mediu', 3], ['Ridicată', 4], ['Critic', 5],
  ['Nagyon alacsony', 1], ['Alacsony', 2], ['Közepes', 3], ['Magas', 4], ['Kritikus', 5],
  ['Çok düşük', 1], ['Düşük', 2], ['Orta', 3], ['Yüksek', 4], ['ÇOK YÜKSEK', 5], ['Kritik', 5],
  ['Vrlo nizak', 1], ['Niska', 2], ['Srednje', 3], ['Visoka', 4], ['Kritičan', 5], ['Zelo visoko', 5],
  ['Mycket låg', 1], ['Låg', 2], ['Medel', 3], ['Hög', 4], ['Svært lav', 1], ['Lav', 2], ['Middels', 3], ['Høy', 4], ['Meget høj', 5], ['Kritisk', 5],
  ['Erittäin matala', 1], ['Matala', 2], ['Kohtalainen', 3], ['Korkea', 4], ['Kriittinen', 5],
  ['非常に低い', 1], ['低', 2], ['中', 3], ['高い', 4], ['極めて高い', 5],
  ['很低', 1], ['较低', 2], ['中等', 3], ['較高', 4], ['极高', 5],
  ['매우 낮음', 1], ['낮음', 2], ['보통', 3], ['높음', 4], ['매우높음', 5], ['하', 2], ['상', 4],
  ['Rất thấp', 1], ['Thấp', 2], ['Trung bình', 3], ['Cao', 4], ['Rất cao', 5],
  ['Sangat Rendah', 1], ['Rendah', 2], ['Sedang', 3], ['Tinggi', 4], ['Kritikal', 5],
  ['Очень низкий', 1], ['Низкая', 2], ['Среднее', 3], ['Высокий', 4], ['Критический', 5],
  ['Дуже низька', 1], ['Низький', 2], ['Середнє', 3], ['Висока', 4], ['Критичний', 5],
  ['منخفض جداً', 1], ['منخفضة', 2], ['متوسط', 3], ['مرتفعة', 4], ['عالية جدا', 5], ['حرج', 5],
  ['ต่ำมาก', 1], ['ต่ำ', 2], ['ปานกลาง', 3], ['สูง', 4], ['สูงมาก', 5],
  ['बहुत कम', 1], ['निम्न', 2], ['मध्यम', 3], ['उच्च', 4], ['बहुत उच्च', 5],
];

// Likelihood and impact words with their rank on the five-level ladder.
const five: [string, number][] = [
  ['Raro', 1], ['Trascurabile', 1], ['Improbabile', 2], ['Possibile', 3], ['Probabile', 4], ['Quasi certo', 5], ['Catastrofico', 5],
  ['Improvável', 2], ['Possível', 3], ['Provável', 4], ['Quase certo', 5], ['Desprezível', 1],
  ['Zeldzaam', 1], ['Onwaarschijnlijk', 2], ['Mogelijk', 3], ['Waarschijnlijk', 4], ['Bijna zeker', 5], ['Aanzienlijk', 4],
  ['Zanedbateľné', 1], ['Nepravdepodobná', 2], ['Možné', 3], ['Veľký', 4], ['Takmer istá', 5],
  ['Pomijalny', 1], ['Mało prawdopodobne', 2], ['Możliwe', 3], ['Prawdopodobne', 4], ['Prawie pewne', 5], ['Mały', 2], ['Duży', 4],
  ['Neglijabil', 1], ['Puțin probabil', 2], ['Posibil', 3], ['Probabil', 4], ['Aproape sigur', 5],
  ['Elhanyagolható', 1], ['Valószínűtlen', 2], ['Lehetséges', 3], ['Valószínű', 4], ['Szinte biztos', 5],
  ['Önemsiz', 1], ['Hafif', 2], ['Olası', 3], ['Muhtemel', 4], ['Neredeyse kesin', 5], ['Çok ciddi', 5],
  ['Zanemariv', 1], ['Malo vjerojatno', 2], ['Moguće', 3], ['Vjerojatno', 4], ['Gotovo sigurno', 5], ['Verjetno', 4],
  ['Zelo majhna', 1], ['Zanemarljive', 1], ['Manjše', 2], ['Zmerne', 3], ['Velike', 4], ['Zelo velika', 5], ['Katastrofalne', 5],
  ['Sällan', 1], ['Osannolik', 2], ['Möjlig', 3], ['Sannolik', 4], ['Katastrofal', 5],
  ['Usandsynlig', 2], ['Sannsynlig', 4], ['Næsten sikker', 5], ['Epätodennäköinen', 2], ['Mahdollinen', 3], ['Todennäköinen', 4], ['Lähes varma', 5],
  ['まれ', 1], ['軽微', 2], ['起こりうる', 3], ['重大', 4], ['ほぼ確実', 5], ['致命的', 5],
  ['罕见', 1], ['不太可能', 2], ['可能', 3], ['很可能', 4], ['几乎肯定', 5], ['災難性', 5], ['小', 2], ['大', 4],
  ['희박', 1], ['경미', 2], ['가능', 3], ['심각', 4], ['거의 확실', 5],
  ['Hiếm', 1], ['Ít khả năng', 2], ['Có thể', 3], ['Có khả năng', 4], ['Gần như chắc chắn', 5],
  ['Jarang', 1], ['Jarang terjadi', 2], ['Mungkin', 3], ['Kemungkinan besar', 4], ['Hampir pasti', 5], ['Katastropik', 5],
  ['Незначительный', 1], ['Маловероятно', 2], ['Возможно', 3], ['Значительный', 4], ['Почти наверняка', 5], ['Серьезная', 4],
  ['Рідко', 1], ['Малоймовірно', 2], ['Можливо', 3], ['Ймовірно', 4], ['Катастрофічний', 5],
  ['نادر', 1], ['غير محتمل', 2], ['ممكن', 3], ['محتمل', 4], ['شبه مؤكد', 5], ['كارثي', 5],
  ['หายาก', 1], ['ไม่น่าจะเกิดขึ้น', 2], ['อาจเกิดขึ้น', 3], ['รุนแรง', 4], ['เกือบแน่นอน', 5],
  ['दुर्लभ', 1], ['असंभावित', 2], ['संभव', 3], ['संभावित', 4], ['लगभग निश्चित', 5], ['विनाशकारी', 5],
];

describe('more scale words', () => {
  it.each(generic)('%s is rank %i of the generic ladder', (word, expected) => {
    expect(rank(moreGeneric, word)).toBe(expected);
  });

  it.each(five)('%s is rank %i of the five-level ladder', (word, expected) => {
    expect(rank(moreFive, word)).toBe(expected);
  });

  it('has five ranks in each ladder, all folded', () => {
    for (const ladder of [moreGeneric, moreFive]) {
      expect(ladder).toHaveLength(5);
      for (const words of ladder) {
        expect(words.length).toBeGreaterThan(40);
        expect(words.filter((w) => w !== fold(w))).toEqual([]);
      }
    }
  });

  it('puts no folded word on two ranks of one ladder', () => {
    for (const ladder of [moreGeneric, moreFive]) {
      const seen = new Map<string, number>();
      const twice: string[] = [];
      ladder.forEach((words, i) => words.forEach((w) => {
        if (seen.has(w) && seen.get(w) !== i) twice.push(w);
        seen.set(w, i);
      }));
      expect(twice).toEqual([]);
    }
  });

  it('gives a word on both ladders the same rank', () => {
    const clashes = moreGeneric.flatMap((words, i) => words.filter((w) => rank(moreFive, w) !== null && rank(moreFive, w) !== i + 1));
    expect(clashes).toEqual([]);
  });

  it('gives every language words on every rank of both ladders', () => {
    const languages = Object.entries(scaleWordsByLanguage);
    expect(languages.length).toBeGreaterThanOrEqual(23);
    for (const [language, { generic: g, five: f }] of languages) {
      const empty = [...g, ...f].filter((rankWords) => rankWords.split('|').some((w) => fold(w) === ''));
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });
});
