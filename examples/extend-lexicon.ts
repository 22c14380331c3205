/**
 * A downstream user adds their own entries (and overrides one) for one annotator,
 * without touching lintas's files or the defaults other annotators use.
 *
 *   npx tsx examples/extend-lexicon.ts
 */
import { annotate, createAnnotator, type LexiconEntry } from '../src/index.js';

const mine: LexiconEntry[] = [
  // A person the default lexicon does not know.
  { id: 'person/tran-thi-lan', type: 'PERSON', names: { vi: ['Trần Thị Lan'], zh: ['陈氏兰'], en: ['Tran Thi Lan'] }, attrs: { country: 'VN' }, source: 'my-newsroom' },
  // A place of our own, with its kind.
  { id: 'place/my-port', type: 'PLACE', names: { id: ['Pelabuhan Tanjung Emas'], en: ['Tanjung Emas'] }, attrs: { kind: 'port', country: 'ID' } },
];

const newsroom = createAnnotator({ lexicons: mine });
const text = 'Bà Trần Thị Lan gặp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội hôm qua.';

const show = (label: string, doc: ReturnType<typeof annotate>) =>
  console.log(label, doc.annotations.map((a) => `${a.type}:${a.text}${a.type === 'DATE' ? '=' + a.value : ''}`).join('  '));

show('with my entries: ', newsroom.annotate(text, 'vi', { referenceDate: '2024-08-06' }));
show('defaults:        ', annotate(text, 'vi', { referenceDate: '2024-08-06' }));

// Override one entry for this annotator only: same id, new names.
const renamed = newsroom.extend([{ id: 'person/tran-thi-lan', type: 'PERSON', names: { vi: ['Trần Thị Lan', 'Lan'] } }]);
show('after override:  ', renamed.annotate('Bà Lan nói.', 'vi'));
show('newsroom:        ', newsroom.annotate('Bà Lan nói.', 'vi'));
