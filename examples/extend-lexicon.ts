/**
 * A downstream user adds their own entries (and overrides one) for one annotator,
 * without touching lintas's files or the defaults other annotators use.
 *
 *   npx tsx examples/extend-lexicon.ts
 */
import { annotate, createAnnotator, type AnnotatedDocument, type LexiconEntry } from '../src/index.js';

const mine: LexiconEntry[] = [
  // A person the default lexicon does not know: found by a rule by default, by id with this entry.
  { id: 'person/tran-thi-lan', type: 'PERSON', names: { vi: ['Trần Thị Lan'], zh: ['陈氏兰'], en: ['Tran Thi Lan'] }, attrs: { country: 'VN', desk: 'defence' }, source: 'my-newsroom' },
  // A place of our own, with its kind.
  { id: 'place/my-port', type: 'PLACE', names: { id: ['Tanjung Emas'], vi: ['cảng Tanjung Emas'] }, attrs: { kind: 'port', country: 'ID' } },
];

const show = (label: string, doc: AnnotatedDocument) =>
  console.log(
    label.padEnd(18),
    doc.annotations.map((a) => (a.type === 'DATE' ? `DATE:${a.text}=${a.value}` : `${a.type}:${a.text} (${a.id}${Object.keys(a.attrs).length ? ' ' + JSON.stringify(a.attrs) : ''})`)).join('  '),
  );

const newsroom = createAnnotator({ lexicons: mine });
const text = 'Bà Trần Thị Lan gặp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội hôm qua.';
show('with my entries:', newsroom.annotate(text, 'vi', { referenceDate: '2024-08-06' }));
show('defaults:', annotate(text, 'vi', { referenceDate: '2024-08-06' }));

// Override a default entry for this annotator only: same id, our own attrs.
const japan = newsroom.lexicon.get('place/jp')!;
const tagged = newsroom.extend([{ ...japan, attrs: { ...japan.attrs, alliance: 'G7' } }]);
show('after override:', tagged.annotate('Nhật Bản', 'vi'));
show('newsroom:', newsroom.annotate('Nhật Bản', 'vi'));
show('defaults:', annotate('Nhật Bản', 'vi'));
