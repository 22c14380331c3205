/** Character inventories for Chinese person-name rules. */

/** Common Chinese single-character surnames (incl. Vietnamese and Korean ones written in Chinese). */
export const SINGLE_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封'.split(''),
);

/** Compound surnames (Chinese) and common Japanese family names (two characters or more). */
export const LONG_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '夏侯', '司徒', '端木',
  // Japanese family names frequent in the news.
  '安倍', '稻田', '岸田', '木原', '中谷', '岩屋', '石破', '河野', '茂木', '小野寺', '浜田', '滨田', '菅义', '野田', '菅原',
  '铃木', '佐藤', '高桥', '田中', '渡边', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐佐木', '山口', '松本',
  '井上', '木村', '清水', '山崎', '森田', '池田', '桥本', '石川', '前田', '藤田', '小川', '冈田', '后藤', '长谷川', '村上',
  '近藤', '石井', '坂本', '远藤', '青木', '藤井', '西村', '福田', '太田', '三浦', '藤原', '松田', '原田', '中岛', '小泉',
  '鸠山', '麻生', '菅', '岸', '上川', '林芳', '宫泽', '细田', '二阶', '甘利', '盐崎', '松野', '堀井', '泉', '枝野', '玄叶',
];

/** Characters used to transliterate foreign names (Russian, Western, Southeast Asian). */
export const TRANSLIT = new Set(
  '阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布采查柴达戴丹德登迪蒂迭丁东杜多厄恩尔法凡菲费芬丰冯弗福盖甘冈戈格古瓜哈海汉豪赫黑亨洪胡华惠霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉连列林琳娄卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米敏缅莫默姆穆纳娜乃奈内尼涅努诺欧帕潘佩蓬皮普奇齐乔切钦丘热若萨塞赛桑瑟森沙莎舍申什施史斯松苏索塔泰坦汤特提图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤扎泽詹兹佐茨娃琪娅黛夫科尼茹盖蒂戈采昆通吉琼绍历山京大汀'.split(''),
);

/** Characters that end or cannot be part of a given name (function words, verbs, titles' first characters). */
export const NAME_STOP = new Set(
  '的了在与和同及对向将是为于也都就表称说指会访举出进率等并则但已曾被把从到由以及或又还再才即仍而之其该此这那我你他她它们上下中里外前后大小总主副部长兼任先说道称讲谈见致发来去要能可应需通年月日时分摄'.split(''),
);

export const MIDDLE_DOT = /[·•・‧]/u;
