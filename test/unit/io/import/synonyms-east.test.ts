import { describe, expect, it } from 'vitest';
import { fieldCandidates } from '../../../../src/lib/io/import/fields.ts';
import { nameHints } from '../../../../src/lib/io/import/sheet-names.ts';
import type { RecordKind } from '../../../../src/lib/io/import/types.ts';
import { headerCases } from './header-cases.ts';

/** The best candidate, when it is confident enough to be taken. */
const best = (kind: RecordKind, header: string) => {
  const top = fieldCandidates(kind, header)[0];
  return top && top.confidence >= 0.6 ? top.field : undefined;
};

// Headers as practitioners write them, by language (synonyms-east*.ts). Japanese, Chinese and Thai
// headers are written as they are, without spaces: the importer splits them into known words.
const risks: [string, string][] = [
  // Japanese
  ['重要度', 'level'], ['対象システム', 'asset'], ['当前策略', 'controls'], ['緩和策', 'controls'], ['缓解措施', 'controls'], ['严重度', 'impact'], ['级', 'level'], ['责任', 'owner'], ['Проблема', 'title'],
  ['リスクID', 'id'], ['管理番号', 'id'], ['リスク名', 'title'], ['リスク内容', 'title'], ['リスクの説明', 'description'], ['情報資産', 'asset'],
  ['対象資産', 'asset'], ['脅威', 'threat'], ['脆弱性', 'vulnerability'], ['リスク所有者', 'owner'], ['リスクオーナー', 'owner'], ['責任者', 'owner'],
  ['リスク対応', 'treatment'], ['対応方針', 'treatment'], ['既存の管理策', 'controls'], ['対策内容', 'controls'], ['状況', 'status'],
  ['次回見直し日', 'reviewDate'], ['備考', 'notes'], ['発生可能性', 'likelihood'], ['影響度', 'impact'], ['リスク値', 'score'],
  ['リスクレベル', 'level'], ['残留リスク', 'residualLevel'], ['対策後の発生可能性', 'residualLikelihood'], ['固有リスク値', 'score'],
  // Chinese (Simplified and Traditional)
  ['风险编号', 'id'], ['序号', 'id'], ['风险名称', 'title'], ['风险描述', 'description'], ['资产名称', 'asset'], ['威胁', 'threat'],
  ['脆弱性', 'vulnerability'], ['风险责任人', 'owner'], ['负责人', 'owner'], ['风险处置方式', 'treatment'], ['现有控制措施', 'controls'], ['緩解策略', 'controls'], ['缓解策略', 'controls'],
  ['状态', 'status'], ['下次评审日期', 'reviewDate'], ['备注', 'notes'], ['发生可能性', 'likelihood'], ['影响程度', 'impact'], ['风险值', 'score'],
  ['风险等级', 'level'], ['残余风险', 'residualLevel'], ['残余风险等级', 'residualLevel'], ['風險編號', 'id'], ['風險擁有者', 'owner'],
  ['發生機率', 'likelihood'], ['衝擊程度', 'impact'], ['風險等級', 'level'], ['殘餘風險值', 'residualScore'], ['備註', 'notes'],
  // Korean
  ['위험 ID', 'id'], ['위험번호', 'id'], ['위험명', 'title'], ['위험 설명', 'description'], ['자산명', 'asset'], ['위협', 'threat'],
  ['취약점', 'vulnerability'], ['위험 소유자', 'owner'], ['위험소유자', 'owner'], ['위험 처리 방안', 'treatment'], ['보호대책', 'controls'],
  ['상태', 'status'], ['검토일', 'reviewDate'], ['비고', 'notes'], ['발생 가능성', 'likelihood'], ['영향도', 'impact'], ['위험도', 'score'],
  ['위험 등급', 'level'], ['잔여 위험도', 'residualScore'],
  // Vietnamese
  ['Mã rủi ro', 'id'], ['STT', 'id'], ['Tên rủi ro', 'title'], ['Mô tả rủi ro', 'description'], ['Tài sản', 'asset'], ['Mối đe dọa', 'threat'],
  ['Lỗ hổng', 'vulnerability'], ['Chủ sở hữu rủi ro', 'owner'], ['Phương án xử lý', 'treatment'], ['Biện pháp kiểm soát hiện có', 'controls'],
  ['Trạng thái', 'status'], ['Ngày rà soát', 'reviewDate'], ['Ghi chú', 'notes'], ['Khả năng xảy ra', 'likelihood'], ['Mức độ ảnh hưởng', 'impact'],
  ['Điểm rủi ro', 'score'], ['Mức độ rủi ro', 'level'], ['Rủi ro còn lại', 'residualLevel'],
  // Indonesian and Malay
  ['Kode Risiko', 'id'], ['Nama Risiko', 'title'], ['Peristiwa Risiko', 'title'], ['Deskripsi Risiko', 'description'], ['Aset Terkait', 'asset'],
  ['Ancaman', 'threat'], ['Kerentanan', 'vulnerability'], ['Pemilik Risiko', 'owner'], ['PIC', 'owner'], ['Penanganan Risiko', 'treatment'],
  ['Pengendalian yang Ada', 'controls'], ['Kawalan Sedia Ada', 'controls'], ['Tanggal Tinjauan', 'reviewDate'], ['Keterangan', 'notes'],
  ['Kemungkinan', 'likelihood'], ['Dampak', 'impact'], ['Kesan', 'impact'], ['Skor Risiko', 'score'], ['Tingkat Risiko', 'level'],
  ['Risiko Residual', 'residualLevel'], ['Dampak Setelah Mitigasi', 'residualImpact'],
  // Russian
  ['№ п/п', 'id'], ['Номер риска', 'id'], ['Наименование риска', 'title'], ['Описание риска', 'description'], ['Актив', 'asset'],
  ['Угроза', 'threat'], ['Уязвимость', 'vulnerability'], ['Владелец риска', 'owner'], ['Способ обработки', 'treatment'],
  ['Существующие меры защиты', 'controls'], ['Митигация', 'controls'], ['Меры по смягчению', 'controls'], ['Статус', 'status'], ['Дата пересмотра', 'reviewDate'], ['Примечание', 'notes'],
  ['Вероятность реализации угрозы', 'likelihood'], ['Ущерб', 'impact'], ['Величина риска', 'score'], ['Уровень риска', 'level'],
  ['Остаточный риск', 'residualLevel'], ['Остаточная вероятность', 'residualLikelihood'],
  // Ukrainian
  ['Назва ризику', 'title'], ['Опис ризику', 'description'], ['Загроза', 'threat'], ['Вразливість', 'vulnerability'], ['Власник ризику', 'owner'],
  ['Обробка ризику', 'treatment'], ['Існуючі заходи', 'controls'], ['Дата перегляду', 'reviewDate'], ['Примітки', 'notes'], ['Ймовірність', 'likelihood'],
  ['Вплив', 'impact'], ['Рівень ризику', 'level'], ['Залишковий ризик', 'residualLevel'],
  // Arabic
  ['رقم الخطر', 'id'], ['اسم الخطر', 'title'], ['وصف الخطر', 'description'], ['الأصل', 'asset'], ['التهديد', 'threat'], ['الثغرة', 'vulnerability'],
  ['مالك الخطر', 'owner'], ['معالجة الخطر', 'treatment'], ['الضوابط الحالية', 'controls'], ['الحالة', 'status'], ['تاريخ المراجعة', 'reviewDate'],
  ['ملاحظات', 'notes'], ['الاحتمالية', 'likelihood'], ['الأثر', 'impact'], ['درجة الخطر', 'score'], ['مستوى الخطر', 'level'],
  ['الخطر المتبقي', 'residualLevel'], ['الاحتمالية المتبقية', 'residualLikelihood'],
  // Thai
  ['รหัสความเสี่ยง', 'id'], ['ชื่อความเสี่ยง', 'title'], ['รายละเอียด', 'description'], ['ทรัพย์สิน', 'asset'], ['ภัยคุกคาม', 'threat'],
  ['ช่องโหว่', 'vulnerability'], ['เจ้าของความเสี่ยง', 'owner'], ['ผู้รับผิดชอบ', 'owner'], ['มาตรการควบคุมที่มีอยู่', 'controls'],
  ['สถานะ', 'status'], ['วันที่ทบทวน', 'reviewDate'], ['หมายเหตุ', 'notes'], ['โอกาสที่จะเกิด', 'likelihood'], ['ผลกระทบ', 'impact'],
  ['คะแนนความเสี่ยง', 'score'], ['ระดับความเสี่ยง', 'level'], ['ความเสี่ยงคงเหลือ', 'residualLevel'],
  // Hindi
  ['जोखिम आईडी', 'id'], ['जोखिम का नाम', 'title'], ['जोखिम विवरण', 'description'], ['परिसंपत्ति', 'asset'], ['खतरा', 'threat'],
  ['भेद्यता', 'vulnerability'], ['जोखिम स्वामी', 'owner'], ['जोखिम उपचार', 'treatment'], ['मौजूदा नियंत्रण', 'controls'], ['स्थिति', 'status'],
  ['समीक्षा तिथि', 'reviewDate'], ['टिप्पणी', 'notes'], ['संभावना', 'likelihood'], ['प्रभाव', 'impact'], ['जोखिम स्कोर', 'score'],
  ['जोखिम स्तर', 'level'], ['अवशिष्ट जोखिम', 'residualLevel'],
];

const soa: [string, string][] = [
  ['管理策番号', 'controlId'], ['管理策名', 'controlTitle'], ['適用有無', 'applicable'], ['適用除外の理由', 'justification'], ['実施状況', 'status'],
  ['証跡', 'evidence'], ['控制措施编号', 'controlId'], ['是否适用', 'applicable'], ['不适用理由', 'justification'], ['实施情况', 'status'],
  ['相关文件', 'evidence'], ['佐證資料', 'evidence'], ['통제 항목', 'controlTitle'], ['적용 여부', 'applicable'], ['미적용 사유', 'justification'],
  ['이행 현황', 'status'], ['증적자료', 'evidence'], ['Mã kiểm soát', 'controlId'], ['Lý do loại trừ', 'justification'], ['Áp dụng', 'applicable'],
  ['Nomor Kontrol', 'controlId'], ['Berlaku', 'applicable'], ['Justifikasi', 'justification'], ['Status Implementasi', 'status'],
  ['Dokumen Pendukung', 'evidence'], ['Применимость', 'applicable'], ['Обоснование исключения', 'justification'], ['Статус внедрения', 'status'],
  ['Обґрунтування', 'justification'], ['قابلية التطبيق', 'applicable'], ['مبرر الاستبعاد', 'justification'], ['حالة التطبيق', 'status'],
  ['الشواهد', 'evidence'], ['เหตุผล', 'justification'], ['หลักฐาน', 'evidence'], ['प्रयोज्यता', 'applicable'], ['औचित्य', 'justification'],
  ['कार्यान्वयन स्थिति', 'status'], ['साक्ष्य', 'evidence'],
];

const assets: [string, string][] = [
  ['資産番号', 'id'], ['資産名', 'name'], ['資産の種類', 'type'], ['機密区分', 'classification'], ['资产编号', 'id'], ['资产类别', 'type'],
  ['密级', 'classification'], ['資產擁有者', 'owner'], ['자산번호', 'id'], ['자산 유형', 'type'], ['보안등급', 'classification'],
  ['Loại tài sản', 'type'], ['Chủ sở hữu tài sản', 'owner'], ['Jenis Aset', 'type'], ['Klasifikasi', 'classification'], ['Инвентарный номер', 'id'],
  ['Гриф', 'classification'], ['Власник активу', 'owner'], ['نوع الأصل', 'type'], ['مستوى السرية', 'classification'], ['ชั้นความลับ', 'classification'],
  ['ประเภททรัพย์สิน', 'type'], ['परिसंपत्ति का नाम', 'name'], ['वर्गीकरण', 'classification'],
];

const plan: [string, string][] = [
  ['対象リスク', 'riskId'], ['対応策', 'action'], ['担当者', 'owner'], ['完了予定日', 'dueDate'], ['進捗状況', 'status'], ['关联风险', 'riskId'],
  ['整改措施', 'action'], ['执行人', 'owner'], ['计划完成时间', 'dueDate'], ['完成情况', 'status'], ['조치 내용', 'action'], ['완료 예정일', 'dueDate'],
  ['Thời hạn', 'dueDate'], ['Người thực hiện', 'owner'], ['Rencana Tindak Lanjut', 'action'], ['Tenggat Waktu', 'dueDate'], ['Мероприятие', 'action'],
  ['Срок исполнения', 'dueDate'], ['Відповідальний виконавець', 'owner'], ['الإجراء المطلوب', 'action'], ['تاريخ الاستحقاق', 'dueDate'],
  ['กำหนดแล้วเสร็จ', 'dueDate'], ['ความคืบหน้า', 'status'], ['कार्रवाई', 'action'], ['लक्ष्य तिथि', 'dueDate'],
];

const cases = headerCases({ risks, soa, assets, 'treatment-plan': plan });

describe('the header vocabulary of Asian and Eastern European registers', () => {
  it('covers many headers across kinds and languages', () => expect(cases.length).toBeGreaterThanOrEqual(120));
  it.each(cases)('%s %j → %s', (kind, header, field) => expect(best(kind, header)).toBe(field));
});

// Headers of another column (department, cost, category, budget…) that must not be taken for a field.
const negatives: [RecordKind, string][] = [
  ['risks', '部署'], ['risks', 'コスト'], ['risks', '予算'], ['risks', '部门'], ['risks', '成本'], ['risks', '费用'], ['risks', '부서'],
  ['risks', '비용'], ['risks', 'Chi phí'], ['risks', 'Phòng ban'], ['risks', 'Biaya'], ['risks', 'Anggaran'], ['risks', 'Стоимость'],
  ['risks', 'Отдел'], ['risks', 'Бюджет'], ['risks', 'Вартість'], ['risks', 'التكلفة'], ['risks', 'القسم'], ['risks', 'งบประมาณ'],
  ['risks', 'लागत'], ['risks', 'विभाग'], ['risks', '機密性'], ['soa', '章'], ['soa', 'Глава'], ['assets', '購入日'], ['assets', 'Стоимость'],
  ['treatment-plan', '予算'], ['treatment-plan', '优先级'], ['treatment-plan', 'Приоритет'], ['treatment-plan', 'Biaya'],
];

describe('headers the vocabulary must not take for a field', () => {
  it('lists enough of them', () => expect(negatives.length).toBeGreaterThanOrEqual(15));
  it.each(negatives)('%s %j maps to nothing', (kind, header) => {
    expect(fieldCandidates(kind, header)[0]?.confidence ?? 0).toBeLessThan(0.6);
  });
});

describe('sheet and file names', () => {
  const names: [string, string][] = [
    ['リスク台帳', 'risks'], ['情報資産台帳', 'assets'], ['適用宣言書', 'soa'], ['リスク対応計画', 'treatment-plan'],
    ['风险评估表', 'risks'], ['资产清单', 'assets'], ['适用性声明', 'soa'], ['风险处置计划', 'treatment-plan'], ['資產清冊', 'assets'],
    ['위험평가', 'risks'], ['자산 목록', 'assets'], ['적용성 보고서', 'soa'], ['위험처리계획', 'treatment-plan'],
    ['Đánh giá rủi ro', 'risks'], ['Tuyên bố áp dụng', 'soa'], ['Daftar Risiko', 'risks'], ['Rencana Tindak Lanjut', 'treatment-plan'],
    ['Реестр рисков', 'risks'], ['Реестр активов', 'assets'], ['План обработки рисков', 'treatment-plan'], ['Реєстр ризиків', 'risks'],
    ['سجل المخاطر', 'risks'], ['بيان قابلية التطبيق', 'soa'], ['ทะเบียนความเสี่ยง', 'risks'], ['जोखिम रजिस्टर', 'risks'],
  ];
  it.each(names)('%j hints %s', (name, kind) => {
    const hints = [...nameHints(name)].filter(([k]) => k !== 'other').sort((a, b) => b[1] - a[1]);
    expect(hints[0]?.[0]).toBe(kind);
  });
  it.each(['凡例', '記入例', '填写说明', '범례', 'Hướng dẫn', 'Petunjuk Pengisian', 'Инструкция', 'Легенда', 'التعليمات', 'สารบัญ', 'सारांश'])(
    '%j is a sheet of another kind',
    (name) => expect(nameHints(name).get('other')).toBeLessThan(0),
  );
});
