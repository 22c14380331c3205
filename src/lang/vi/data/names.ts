/**
 * Word lists the Vietnamese rules read: titles and roles before a name, the common family names,
 * ministry portfolios and place type words. All written in new-style tone placement (the text is
 * folded to it before rules run); matched case-insensitively unless a rule says otherwise.
 */

/** Titles, ranks, roles and honorifics that stand before a person's name and stay outside it. */
export const TITLES = [
  // military ranks
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đô đốc', 'phó đô đốc', 'chuẩn đô đốc', 'nguyên soái', 'thống chế', 'tướng',
  // government and party
  'bộ trưởng', 'thứ trưởng', 'thủ tướng', 'phó thủ tướng', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch',
  'phó chủ tịch', 'tổng bí thư', 'bí thư', 'ngoại trưởng', 'đại sứ', 'người phát ngôn', 'phát ngôn viên',
  'tổng thống', 'phó tổng thống', 'thị trưởng', 'thống đốc', 'tỉnh trưởng', 'thủ hiến', 'tổng thư ký',
  'chánh văn phòng', 'chủ nhiệm', 'phó chủ nhiệm', 'tư lệnh', 'phó tư lệnh', 'tham mưu trưởng',
  'tổng tham mưu trưởng', 'chính ủy', 'cục trưởng', 'vụ trưởng', 'trưởng ban', 'trưởng đoàn', 'nghị sĩ',
  'thượng nghị sĩ', 'hạ nghị sĩ', 'chủ tịch quốc hội', 'quốc vương', 'nhà vua', 'vua', 'nữ hoàng', 'hoàng tử',
  'công chúa', 'thái tử', 'giám đốc', 'tổng giám đốc', 'đặc phái viên', 'cố vấn', 'trợ lý', 'lãnh đạo',
  'nhà lãnh đạo', 'đồng chí',
  // professions and honorifics
  'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'luật sư', 'bác sĩ', 'gs', 'pgs', 'ts', 'ths',
  'phóng viên', 'nhà báo', 'biên tập viên', 'ông', 'bà', 'ngài', 'anh', 'chị', 'cô',
  // a counterpart: "người đồng cấp Nga Sergei Lavrov"
  'người đồng cấp',
];

/** Words that may stand between a title and the name: "Phó", "cựu", "tân", the portfolio. */
export const TITLE_PREFIXES = ['phó', 'cựu', 'tân', 'nguyên', 'quyền'];

/** Ministry portfolios, as written after "Bộ" (and after a minister's title). */
export const PORTFOLIOS = [
  'quốc phòng', 'ngoại giao', 'công an', 'nội vụ', 'tài chính', 'công thương', 'tư pháp', 'thống nhất',
  'kế hoạch và đầu tư', 'y tế', 'giáo dục và đào tạo', 'giáo dục', 'giao thông vận tải', 'giao thông', 'xây dựng',
  'lao động - thương binh và xã hội', 'lao động, thương binh và xã hội', 'lao động', 'nông nghiệp và phát triển nông thôn',
  'nông nghiệp và môi trường', 'nông nghiệp', 'tài nguyên và môi trường', 'khoa học và công nghệ', 'thông tin và truyền thông',
  'văn hóa, thể thao và du lịch', 'văn hóa', 'ngoại thương', 'kinh tế', 'thương mại', 'năng lượng', 'an ninh nội địa',
  'an ninh quốc gia', 'an ninh', 'quốc phòng và cựu chiến binh', 'dân tộc và tôn giáo', 'hải dương và thủy sản',
  'đất đai, hạ tầng, giao thông và du lịch', 'kinh tế, thương mại và công nghiệp', 'ngoại giao và thương mại',
  'hàng hải và nghề cá', 'hàng hải', 'nghề cá', 'thủy sản', 'du lịch', 'công nghiệp', 'công nghiệp và thương mại',
  'năng lượng và khoáng sản', 'tài nguyên thiên nhiên', 'môi trường', 'lao động và việc làm', 'giao thông vận tải và thông tin',
  'thông tin', 'truyền thông', 'kế hoạch', 'đầu tư', 'phát triển nông thôn', 'lâm nghiệp', 'nông nghiệp và lâm nghiệp',
  'giao thông, xây dựng và quy hoạch', 'nhà đất, quy hoạch và phát triển đô thị', 'y tế và phúc lợi', 'y tế, lao động và phúc lợi',
];

/**
 * Head words of organisations (military units, police, schools, agencies, firms, media). Written
 * with a capital after a title, they open the body the title belongs to, not a person's name:
 * "Tư lệnh Vùng Cảnh sát biển 2", "Giám đốc Công an tỉnh …", "Chỉ huy trưởng Bộ đội Biên phòng …".
 */
export const ORG_HEADS = [
  'lực lượng', 'cảnh sát', 'cảnh sát biển', 'bộ đội', 'bộ đội biên phòng', 'quân đội', 'hải quân', 'không quân', 'lục quân',
  'quân chủng', 'binh chủng', 'binh đoàn', 'quân đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'hạm đội', 'hải đoàn',
  'hải đội', 'vùng', 'quân khu', 'bộ tư lệnh', 'bộ chỉ huy', 'bộ tổng tham mưu', 'tổng cục', 'cục', 'học viện', 'trường',
  'viện', 'ban', 'ủy ban', 'sở', 'công an', 'đảng ủy', 'đảng bộ', 'hội đồng', 'tập đoàn', 'tổng công ty', 'công ty', 'ngân hàng',
  'báo', 'đài', 'thông tấn xã', 'tòa án', 'viện kiểm sát', 'văn phòng', 'trung tâm', 'bệnh viện', 'đại học', 'kiểm ngư',
  'biên phòng', 'dân quân', 'tỉnh đội', 'thành đội', 'bộ chỉ huy quân sự', 'liên đoàn', 'hiệp hội', 'hội', 'mặt trận',
  'đội', 'chi cục', 'cảng vụ', 'hãng', 'cơ quan', 'ủy ban nhân dân', 'hội đồng nhân dân', 'tỉnh ủy', 'thành ủy',
];

/** Syllables barred from opening a name that are still common inside a Vietnamese full name (Trần Quốc Bảo). */
export const NAME_INSIDE = ['Quốc', 'Đại', 'Hải', 'Công', 'Thông', 'Chính', 'Liên', 'Hiệp', 'Quân', 'Trường', 'Năm', 'Nhà', 'Hội', 'Trung', 'Học'];

/** Bodies named after a title that are not part of the name: "Chánh văn phòng Nội các Nhật Bản Yukio Edano". */
export const TITLE_ORGS = ['nội các', 'quốc hội', 'nhà trắng', 'liên hợp quốc', 'lhq', 'chính phủ', 'trung ương', 'bộ chính trị'];

/** Common Vietnamese family names (the first syllable of a full name). */
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Lương', 'Tô', 'Đinh', 'Trịnh', 'Mai', 'Đào', 'Đoàn', 'Vương', 'Trương', 'Lâm', 'Cao', 'Châu', 'Tạ', 'Hà',
  'Lưu', 'Thái', 'Kiều', 'Quách', 'Tôn', 'Thân', 'Chu', 'Nông', 'Lại', 'Triệu', 'Khổng', 'La', 'Tăng', 'Từ',
];

/** Korean family names in their usual romanisation (Kim Jong-un, Moon Jae-in, Yoon Suk-yeol). */
export const KOREAN_SURNAMES = ['Kim', 'Lee', 'Park', 'Moon', 'Yoon', 'Choi', 'Chung', 'Jung', 'Kang', 'Cho', 'Han', 'Roh', 'Lim', 'Ri', 'Pak', 'Choe', 'Shin', 'Song', 'Hwang', 'Ahn', 'Yoo'];

/** Place type words that stay outside the name (tỉnh Khánh Hòa → Khánh Hòa). */
export const PLACE_TYPES = [
  'tỉnh', 'thành phố', 'tp', 'thủ đô', 'quần đảo', 'đảo', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường',
  'vùng', 'biển', 'eo biển', 'bán đảo', 'sông', 'núi', 'bang', 'tiểu bang', 'châu', 'vịnh', 'hồ', 'cao nguyên',
  'miền', 'khu vực', 'thị trấn', 'làng', 'đặc khu', 'vùng lãnh thổ', 'lãnh thổ', 'hạt', 'quốc gia', 'nước',
  // geographic features (the South China Sea's reefs and shoals among them): đá Ba Đầu → Ba Đầu
  'bãi', 'bãi cạn', 'bãi ngầm', 'bãi đá', 'đá', 'đá ngầm', 'cồn', 'rạn', 'rạn san hô', 'hòn', 'mũi', 'đèo',
  'dãy núi', 'dãy', 'đồi', 'thung lũng', 'sa mạc', 'đồng bằng', 'kênh đào', 'cù lao', 'đầm',
];

/** Feature type words a name written with them in the lexicon still leaves outside (bãi Cỏ Mây → Cỏ Mây). */
export const FEATURE_TYPES_OUTSIDE = ['bãi', 'bãi cạn', 'bãi ngầm', 'bãi đá', 'đá', 'đá ngầm', 'cồn', 'rạn', 'rạn san hô', 'hòn', 'mũi', 'đèo'];

/** Religious titles after which "Đức" is an honorific, not Germany: Đức Giáo hoàng, Đức Phật. */
export const HONORIFIC_DUC = ['giáo hoàng', 'thánh cha', 'thánh', 'phật', 'chúa', 'đạt lai lạt ma', 'đạt lai', 'tổng giám mục', 'giám mục', 'hồng y', 'thượng phụ', 'cha', 'mẹ', 'bà'];

/** Type words a one-syllable name keeps inside its span: châu Á, biển Đông, miền Bắc. */
export const PLACE_TYPES_INSIDE_FOR_ONE_SYLLABLE = ['châu', 'biển', 'miền', 'vùng', 'vịnh'];

/** Capitalised words that open sentences or name months and days, never a person. */
export const NOT_NAME_WORDS = [
  'Tháng', 'Ngày', 'Năm', 'Thứ', 'Chủ', 'Hôm', 'Tuần', 'Quý', 'Tết', 'Bộ', 'Sở', 'Ủy', 'Ban', 'Hội', 'Đảng', 'Nhà',
  'Quân', 'Hải', 'Lục', 'Không', 'Tòa', 'Viện', 'Cục', 'Vụ', 'Trường', 'Công', 'Tổng', 'Đại', 'Liên', 'Hiệp', 'Quốc',
  'Chính', 'Người', 'Hãng', 'Báo', 'Đài', 'Thông', 'Theo', 'Tại', 'Trong', 'Sau', 'Trước', 'Khi', 'Với', 'Và',
  'Nghị', 'Các', 'Những', 'Một', 'Cuộc', 'Vào', 'Điều', 'Tuy', 'Trận', 'Này', 'Đây', 'Đó',
];

/** Credit labels before a reporter's or photographer's name ("Tin, ảnh: …", "Bài và ảnh: …"). */
export const BYLINE_LABELS = [
  'tin', 'bài', 'ảnh', 'tin, ảnh', 'tin và ảnh', 'tin - ảnh', 'tin/ảnh', 'bài, ảnh', 'bài và ảnh', 'bài - ảnh', 'bài/ảnh',
  'bài, ảnh, clip', 'ảnh, clip', 'video', 'clip', 'đồ họa', 'thiết kế', 'trình bày', 'thực hiện', 'biên tập', 'biên dịch',
  'dịch', 'phóng viên', 'nhóm phóng viên', 'pv', 'ghi chép', 'ghi', 'nhóm pv', 'biên tập viên', 'btv', 'chịu trách nhiệm',
];

/** What a reporter's bracket after the name begins with: "(Theo Reuters)", "(P/v TTXVN tại …)". */
export const BYLINE_SOURCE_CUES = [
  'theo', 'p/v', 'pv', 'ptv', 'phóng viên', 'tổng hợp', 'lược dịch', 'biên dịch', 'dịch', 'tổng hợp từ', 'tổng hợp theo', 'nguồn',
];

/** News agencies and media, never a reporter's name after a credit label. */
export const MEDIA_NAMES = [
  'TTXVN', 'VNA', 'VOV', 'VOV.VN', 'VTV', 'VTC', 'QĐND', 'CAND', 'Vietnam+', 'VietnamPlus', 'VnExpress', 'Reuters', 'AFP', 'AP',
  'Kyodo', 'Yonhap', 'Xinhua', 'TASS', 'Sputnik', 'RIA', 'Novosti', 'Bloomberg', 'CNN', 'BBC', 'NHK', 'Bernama', 'Antara',
  'Getty', 'Images', 'EPA', 'Shutterstock', 'Internet', 'Tân Hoa Xã', 'Nhân Dân', 'Tuổi Trẻ', 'Thanh Niên', 'Dân Trí',
  'Zing', 'Vietnamnet', 'Baochinhphu', 'Chinhphu', 'Twitter', 'Facebook', 'Website', 'Wikipedia', 'Nikkei', 'Asahi', 'Yomiuri',
  'Mainichi', 'Jiji', 'Arirang', 'KCNA', 'Interfax', 'PNA', 'Inquirer', 'Guardian', 'Sina', 'Chinanews', 'Tân Hoa',
  'Báo', 'Đài', 'Cổng', 'Nguồn', 'Theo', 'Ảnh', 'Tư liệu', 'Minh họa', 'Đồ họa',
  // words of organisations' names in English credits ("Ảnh: The Straits Times", "Ảnh: US Navy")
  'The', 'Times', 'Post', 'News', 'Press', 'Agency', 'Daily', 'Herald', 'Journal', 'Photo', 'Photos', 'Navy', 'Army', 'Air',
  'Force', 'Forces', 'Ministry', 'Department', 'Office', 'Defense', 'Defence', 'Government', 'Command', 'University',
  'Institute', 'Center', 'Centre', 'Group', 'Media', 'TV', 'Online', 'Network', 'Channel', 'Service', 'Official',
];

/** Page furniture that may stand alone on a line, never a name ("TIN LIÊN QUAN", "XEM THÊM"). */
export const NOT_BYLINE_PHRASES = [
  'tin liên quan', 'xem thêm', 'đọc thêm', 'bình luận', 'chia sẻ', 'tin mới', 'tin mới nhất', 'tin nổi bật', 'tin khác',
  'từ khóa', 'bài viết liên quan', 'video liên quan', 'tin cùng chuyên mục', 'tin cùng chủ đề', 'quay lại', 'về đầu trang',
  'trang chủ', 'thời sự', 'quốc tế', 'thế giới', 'quân sự', 'chính trị', 'kinh tế', 'xã hội', 'quốc phòng', 'an ninh',
];

/** Type words before the name of a ship, aircraft, weapon or base (never a person's name after them). */
export const CRAFT_TYPES = [
  'tàu', 'tàu sân bay', 'hàng không mẫu hạm', 'tàu khu trục', 'khu trục hạm', 'tàu tuần dương', 'tuần dương hạm', 'tàu hộ vệ',
  'tàu hộ tống', 'tàu ngầm', 'tàu đổ bộ', 'tàu chiến', 'chiến hạm', 'tàu tuần tra', 'tàu hải quân', 'tàu huấn luyện',
  'tàu tấn công', 'tàu tiếp tế', 'tàu hải giám', 'tàu hải cảnh', 'tàu cảnh sát biển', 'tàu khảo sát', 'tàu cá', 'soái hạm',
  'tên lửa', 'hệ thống tên lửa', 'tên lửa hành trình', 'tên lửa đạn đạo', 'hệ thống phòng không', 'máy bay', 'máy bay chiến đấu',
  'máy bay ném bom', 'máy bay tiêm kích', 'tiêm kích', 'oanh tạc cơ', 'chiến đấu cơ', 'trực thăng', 'xe tăng', 'pháo',
  'lựu pháo', 'thiết vận xa', 'vệ tinh', 'nhóm tác chiến tàu sân bay', 'căn cứ', 'căn cứ hải quân', 'căn cứ không quân', 'sân bay',
  // border gates and ports are named after their towns ("cửa khẩu Mae Sot", "cảng Port Moresby"), never a person
  'cửa khẩu', 'cửa khẩu quốc tế', 'cảng', 'hải cảng', 'cảng biển',
];

/** Words that open a clause or an organisation's name, never a credited reporter's name. */
export const BYLINE_NOT_NAME = [
  'Theo', 'Tại', 'Trong', 'Sau', 'Trước', 'Khi', 'Với', 'Và', 'Các', 'Những', 'Một', 'Cuộc', 'Vào', 'Điều', 'Tuy', 'Này',
  'Đây', 'Đó', 'Tháng', 'Ngày', 'Năm', 'Thứ', 'Hôm', 'Tuần', 'Quý', 'Bộ', 'Sở', 'Ủy', 'Ban', 'Báo', 'Đài', 'Hãng', 'Người',
  'Tin', 'Bài', 'Ảnh', 'Nguồn', 'Cổng', 'Thông', 'Tạp', 'Viện', 'Cục', 'Tổng', 'Nhà', 'Hội', 'Đảng', 'Quân', 'Trung', 'Học',
];
