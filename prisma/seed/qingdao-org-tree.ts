/**
 * Seed data for the four-level organisation tree of SPEC §2.1 (city → district → town → village).
 *
 * Pure data, no database access: the seed script turns `qingdaoOrgTree` into `OrgUnit` rows.
 *
 * Provenance and accuracy:
 * - The city and the 10 district codes are the GB/T 2260 codes fixed by SPEC §1 (District enum).
 * - The 镇/街道 names follow the current Qingdao division (after the 2012 市北/四方 and 黄岛/胶南
 *   mergers and the later 镇→街道 conversions in 即墨 and 黄岛). SPEC asks the city admin to verify
 *   them against the official list before go-live, so they are demo data, not a reference.
 * - The 9-digit town codes are NOT the official statistical codes (we do not hold that list).
 *   They follow the statistical-code convention instead: 街道 are numbered 001, 002 …, 镇 are
 *   numbered 101, 102 … within each district, so a reader can tell the subtype from the code as
 *   in the real list, and the codes are unique by construction.
 * - Village/community names are realistic local-style names (many are real place names), but the
 *   assignment to towns, the 12-digit codes (town code + 001…), the addresses and the phone numbers
 *   are invented for demonstration.
 */

export type OrgSeed = {
  code: string;
  name: string;
  level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE";
  subtype?: "TOWN" | "STREET" | "VILLAGE" | "COMMUNITY";
  parentCode?: string;
  hasServiceHall: boolean;
  address?: string;
  officePhone?: string;
};

type TownData = {
  /** full official-style name, e.g. "八大关街道" or "泊里镇" */
  name: string;
  /** base names of the children; "社区" (street) or "村" (town) is appended when expanded */
  children: string[];
};

type DistrictData = {
  code: string;
  /** short name, e.g. "市南区", "胶州市" */
  name: string;
  address: string;
  /** sub-units whose names end in 街道 become STREET, 镇 become TOWN */
  towns: TownData[];
};

const CITY: OrgSeed = {
  code: "370200",
  name: "青岛市退役军人服务中心",
  level: "CITY",
  hasServiceHall: true,
  address: "青岛市市北区敦化路328号",
  officePhone: "0532-85911100",
};

const DISTRICTS: DistrictData[] = [
  {
    code: "370202",
    name: "市南区",
    address: "青岛市市南区宁夏路286号",
    towns: [
      { name: "八大峡街道", children: ["团岛", "西陵峡路", "瞿塘峡路", "四川路", "贵州路"] },
      { name: "云南路街道", children: ["云南路", "西藏路", "广州路", "菏泽路"] },
      { name: "中山路街道", children: ["中山路", "天主教堂", "芝罘路", "黄岛路", "德县路"] },
      { name: "江苏路街道", children: ["江苏路", "大学路", "龙山路", "观海一路"] },
      { name: "八大关街道", children: ["太平角", "汇泉", "韶关路", "嘉峪关路", "荣成路"] },
      { name: "湛山街道", children: ["湛山", "东海一路", "太湖路", "仙游路"] },
      { name: "香港中路街道", children: ["南京路", "燕儿岛路", "东海中路", "福州南路", "香港花园"] },
      { name: "八大湖街道", children: ["福州路", "大尧", "延安三路", "宁夏路南"] },
      { name: "金门路街道", children: ["金门路", "宁德路", "闽江路", "漳州路"] },
      { name: "珠海路街道", children: ["浮山所", "湛流干路", "彰化路", "珠海路"] },
      { name: "金湖路街道", children: ["金湖路", "麦岛", "香港东路", "东海东路"] },
    ],
  },
  {
    code: "370203",
    name: "市北区",
    address: "青岛市市北区山东路170号",
    towns: [
      { name: "辽宁路街道", children: ["辽宁路", "黄台路", "热河路", "冠县路"] },
      { name: "延安路街道", children: ["延安路", "福寺", "北仲路", "上海路"] },
      { name: "登州路街道", children: ["登州路", "乐陵路", "长春路", "昌乐路"] },
      { name: "宁夏路街道", children: ["宁夏路", "镇江北路", "福州北路", "哈尔滨路"] },
      { name: "敦化路街道", children: ["敦化路", "龙城路", "鞍山二路", "桦川路"] },
      { name: "辽源路街道", children: ["辽源路", "郑州路", "瑞昌路北", "兴安路"] },
      { name: "合肥路街道", children: ["合肥路", "南昌路", "同安路", "黑龙江南路"] },
      { name: "大港街道", children: ["大港", "小港", "馆陶路", "肥城路"] },
      { name: "即墨路街道", children: ["即墨路", "易州路", "潍县路", "阳谷路"] },
      { name: "台东街道", children: ["台东", "利津路", "华阳路", "威海路"] },
      { name: "镇江路街道", children: ["镇江路", "嘉定路", "松山路", "东吴家村"] },
      { name: "浮山新区街道", children: ["浮山新区", "浮山后", "徐州路", "南京路北"] },
      { name: "阜新路街道", children: ["阜新路", "宁化路", "西吴家村", "抚顺路"] },
      { name: "海伦路街道", children: ["海伦路", "长沙路", "瑞金路", "昌邑路"] },
      { name: "四方街道", children: ["四方", "嘉禾路", "人民路", "西镇"] },
      { name: "兴隆路街道", children: ["兴隆路", "河南庄", "鞍山路", "崂山路"] },
      { name: "水清沟街道", children: ["水清沟", "南岭", "北岭", "大沙路"] },
      { name: "洛阳路街道", children: ["洛阳路", "傍海中路", "杭州路", "萍乡路"] },
      { name: "河西街道", children: ["河西", "小村庄", "沈阳路", "北山"] },
      { name: "湖岛街道", children: ["湖岛", "杭州支路", "开封路", "贵阳路"] },
      { name: "开平路街道", children: ["开平路", "四流中路", "瑞昌路", "伊春路"] },
      { name: "双山街道", children: ["双山", "黑龙江中路", "福林", "南山"] },
    ],
  },
  {
    code: "370211",
    name: "黄岛区",
    address: "青岛市黄岛区双珠路266号",
    towns: [
      { name: "黄岛街道", children: ["海滨", "嘉陵江", "漓江", "长白山", "井冈山"] },
      { name: "辛安街道", children: ["辛安", "北庄", "南庄", "东于家河"] },
      { name: "薛家岛街道", children: ["薛家岛", "南屯", "北屯", "贡口", "鱼鸣嘴"] },
      { name: "灵珠山街道", children: ["大涧", "石岭子", "东山", "宋家岭"] },
      { name: "长江路街道", children: ["长江路", "嵩山路", "九华山路", "衡山路", "武夷山路"] },
      { name: "红石崖街道", children: ["红石崖", "东营", "西营", "河东"] },
      { name: "灵山卫街道", children: ["灵山卫", "东风", "海西", "城南"] },
      { name: "珠海街道", children: ["珠海", "车轮山", "王戈庄", "隐珠山"] },
      { name: "隐珠街道", children: ["隐珠", "海王路", "黄山路", "太行山路"] },
      { name: "滨海街道", children: ["滨海", "积米崖", "大珠山", "月亮湾"] },
      { name: "胶南街道", children: ["胶河路", "人民路", "青岛路", "珠山"] },
      { name: "王台街道", children: ["王台", "小庄", "大庄", "徐村"] },
      { name: "张家楼街道", children: ["张家楼", "殷家河", "大泥沟头", "北营"] },
      { name: "铁山街道", children: ["铁山", "杨家山里", "齐家庄", "后石沟"] },
      { name: "六汪镇", children: ["六汪", "黄疃", "前河", "野竹", "后河"] },
      { name: "宝山镇", children: ["宝山", "东庄", "西南庄", "营子"] },
      { name: "大村镇", children: ["大村", "东王家庄", "西石梁", "刘家泊"] },
      { name: "海青镇", children: ["海青", "甲旺墩", "尚庄", "南辛庄"] },
      { name: "藏南镇", children: ["藏南", "东鹿角湾", "西安子", "马家庄"] },
      { name: "泊里镇", children: ["泊里", "东楼", "西楼", "周家庄", "红石"] },
      { name: "大场镇", children: ["大场", "前辛庄", "后辛庄", "黄家庄"] },
      { name: "琅琊镇", children: ["琅琊台", "台西头", "东港", "西港"] },
    ],
  },
  {
    code: "370212",
    name: "崂山区",
    address: "青岛市崂山区株洲路187号",
    towns: [
      { name: "中韩街道", children: ["东韩", "西韩", "中韩", "张村", "石老人", "埠东"] },
      { name: "沙子口街道", children: ["沙子口", "登瀛", "南姜", "段家埠", "流清河"] },
      { name: "王哥庄街道", children: ["王哥庄", "晓望", "仰口", "港东", "黄山"] },
      { name: "北宅街道", children: ["北宅", "东陈", "五龙", "卧龙", "我乐"] },
      { name: "金家岭街道", children: ["金家岭", "松岭路", "九水东路", "秦岭路"] },
    ],
  },
  {
    code: "370213",
    name: "李沧区",
    address: "青岛市李沧区京口路58号",
    towns: [
      { name: "振华路街道", children: ["振华路", "永平路", "永年路", "金水路"] },
      { name: "兴城路街道", children: ["兴城路", "瑞金路", "大枣园", "安顺路"] },
      { name: "兴华路街道", children: ["兴华路", "曲哥庄", "西流庄", "唐山路"] },
      { name: "浮山路街道", children: ["浮山路", "东李", "杨家群", "西山"] },
      { name: "楼山街道", children: ["楼山", "营子", "金水", "东山"] },
      { name: "李村街道", children: ["李村", "京口路", "书院", "河北"] },
      { name: "虎山路街道", children: ["虎山路", "南庄", "枣山", "峰山"] },
      { name: "九水街道", children: ["九水", "侯家庄", "刘家下河", "大埠东"] },
      { name: "湘潭路街道", children: ["湘潭路", "十梅庵", "永清路", "东兴"] },
      { name: "沧口街道", children: ["沧口", "永安路", "娄山", "坊子街"] },
      { name: "世园街道", children: ["世园", "上臧", "下臧", "毕家上流", "南岭"] },
    ],
  },
  {
    code: "370214",
    name: "城阳区",
    address: "青岛市城阳区正阳中路200号",
    towns: [
      { name: "城阳街道", children: ["城阳", "西城汇", "东城", "古镇", "仲村"] },
      { name: "流亭街道", children: ["流亭", "西流亭", "东流亭", "双埠"] },
      { name: "夏庄街道", children: ["夏庄", "源头", "云头崮", "少山", "杨埠寨"] },
      { name: "惜福镇街道", children: ["惜福", "傅家埠", "书院", "石门"] },
      { name: "棘洪滩街道", children: ["棘洪滩", "南万", "北万", "下崖"] },
      { name: "上马街道", children: ["上马", "东程", "凤凰", "桃源"] },
      { name: "河套街道", children: ["河套", "罗家营", "西大洋", "东大洋"] },
      { name: "红岛街道", children: ["红岛", "西后楼", "韩家", "宿流"] },
    ],
  },
  {
    code: "370215",
    name: "即墨区",
    address: "青岛市即墨区蓝鳌路1599号",
    towns: [
      { name: "环秀街道", children: ["环秀", "墨河", "新兴", "崂山路"] },
      { name: "潮海街道", children: ["潮海", "东关", "烟青路", "天山"] },
      { name: "通济街道", children: ["通济", "王村", "城南", "长江"] },
      { name: "北安街道", children: ["北安", "马山", "前东城", "后东城"] },
      { name: "龙山街道", children: ["龙山", "石泉", "东障", "西障"] },
      { name: "龙泉街道", children: ["龙泉", "留村", "于家庄", "龙湾"] },
      { name: "鳌山卫街道", children: ["鳌山卫", "东宝", "西宝", "南阡"] },
      { name: "温泉街道", children: ["温泉", "东温泉", "西温泉", "皋虞"] },
      { name: "大信街道", children: ["大信", "天井山", "周戈庄", "孙家屯"] },
      { name: "蓝村街道", children: ["蓝村", "古城", "前蓝村", "后蓝村"] },
      { name: "灵山街道", children: ["灵山", "店集", "前门", "后门"] },
      { name: "段泊岚镇", children: ["段泊岚", "刘家庄", "七级", "黄家庄"] },
      { name: "移风店镇", children: ["移风店", "大欧", "小欧", "张院"] },
      { name: "田横镇", children: ["田横", "周戈庄", "山东头", "港中", "雄崖所"] },
      { name: "金口镇", children: ["金口", "凤凰", "南埠", "北阡"] },
    ],
  },
  {
    code: "370281",
    name: "胶州市",
    address: "青岛市胶州市扬州路236号",
    towns: [
      { name: "阜安街道", children: ["阜安", "云溪", "福州路", "郑州西路"] },
      { name: "中云街道", children: ["中云", "兰州东路", "杭州路", "常州路"] },
      { name: "三里河街道", children: ["三里河", "少海", "湖州路", "苏州路"] },
      { name: "九龙街道", children: ["九龙", "匡家庄", "沽河", "高家"] },
      { name: "胶东街道", children: ["胶东", "大店", "韩家屯", "前屯"] },
      { name: "胶北街道", children: ["胶北", "玉皇庙", "王家屯", "张家"] },
      { name: "胶西街道", children: ["胶西", "杜村", "南王疃", "马店"] },
      { name: "胶莱街道", children: ["胶莱", "后屯", "大麻湾", "小高"] },
      { name: "李哥庄镇", children: ["李哥庄", "大屯", "纪家庄", "小窑"] },
      { name: "里岔镇", children: ["里岔", "张应", "黄家庄", "院后"] },
      { name: "洋河镇", children: ["洋河", "山洲", "崔家庄", "王家庄"] },
      { name: "铺集镇", children: ["铺集", "郝家庄", "张家村", "孙家庄"] },
    ],
  },
  {
    code: "370283",
    name: "平度市",
    address: "青岛市平度市红旗路88号",
    towns: [
      { name: "东阁街道", children: ["东阁", "杭州路", "府前", "红旗"] },
      { name: "李园街道", children: ["李园", "北京路", "常州路", "胜利"] },
      { name: "同和街道", children: ["同和", "北关", "五里", "东关"] },
      { name: "凤台街道", children: ["凤台", "南关", "西关", "长兴"] },
      { name: "白沙河街道", children: ["白沙河", "莲花", "兴华", "城西"] },
      { name: "南村镇", children: ["南村", "郭庄", "洪兰", "兰底"] },
      { name: "蓼兰镇", children: ["蓼兰", "万家", "兰家庄", "小高"] },
      { name: "崔家集镇", children: ["崔家集", "韩家", "大闫家", "后疃"] },
      { name: "明村镇", children: ["明村", "侯家", "马戈庄", "亭兰"] },
      { name: "田庄镇", children: ["田庄", "大王家", "西王家", "胡家"] },
      { name: "新河镇", children: ["新河", "灰埠", "西大刘", "东大刘"] },
      { name: "店子镇", children: ["店子", "马家沟", "前洼", "后洼"] },
      { name: "大泽山镇", children: ["大泽山", "东石", "西石", "岳石"] },
      { name: "旧店镇", children: ["旧店", "祝沟", "北张家", "王家庄"] },
      { name: "云山镇", children: ["云山", "吴家", "冷戈庄", "大疃"] },
      { name: "古岘镇", children: ["古岘", "东尚家", "西尚家", "后岘"] },
      { name: "仁兆镇", children: ["仁兆", "沙湾庄", "大窑", "前王家"] },
    ],
  },
  {
    code: "370285",
    name: "莱西市",
    address: "青岛市莱西市烟台路56号",
    towns: [
      { name: "水集街道", children: ["水集", "石岛路", "烟台路", "黄海路"] },
      { name: "望城街道", children: ["望城", "沟东", "上海路", "北京路"] },
      { name: "沽河街道", children: ["沽河", "前庄扶", "后庄扶", "东庄头"] },
      { name: "姜山镇", children: ["姜山", "前许", "后许", "葛家"] },
      { name: "夏格庄镇", children: ["夏格庄", "芦家庄", "吕家庄", "河里吴家"] },
      { name: "院上镇", children: ["院上", "七岭", "岔道", "大淳于"] },
      { name: "日庄镇", children: ["日庄", "李家疃", "沟子", "东庄"] },
      { name: "南墅镇", children: ["南墅", "石墨", "西南墅", "东南墅"] },
      { name: "河头店镇", children: ["河头店", "宋家", "谭格庄", "前河头"] },
      { name: "店埠镇", children: ["店埠", "泊子", "朱家", "武备"] },
      { name: "马连庄镇", children: ["马连庄", "谭家", "北李家", "于家庄"] },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Expansion of the compact tables above into flat OrgSeed rows. Kept deliberately small and
// deterministic (no randomness) so the tree is identical on every seed run.
// ---------------------------------------------------------------------------------------------

/**
 * A fake but V-TEL-valid Qingdao office number derived from the unit code, so that each unit keeps
 * the same number across seed runs without storing ~700 literals. FNV-1a gives well-spread digits.
 */
function officePhoneFor(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Qingdao fixed lines have 8 local digits; leading 8 matches the government-office ranges.
  return `0532-8${String(hash % 10_000_000).padStart(7, "0")}`;
}

function pad3(n: number): string {
  return String(n).padStart(3, "0");
}

function buildTree(): OrgSeed[] {
  const rows: OrgSeed[] = [CITY];
  for (const district of DISTRICTS) {
    rows.push({
      code: district.code,
      name: `${district.name}退役军人服务中心`,
      level: "DISTRICT",
      parentCode: CITY.code,
      hasServiceHall: true,
      address: district.address,
      officePhone: officePhoneFor(district.code),
    });
    // Separate counters: 街道 take 001…, 镇 take 101…, mirroring the statistical-code ranges.
    let streetNo = 0;
    let townNo = 100;
    for (const town of district.towns) {
      const isStreet = town.name.endsWith("街道");
      const townCode = district.code + pad3(isStreet ? ++streetNo : ++townNo);
      rows.push({
        code: townCode,
        name: `${town.name}退役军人服务站`,
        level: "TOWN",
        subtype: isStreet ? "STREET" : "TOWN",
        parentCode: district.code,
        hasServiceHall: true,
        address: `青岛市${district.name}${town.name}${isStreet ? "办事处" : "人民政府"}便民服务中心`,
        officePhone: officePhoneFor(townCode),
      });
      // Streets are urban and hold 社区; towns are rural and hold 村 (SPEC ORG-03 keeps them apart).
      const suffix = isStreet ? "社区" : "村";
      town.children.forEach((base, index) => {
        const villageCode = townCode + pad3(index + 1);
        rows.push({
          code: villageCode,
          name: `${base}${suffix}退役军人服务站`,
          level: "VILLAGE",
          subtype: isStreet ? "COMMUNITY" : "VILLAGE",
          parentCode: townCode,
          // Communities have a service window (§4.3.1.1); villages only an office service area (§4.3.2.1).
          hasServiceHall: isStreet,
          address: `青岛市${district.name}${town.name}${base}${suffix}党群服务中心`,
          officePhone: officePhoneFor(villageCode),
        });
      });
    }
  }
  return rows;
}

/** Flat list, parents always before children (safe to insert in order). */
export const qingdaoOrgTree: OrgSeed[] = buildTree();
