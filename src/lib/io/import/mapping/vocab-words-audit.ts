/**
 * Words for the app's fixed values that an audit of the vocabulary found unread: practitioners' usual words in 22 languages,
 * written down value by value without sight of the importer and each run through `recognise`; these are the ones it read as
 * nothing. Same form as vocab-words.ts (app value → language → words, "|" between them; written as registers write them, the
 * caller folds them; Welsh, Lithuanian, Swahili and Filipino added with synonyms-regional.ts). Left out on purpose: single letters, "pending" (planned or not yet implemented?), "ongoing" and "treated"
 * for a risk (vocab.ts reads those as in treatment and monitoring), and words of several meanings ("一般", "Özel", "Terbatas").
 */
import type { WordTable } from './vocab-words.ts';

export const auditWords = {
  soaStatus: {
    // (Not the words of a task done, "Klar", "Valmis", "Selesai", "完了": a to-do list's states, as "Done" is in English.)
    implemented: { sv: 'genomförd', no: 'gjennomført', da: 'gennemført', pl: 'wdrożono|zrealizowane', ja: '実装済', ko: '적용 완료', id: 'terimplementasi' },
    partially_implemented: {
      sv: 'under införande', no: 'under innføring', da: 'under implementering', pl: 'wdrożone częściowo', ja: '一部実施済', ko: '일부 이행|일부 적용',
      zh: '部分完成', id: 'parsial', vi: 'áp dụng một phần', ru: 'внедрено частично',
    },
    planned: {
      sk: 'v pláne', hu: 'tervezés alatt', zht: '計畫中|預計實施', id: 'dalam rencana|rencana', vi: 'đang lên kế hoạch', ru: 'в планах|планируется внедрение',
      uk: 'у планах', it: 'in pianificazione',
    },
    not_implemented: { sv: 'ej införd|inte införd', hu: 'nem megvalósított', ro: 'nerealizat', ko: '미적용|미흡', zht: '尚未實施', id: 'belum terimplementasi' },
  },
  riskStatus: {
    assessed: { cy: 'agored', lt: 'atvira|atviras', sw: 'wazi|iko wazi', tl: 'bukas', hu: 'nyitva', ja: '未対応|未完了', ko: '미조치', zh: '未处置', zht: '未結案', id: 'belum selesai', vi: 'chưa xử lý|chưa đóng', pt: 'em aberto' },
    closed: { cy: 'ar gau|wedi cau', lt: 'uždaryta|uždarytas', sw: 'imefungwa', tl: 'sarado', sk: 'uzatvorené', tr: 'kapandı', ja: '対応済', ko: '조치 완료|해결', zht: '已結案|結案|已解除', vi: 'đã xử lý', ru: 'закрытый|снят' },
  },
  actionStatus: {
    planned: {
      pl: 'do realizacji', cs: 'k řešení', hu: 'nem kezdődött el', tr: 'başlanmadı|beklemede', ja: '未対応', ko: '착수 전', zh: '未启动', zht: '尚未執行',
      id: 'belum dilaksanakan', vi: 'chưa thực hiện|mở', pt: 'a iniciar|em aberto', es: 'por iniciar',
    },
    in_progress: { cy: 'ar waith|ar y gweill', lt: 'vykdoma', sw: 'inaendelea', tl: 'isinasagawa', zht: '辦理中', id: 'proses|on progress', uk: 'у процесі' },
    done: { cy: 'wedi cwblhau|cwblhawyd', lt: 'įvykdyta|atlikta', sw: 'imekamilika', tl: 'tapos na|natapos', ro: 'îndeplinit', tr: 'kapandı', ja: '対応済|実施済', zht: '已結案', id: 'sudah dilaksanakan', vi: 'đã thực hiện', ru: 'исполнено' },
  },
  classification: {
    public: {
      fi: 'julkinen tieto', ko: '외부 공개|일반 공개', zh: '公开级', zht: '公開資訊', id: 'terbuka', vi: 'công cộng', ru: 'открытая информация', uk: 'відкрита інформація',
      it: 'uso pubblico', pt: 'ostensiva', es: 'uso público',
    },
    internal: { cs: 'pro interní potřebu', hu: 'belső használatú', ja: '社内限|社内限定|社内用', ko: '사내용', zht: '限閱', ru: 'для служебного пользования|дсп', uk: 'для службового користування|дск' },
    confidential: {
      nl: 'departementaal vertrouwelijk', fi: 'luottamuksellinen tieto', sk: 'dôverná', ja: '機密', zh: '机密', zht: '機密', id: 'konfidensial', vi: 'bí mật',
      ru: 'коммерческая тайна', uk: 'комерційна таємниця', it: 'riservato|riservata', pt: 'reservada|sigilosa', es: 'reservado',
    },
    restricted: {
      sv: 'mycket känslig', no: 'strengt konfidensiell', da: 'yderst fortrolig', fi: 'salassa pidettävä', pl: 'tajemnica przedsiębiorstwa', cs: 'přísně důvěrná',
      sk: 'prísne dôverná', ro: 'secret de serviciu', tr: 'kişiye özel', ja: '最高機密', ko: '1급 비밀|최고 기밀', zh: '核心机密|高度机密', zht: '絕對機密',
      id: 'sangat terbatas', ru: 'совершенно секретно', uk: 'цілком таємно|таємна', it: 'riservatissimo', pt: 'secreta|ultrassecreta',
    },
  },
  applicable: { yes: { id: 'diterapkan' }, no: { da: 'fravalgt', sk: 'nerelevantné', zh: '删减' } },
  treatment: {
    modify: { ga: 'maolú|laghdú', af: 'verminder|versag|behandel', cy: 'lleihau|lliniaru', lt: 'mažinti|mažinimas', sw: 'punguza|kupunguza', tl: 'bawasan', nl: 'beheersen', no: 'reduser', da: 'mitigere', fi: 'pienennä', hu: 'kockázatcsökkentés', ro: 'diminuare', tr: 'risk azaltma', zh: '风险缓解', zht: '風險減緩|風險修改', vi: 'giảm' },
    retain: { ga: 'glacadh|glac', af: 'aanvaar|aanvaarding', cy: 'derbyn|goddef', lt: 'priimti|priėmimas', sw: 'kubali|kukubali', tl: 'tanggapin', sv: 'godta', no: 'aksepter|godta', fi: 'hyväksy', pl: 'zachowanie|akceptowanie', sk: 'akceptovanie', zh: '风险保留', zht: '風險保留' },
    avoid: {
      ga: 'seachaint|seachain', af: 'vermy|vermyding', cy: 'osgoi', lt: 'vengti|išvengimas', sw: 'epuka|kuepuka', tl: 'iwasan', nl: 'ontwijken', sv: 'undvik|eliminera', no: 'eliminere', da: 'eliminere', fi: 'vältä|poistaminen', cs: 'vyhnutí se|vyloučení', sk: 'vylúčenie', tr: 'riskten kaçınma',
      zh: '风险规避|风险避免', zht: '風險避免|風險規避', uk: 'уникнення ризику',
    },
    share: { ga: 'aistriú|aistrigh', af: 'oordra|oordrag', cy: 'trosglwyddo', lt: 'perduoti|perdavimas', sw: 'hamisha|kuhamisha', tl: 'ilipat', sv: 'överför', no: 'overfør', da: 'overfør', fi: 'siirrä', ko: '위험 이전', zh: '风险分担', zht: '風險分擔', id: 'mengalihkan' },
  },
} satisfies Partial<Record<string, WordTable>>;
