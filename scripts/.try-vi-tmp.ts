import { annotate } from '/work/main/src/index.js';
const texts = process.argv.slice(2).length ? process.argv.slice(2) : [
  'Thiếu tướng Phạm Văn Hùng, Tư lệnh Lực lượng Phòng không cho biết.',
  'Đại tá Lê Minh Tuấn, Chính ủy Vùng Hải quân 2, phát biểu.',
  'Tư lệnh Cảnh sát biển Trung tướng Đỗ Văn Khánh đã dự lễ.',
  'Tư lệnh Vùng Cảnh sát biển 1 Đại tá Trần Quốc Bảo chủ trì.',
  'Giám đốc Công an tỉnh Nghệ An Đại tá Võ Đình Long báo cáo.',
  'Chỉ huy trưởng Bộ đội Biên phòng tỉnh Kiên Giang Đại tá Ngô Thanh Sơn cho biết.',
  'Giám đốc Học viện Quốc phòng Trung tướng Lương Quốc Hưng phát biểu.',
  'Bộ trưởng Bộ Hàng hải và Nghề cá Indonesia Susi Pudjiastuti nói.',
  'Đại diện Bộ Ngoại giao và Thương mại Australia cho biết.',
  'Bộ Năng lượng và Tài nguyên khoáng sản Indonesia công bố.',
  'Bộ Nông nghiệp Philippines và Bộ Giao thông vận tải Nhật Bản ký kết.',
  'Bộ Chính trị đã họp. Bộ Tư lệnh Hải quân Mỹ cho biết. Bộ đội Biên phòng tuần tra.',
  'Lễ diễn ra lúc 9h30 sáng mai (18/6) tại Hà Nội. Cuộc họp bắt đầu 10 giờ sáng nay.',
  'Hà Nội (TTXVN 17/6) - Hôm nay. Mátxcơva (VOV 17/6) - Đại. Hà Nội (QĐND Online, 17/6) - Sáng.',
  'Tàu đi qua khu vực Nam Thái Bình Dương và Đông Nam Á, vùng đồng bằng sông Cửu Long.',
];
for (const t of texts) {
  const a = annotate(t, 'vi', { referenceDate: '2013-06-17' }).annotations;
  console.log(t);
  for (const x of a) console.log('   ', x.type, JSON.stringify(x.text), x.type === 'DATE' ? `${(x as any).value} ${(x as any).grain}` : '');
}
