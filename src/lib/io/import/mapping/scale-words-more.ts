/**
 * Rating words of registers written in Japanese, Chinese (Simplified and Traditional), Korean,
 * Vietnamese, Indonesian and Malay, Russian, Ukrainian, Arabic, Thai, Hindi and Persian, ranked; merged by
 * scale-words.ts, which tells the ranks and conventions. Same notation: five strings per ladder,
 * lowest rank first, "|" between the words of a rank, written as registers write them.
 *
 * Japanese, Chinese and Korean sheets often rate on three words (低/中/高, 小/中/大, 하/중/상): 低 and
 * 高 are generic ranks 2 and 4, 小 and 大 impact words of FIVE (2 and 4), like the European small/big.
 * Korean is listed spaced and run together ("매우 낮음", "매우낮음"). Folding drops Thai and Hindi
 * vowel and tone marks and Japanese voicing marks; no two words here fold alike at different ranks.
 */
import type { RankWords } from './scale-words.ts';

export const eastScaleRanks: Record<string, RankWords> = {
  japanese: {
    generic: ['非常に低い|極めて低い|きわめて低い|とても低い|極低', '低|低い', '中|中程度|中位|中間|普通', '高|高い', '非常に高い|極めて高い|きわめて高い|とても高い|極高'],
    five: ['まれ|稀|ほとんどない|ほとんど起こらない|極小|無視できる', '起こりにくい|可能性が低い|小|小さい|軽微|軽度', '時々|可能性あり|起こりうる|起こり得る',
      '可能性が高い|起こりやすい|大|大きい|重大|深刻|重度', 'ほぼ確実|確実|頻繁|極大|特大|甚大|致命的|壊滅的|非常に大きい'],
  },
  // Simplified and Traditional; 極 and 大 words are shared with Japanese at the same ranks.
  chinese: {
    generic: ['很低|极低|非常低|極低', '低|较低|較低|偏低', '中|中等|中度|一般|适中|適中', '高|较高|較高|偏高', '很高|极高|非常高|極高'],
    five: ['罕见|罕見|极少|極少|几乎不可能|幾乎不可能|可忽略|可忽略不计|可忽略不計|微不足道|很轻微|很輕微|极小|極小|很小',
      '不太可能|不大可能|可能性低|轻微|輕微|小|较小|較小', '可能|有可能|偶尔|偶爾',
      '很可能|可能性高|大|较大|較大|重大|严重|嚴重',
      '几乎肯定|幾乎肯定|几乎确定|幾乎確定|极有可能|極有可能|非常可能|频繁|頻繁|灾难性|災難性|很严重|很嚴重|非常严重|非常嚴重|极严重|極嚴重|特别严重|特別嚴重|很大|极大|極大'],
  },
  korean: {
    generic: ['매우 낮음|아주 낮음|매우낮음|아주낮음', '낮음|하', '보통|중간|중', '높음|상', '매우 높음|아주 높음|매우높음|아주높음'],
    five: ['희박|거의 없음|거의없음|드묾|매우 드묾|무시 가능|무시가능|미미|미미함', '가능성 낮음|가능성낮음|경미|경미함|소|작음',
      '가능|가능성 있음|가능성있음', '가능성 높음|가능성높음|대|큼|심각|심각함|중대|중대함',
      '거의 확실|거의확실|거의 확실함|확실|매우 심각|매우심각|치명적|재앙적|매우 큼'],
  },
  vietnamese: {
    generic: ['rất thấp', 'thấp', 'trung bình|vừa phải', 'cao', 'rất cao|cực kỳ cao|cực cao'],
    five: ['hiếm|hiếm khi|rất hiếm|không đáng kể|rất nhỏ', 'ít khả năng|ít có khả năng|khó xảy ra|nhỏ', 'có thể|có thể xảy ra|vừa phải',
      'có khả năng|có khả năng xảy ra|lớn|đáng kể|nghiêm trọng',
      'rất có khả năng|gần như chắc chắn|chắc chắn|rất lớn|rất nghiêm trọng|đặc biệt nghiêm trọng|cực kỳ nghiêm trọng|thảm họa|thảm khốc'],
  },
  // Indonesian and Malay. "Jarang terjadi" is rank 2 of the Indonesian public-sector likelihood
  // ladder (hampir tidak terjadi, jarang terjadi, kadang-kadang, sering, hampir pasti terjadi).
  indonesianMalay: {
    generic: ['sangat rendah|amat rendah', 'rendah', 'sedang|menengah|sederhana|moderat', 'tinggi', 'sangat tinggi|amat tinggi|kritis|kritikal|ekstrem|ekstrim'],
    five: ['jarang|sangat jarang|hampir tidak terjadi|tidak signifikan|dapat diabaikan|boleh diabaikan|sangat kecil',
      'jarang terjadi|tidak mungkin|kemungkinan kecil|kecil|minor|ringan',
      'mungkin|mungkin terjadi|kadang-kadang|kadang kadang|kadang-kadang terjadi|kadang kadang terjadi|moderat',
      'kemungkinan besar|berkemungkinan|sering|sering terjadi|besar|signifikan|mayor|berat|serius|ketara|parah',
      'hampir pasti|hampir pasti terjadi|pasti|sangat mungkin|sangat sering|sangat besar|sangat signifikan|sangat berat|sangat parah|katastropik|katastrofik|bencana|malapetaka'],
  },
  russian: {
    generic: ['очень низкий|очень низкая|очень низкое|крайне низкий|крайне низкая|крайне низкое', 'низкий|низкая|низкое',
      'средний|средняя|среднее|умеренный|умеренная|умеренное', 'высокий|высокая|высокое',
      'очень высокий|очень высокая|очень высокое|крайне высокий|крайне высокая|крайне высокое|критический|критическая|критическое|критичный|критичная|критичное'],
    five: ['редко|редкий|редкая|редкое|очень редко|крайне маловероятно|незначительный|незначительная|незначительное|несущественный|несущественная|несущественное|минимальный|минимальная|минимальное',
      'маловероятно|маловероятный|маловероятная|маловероятное|малый|малая|малое|небольшой|небольшая|небольшое',
      'возможно|возможный|возможная|возможное|умеренный|умеренная|умеренное',
      'вероятно|вероятный|вероятная|вероятное|значительный|значительная|значительное|существенный|существенная|существенное|серьёзный|серьёзная|серьёзное|крупный|крупная|крупное',
      'почти наверняка|почти неизбежно|весьма вероятно|очень вероятно|катастрофический|катастрофическая|катастрофическое'],
  },
  ukrainian: {
    generic: ['дуже низький|дуже низька|дуже низьке', 'низький|низька|низьке', 'середній|середня|середнє|помірний|помірна|помірне', 'високий|висока|високе',
      'дуже високий|дуже висока|дуже високе|критичний|критична|критичне'],
    five: ['рідко|рідкісний|рідкісна|рідкісне|незначний|незначна|незначне|несуттєвий|несуттєва|несуттєве|мінімальний|мінімальна|мінімальне',
      'малоймовірно|малоймовірний|малоймовірна|малоймовірне|малий|мала|мале|невеликий|невелика|невелике',
      'можливо|можливий|можлива|можливе|помірний|помірна|помірне',
      'ймовірно|імовірно|ймовірний|ймовірна|ймовірне|значний|значна|значне|суттєвий|суттєва|суттєве|серйозний|серйозна|серйозне|істотний|істотна|істотне',
      'майже напевно|майже неминуче|дуже ймовірно|катастрофічний|катастрофічна|катастрофічне'],
  },
  // Masculine and feminine; "جداً" with its tanween folds to "جدا".
  arabic: {
    generic: ['منخفض جدا|منخفضة جدا|ضعيف جدا|ضعيفة جدا|متدني جدا', 'منخفض|منخفضة|ضعيف|ضعيفة|متدني|متدنية', 'متوسط|متوسطة|معتدل|معتدلة',
      'مرتفع|مرتفعة|عالي|عال|عالية', 'مرتفع جدا|مرتفعة جدا|عالي جدا|عالية جدا|حرج|حرجة'],
    five: ['نادر|نادرة|نادر الحدوث|نادر جدا|ضئيل|ضئيلة|لا يذكر|غير مهم', 'غير محتمل|غير مرجح|طفيف|طفيفة|بسيط|بسيطة|صغير|صغيرة|محدود|محدودة',
      'ممكن|ممكنة|معتدل|معتدلة', 'محتمل|محتملة|مرجح|مرجحة|كبير|كبيرة|جسيم|جسيمة|خطير|خطيرة|شديد|شديدة',
      'شبه مؤكد|شبه مؤكدة|مؤكد تقريبا|مؤكد|محتمل جدا|مرجح جدا|كارثي|كارثية|خطير جدا|شديد جدا|كبير جدا'],
  },
  // Thai rates likelihood and impact alike on น้อย (little) and มาก (much) as well as ต่ำ/สูง.
  thai: {
    generic: ['ต่ำมาก|น้อยมาก|น้อยที่สุด|ต่ำที่สุด', 'ต่ำ|น้อย', 'ปานกลาง|กลาง', 'สูง|มาก', 'สูงมาก|มากที่สุด|สูงที่สุด|วิกฤต|วิกฤติ'],
    five: ['หายาก|แทบไม่เกิดขึ้น|ไม่มีนัยสำคัญ', 'ไม่น่าจะเกิด|ไม่น่าจะเกิดขึ้น|เล็กน้อย', 'อาจเกิดขึ้น|เป็นไปได้',
      'น่าจะเกิด|น่าจะเกิดขึ้น|รุนแรง|ร้ายแรง|มีนัยสำคัญ', 'เกือบแน่นอน|แทบจะแน่นอน|แน่นอน|รุนแรงมาก|ร้ายแรงมาก|รุนแรงที่สุด|หายนะ'],
  },
  hindi: {
    generic: ['बहुत कम|बहुत निम्न|अति निम्न|अत्यंत कम', 'कम|निम्न', 'मध्यम', 'उच्च|अधिक', 'बहुत उच्च|बहुत अधिक|अति उच्च|अत्यंत उच्च|अत्यधिक'],
    five: ['दुर्लभ|नगण्य|बहुत असंभावित', 'असंभावित|असंभाव्य|मामूली|छोटा', 'संभव', 'संभावित|संभाव्य|गंभीर|महत्वपूर्ण|प्रमुख|बड़ा',
      'लगभग निश्चित|निश्चित|बहुत संभावित|अत्यधिक संभावित|विनाशकारी|भयावह|अति गंभीर|बहुत गंभीर'],
  },
  // Persian rates on کم/متوسط/زیاد (little, medium, much) or پایین/متوسط/بالا (low, medium, high),
  // with خیلی or بسیار (very). کوچک and بزرگ (small, big) are impact words of FIVE, like minor and
  // major. Folding reads Arabic letters as Persian ones, so a word both languages write (متوسط،
  // محتمل، ممکن، نادر، شدید، ضعیف) is at the Arabic rank; the non-joiner is a space (خیلی کم).
  persian: {
    generic: ['خیلی کم|بسیار کم|خیلی پایین|بسیار پایین|خیلی ضعیف|بسیار ضعیف', 'کم|پایین|ضعیف|اندک', 'متوسط|میانه',
      'زیاد|بالا', 'خیلی زیاد|بسیار زیاد|خیلی بالا|بسیار بالا|بحرانی|بسیار بحرانی'],
    five: ['نادر|بسیار نادر|به ندرت|خیلی بعید|بسیار بعید|ناچیز|بسیار ناچیز|قابل چشم پوشی|قابل چشمپوشی|بی اهمیت|بیاهمیت|غیر مهم',
      'بعید|غیر محتمل|غیرمحتمل|نامحتمل|کم احتمال|کوچک|خفیف|اندک|کم اهمیت', 'ممکن|امکان پذیر|امکانپذیر|گاهی|گاه به گاه|گاهگاهی',
      'محتمل|به احتمال زیاد|احتمال زیاد|بزرگ|عمده|جدی|شدید|قابل توجه|قابل ملاحظه|مهم',
      'تقریبا قطعی|تقریبا حتمی|قطعی|حتمی|بسیار محتمل|خیلی محتمل|مکرر|فاجعه بار|فاجعهبار|فاجعه آمیز|مصیبت بار|ویرانگر|خیلی شدید|بسیار شدید|بسیار جدی|بسیار بزرگ'],
  },
};
