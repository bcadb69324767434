import type { Section } from '@huijiu/shared';

/** One product a supplier offers, with what a price list would say about it. */
export interface GoodsItem {
  /** How a listing title starts, e.g. 304不锈钢板. */
  name: string;
  unit: string;
  /** Usual price per unit in yuan: [low, high]. */
  price: readonly [number, number];
  /** Usual smallest order, in `unit`: [low, high]. */
  minOrder: readonly [number, number];
  /** Short specification phrases, e.g. 厚度0.5-20mm. */
  specs: readonly string[];
}

/** A kind of goods and how sellers and buyers talk about it. */
export interface Goods {
  key: string;
  items: readonly GoodsItem[];
  /** Selling points, each a full sentence. */
  strengths: readonly string[];
  /** What the goods are used for; completes 产品广泛用于… */
  uses: string;
  /** What a buyer asks of suppliers; each completes 要求… */
  requirements: readonly string[];
  /** Title phrases of supply listings when the general ones do not fit. */
  supplyTags?: readonly string[];
  /** Verbs of wanted listings when the general ones do not fit. */
  wantedVerbs?: readonly string[];
}

export const SUPPLY_TAGS = ['现货供应', '量大从优', '长期供应', '厂家直销', '品质保证', '批发'];
export const WANTED_VERBS = ['求购', '长期求购', '急购', '采购'];

export const GOODS: readonly Goods[] = [
  {
    key: 'stainless-sheet',
    items: [
      {
        name: '304不锈钢板',
        unit: '吨',
        price: [14500, 17800],
        minOrder: [1, 3],
        specs: ['厚度0.5-20mm', '宽度1219/1500mm', '2B面可覆膜', '支持定尺开平'],
      },
      {
        name: '316L不锈钢板',
        unit: '吨',
        price: [23000, 27500],
        minOrder: [1, 2],
        specs: ['厚度1-30mm', '耐腐蚀性能好', '附原厂质保书'],
      },
      {
        name: '201不锈钢卷板',
        unit: '吨',
        price: [8200, 9800],
        minOrder: [3, 10],
        specs: ['厚度0.3-3mm', 'BA面/拉丝面可选'],
      },
      {
        name: '430不锈钢冷轧板',
        unit: '吨',
        price: [7600, 8900],
        minOrder: [3, 5],
        specs: ['厚度0.4-2mm', '磁性好易加工'],
      },
    ],
    strengths: [
      '原料来自国内大型钢厂，每批货随附材质证明书。',
      '板面平整无划痕，厚度公差控制在国家标准以内。',
      '自有开平线和激光切割机，可按图纸下料、折弯、拉丝。',
      '库存常备千余吨，常用规格当天出库。',
    ],
    uses: '厨房设备、食品机械、电梯装饰和化工容器',
    requirements: [
      '材质与质保书一致，到货抽检不合格的整批退换',
      '表面无划伤、无锈斑，覆膜完整',
      '能提供定尺开平和分条服务',
    ],
  },
  {
    key: 'rebar',
    items: [
      {
        name: 'HRB400E螺纹钢',
        unit: '吨',
        price: [3300, 3900],
        minOrder: [20, 50],
        specs: ['直径12-32mm', '定尺9米/12米', '钢厂直发带炉号'],
      },
      {
        name: 'HRB500E抗震螺纹钢',
        unit: '吨',
        price: [3600, 4200],
        minOrder: [20, 50],
        specs: ['直径16-40mm', '抗震性能达标'],
      },
      {
        name: 'HRB400E盘螺',
        unit: '吨',
        price: [3400, 3950],
        minOrder: [10, 30],
        specs: ['直径6-10mm', '盘重约2吨'],
      },
    ],
    strengths: [
      '与本地主流钢厂签有长期协议，资源稳定。',
      '每车货附质量证明书，可配合工地见证取样。',
      '自有车队配送，市区工地最快当天到货。',
      '价格随钢厂指导价每日更新，报价透明。',
    ],
    uses: '房建、桥梁、道路和水利工程',
    requirements: [
      '钢厂直发，附质量证明书',
      '按工地进度分批送货，随叫随到',
      '过磅结算，理计与磅计差价另议',
    ],
  },
  {
    key: 'aluminium',
    items: [
      {
        name: '6063工业铝型材',
        unit: '公斤',
        price: [21, 28],
        minOrder: [200, 500],
        specs: ['阳极氧化表面', '可按图纸开模', '长度6米可切割'],
      },
      {
        name: '断桥隔热门窗铝型材',
        unit: '公斤',
        price: [24, 32],
        minOrder: [500, 1000],
        specs: ['壁厚1.4-2.0mm', '粉末喷涂多色可选'],
      },
      {
        name: '6061铝合金板',
        unit: '公斤',
        price: [23, 30],
        minOrder: [100, 300],
        specs: ['厚度1-200mm', 'T6状态', '可精切'],
      },
    ],
    strengths: [
      '挤压、氧化、喷涂一条龙生产，交期可控。',
      '合金成分和力学性能每批送检，数据可查。',
      '开模费在批量订货后可返还。',
      '包装采用珍珠棉加牛皮纸，长途运输不磕碰。',
    ],
    uses: '自动化设备框架、门窗幕墙、流水线和展示架',
    requirements: [
      '壁厚和尺寸公差符合国家标准',
      '表面颜色一致，无明显色差',
      '能按图纸开模，首批样品需确认',
    ],
  },
  {
    key: 'copper',
    items: [
      {
        name: 'T2紫铜排',
        unit: '公斤',
        price: [68, 82],
        minOrder: [50, 200],
        specs: ['宽度10-200mm', '导电率高', '可冲孔折弯'],
      },
      {
        name: 'H62黄铜棒',
        unit: '公斤',
        price: [52, 64],
        minOrder: [100, 300],
        specs: ['直径3-120mm', '易切削'],
      },
      {
        name: '磷铜带',
        unit: '公斤',
        price: [75, 90],
        minOrder: [50, 100],
        specs: ['厚度0.1-1.5mm', '弹性好'],
      },
    ],
    strengths: [
      '按当日现货铜价加加工费结算，价格公开透明。',
      '可按客户要求分条、定尺和表面镀锡。',
      '整卷真空包装，防止氧化变色。',
    ],
    uses: '配电柜母排、电机、接插件和五金配件',
    requirements: [
      '铜含量达标，可提供成分检测报告',
      '按当日铜价点价结算',
      '每月稳定供货不少于约定数量',
    ],
  },
  {
    key: 'excavator',
    items: [
      {
        name: '二手挖掘机 20吨级',
        unit: '台',
        price: [180000, 420000],
        minOrder: [1, 1],
        specs: ['工作小时4000以内', '原版原漆', '手续齐全可过户'],
      },
      {
        name: '小型履带挖掘机',
        unit: '台',
        price: [68000, 158000],
        minOrder: [1, 1],
        specs: ['整机重量1.8-6吨', '适合果园和市政小工地'],
      },
      {
        name: '轮式挖掘机',
        unit: '台',
        price: [230000, 380000],
        minOrder: [1, 1],
        specs: ['斗容0.3-0.6立方', '可上路转场'],
      },
    ],
    strengths: [
      '每台车出售前都经过液压、发动机和行走系统的全面检测。',
      '支持现场试机验车，也可以视频看车。',
      '核心部件提供一年质保，常用配件有库存。',
      '可协助办理分期付款和异地托运。',
    ],
    uses: '土方开挖、市政管网、农田水利和矿山作业',
    requirements: ['车况真实，手续齐全', '需现场试机，液压系统无渗漏', '可接受分期或以旧换新'],
    supplyTags: ['车况精良', '可试机', '手续齐全', '包运输'],
  },
  {
    key: 'cnc',
    items: [
      {
        name: '数控车床',
        unit: '台',
        price: [85000, 260000],
        minOrder: [1, 1],
        specs: ['最大回转直径400mm', '配自动送料机', '定位精度0.005mm'],
      },
      {
        name: '立式加工中心',
        unit: '台',
        price: [198000, 560000],
        minOrder: [1, 1],
        specs: ['行程850×500×550mm', '主轴转速12000转/分', '24把刀库'],
      },
      {
        name: '数控走心机',
        unit: '台',
        price: [260000, 480000],
        minOrder: [1, 1],
        specs: ['最大加工直径32mm', '双主轴'],
      },
    ],
    strengths: [
      '整机出厂前连续空运转48小时，精度报告随机附送。',
      '全国设有服务网点，报修后24小时内响应。',
      '免费提供操作和编程培训。',
      '关键部件采用知名品牌，整机保修一年。',
    ],
    uses: '汽车零部件、五金配件、模具和精密零件加工',
    requirements: ['提供精度检测报告并现场验收', '质保期内24小时上门服务', '含操作培训和首批刀具'],
  },
  {
    key: 'packaging-machine',
    items: [
      {
        name: '全自动颗粒包装机',
        unit: '台',
        price: [18000, 68000],
        minOrder: [1, 1],
        specs: ['包装速度30-60袋/分', '计量精度±0.5克'],
      },
      {
        name: '枕式包装机',
        unit: '台',
        price: [26000, 98000],
        minOrder: [1, 1],
        specs: ['伺服三轴控制', '适合面包饼干和日用品'],
      },
      {
        name: '真空包装机',
        unit: '台',
        price: [3800, 16800],
        minOrder: [1, 2],
        specs: ['双室设计', '304不锈钢机身'],
      },
    ],
    strengths: [
      '可根据物料免费打样测试，效果满意再下单。',
      '接触物料的部分均为不锈钢，符合食品卫生要求。',
      '中文触摸屏操作，一人即可看管。',
      '易损件常备库存，全国发货。',
    ],
    uses: '食品、调味品、药品和日化用品的包装',
    requirements: [
      '先打样后订货，包装效果需确认',
      '接触物料部分为不锈钢',
      '安装调试到位并培训操作工',
    ],
  },
  {
    key: 'farm-machine',
    items: [
      {
        name: '自走式玉米收割机',
        unit: '台',
        price: [98000, 168000],
        minOrder: [1, 1],
        specs: ['四行不对行', '带秸秆还田'],
      },
      {
        name: '旋耕机',
        unit: '台',
        price: [3200, 9800],
        minOrder: [1, 5],
        specs: ['幅宽1.6-2.5米', '配套50-100马力拖拉机'],
      },
      {
        name: '多功能微耕机',
        unit: '台',
        price: [1800, 4200],
        minOrder: [1, 10],
        specs: ['柴油/汽油可选', '适合大棚和丘陵'],
      },
    ],
    strengths: [
      '可享受农机购置补贴，补贴手续由我们协助办理。',
      '农忙季节提供田间上门维修服务。',
      '整机三包，配件在当地有库存。',
    ],
    uses: '玉米、小麦和水稻的耕种与收获',
    requirements: ['列入农机购置补贴目录', '农忙期间能上门维修', '需提供三包凭证'],
  },
  {
    key: 'grain',
    items: [
      {
        name: '东北长粒香大米',
        unit: '吨',
        price: [5200, 7400],
        minOrder: [1, 10],
        specs: ['当季新米', '25公斤编织袋装', '可代加工小包装'],
      },
      {
        name: '一级压榨花生油',
        unit: '吨',
        price: [15800, 19500],
        minOrder: [1, 3],
        specs: ['物理压榨', '5升/20升桶装'],
      },
      {
        name: '高筋小麦粉',
        unit: '吨',
        price: [3600, 4500],
        minOrder: [5, 10],
        specs: ['适合面包和拉面', '25公斤袋装'],
      },
      {
        name: '新季玉米',
        unit: '吨',
        price: [2200, 2600],
        minOrder: [30, 100],
        specs: ['水分14%以内', '容重720以上'],
      },
    ],
    strengths: [
      '产地直采，从田间到仓库全程可追溯。',
      '每批货都有第三方检测报告，农残和重金属指标合格。',
      '常年供应食堂、超市和餐饮连锁，供货稳定。',
      '可按客户要求定制包装和品牌。',
    ],
    uses: '学校和工厂食堂、餐饮连锁、超市和食品加工',
    requirements: ['每批提供检测报告', '当季新货，不掺陈粮', '按月定量供货，送货到仓'],
    wantedVerbs: ['求购', '长期收购', '大量收购', '采购'],
  },
  {
    key: 'fruit',
    items: [
      {
        name: '赣南脐橙',
        unit: '斤',
        price: [2.8, 4.5],
        minOrder: [2000, 5000],
        specs: ['果径70-85mm', '可按规格分选'],
      },
      {
        name: '烟台红富士苹果',
        unit: '斤',
        price: [3.2, 5.6],
        minOrder: [1000, 5000],
        specs: ['果径80mm以上', '冷库储存'],
      },
      {
        name: '海南金煌芒果',
        unit: '斤',
        price: [3.5, 6.8],
        minOrder: [1000, 3000],
        specs: ['单果1-2斤', '八成熟采摘'],
      },
      {
        name: '四川春见耙耙柑',
        unit: '斤',
        price: [4.2, 7.5],
        minOrder: [1000, 3000],
        specs: ['果径65mm以上', '糖度13以上'],
      },
    ],
    strengths: [
      '合作社统一种植管理，果园可以实地查看。',
      '采摘后24小时内完成分选和装车。',
      '可提供泡沫箱、纸箱等多种包装。',
      '支持冷链物流发往全国各地批发市场。',
    ],
    uses: '批发市场、商超、社区团购和电商渠道',
    requirements: ['按约定规格分选，大小均匀', '到货坏果率不超过3%', '冷链发货，附产地证明'],
    supplyTags: ['产地直供', '基地直发', '现摘现发', '量大从优'],
    wantedVerbs: ['求购', '长期收购', '大量收购'],
  },
  {
    key: 'tea',
    items: [
      {
        name: '安溪铁观音',
        unit: '斤',
        price: [120, 580],
        minOrder: [5, 20],
        specs: ['清香型/浓香型', '真空小泡装'],
      },
      {
        name: '西湖龙井',
        unit: '斤',
        price: [380, 1600],
        minOrder: [2, 10],
        specs: ['明前/雨前可选', '手工炒制'],
      },
      {
        name: '云南普洱熟茶',
        unit: '饼',
        price: [45, 260],
        minOrder: [20, 100],
        specs: ['357克/饼', '勐海原料'],
      },
    ],
    strengths: [
      '自有茶园和初制所，从鲜叶到成品不经中间商。',
      '每批茶叶都做农残检测，报告可随货提供。',
      '支持贴牌定制和礼盒包装。',
    ],
    uses: '茶叶店、茶楼、企业礼品和电商渠道',
    requirements: ['提供农残检测报告', '可寄样品试喝后再订货', '支持定制礼盒包装'],
    supplyTags: ['茶园直供', '新茶上市', '支持定制', '批发'],
  },
  {
    key: 'livestock',
    items: [
      {
        name: '散养土鸡蛋',
        unit: '箱',
        price: [95, 160],
        minOrder: [20, 100],
        specs: ['每箱360枚', '蛋重50-60克'],
      },
      {
        name: '冷鲜猪肉白条',
        unit: '公斤',
        price: [18, 26],
        minOrder: [200, 1000],
        specs: ['定点屠宰', '检疫合格证齐全'],
      },
      {
        name: '冷冻鸡翅中',
        unit: '公斤',
        price: [28, 38],
        minOrder: [500, 1000],
        specs: ['10公斤/箱', '速冻锁鲜'],
      },
    ],
    strengths: [
      '自有养殖基地，检疫证明随车提供。',
      '全程冷链配送，温度记录可追溯。',
      '可按餐饮门店要求分割和小包装。',
    ],
    uses: '餐饮门店、食堂、商超和食品加工厂',
    requirements: ['检疫合格证明齐全', '冷链运输，到货温度符合要求', '每天或隔天稳定送货'],
  },
  {
    key: 'plastics',
    items: [
      {
        name: 'PP聚丙烯颗粒',
        unit: '吨',
        price: [7200, 8600],
        minOrder: [5, 25],
        specs: ['注塑级/拉丝级', '25公斤袋装'],
      },
      {
        name: 'HDPE高密度聚乙烯',
        unit: '吨',
        price: [7800, 9200],
        minOrder: [5, 25],
        specs: ['吹塑级', '熔指稳定'],
      },
      {
        name: 'ABS工程塑料',
        unit: '吨',
        price: [10500, 13800],
        minOrder: [1, 5],
        specs: ['通用级/阻燃级', '可调色'],
      },
    ],
    strengths: [
      '石化厂一级代理，货源稳定，价格随行就市。',
      '每批货附出厂检验单，物性数据可查。',
      '华东、华南都设有中转仓，发货快。',
    ],
    uses: '注塑制品、薄膜、管材和家电外壳',
    requirements: ['附出厂检验单', '牌号与样品一致', '按月锁价或随行就市均可'],
  },
  {
    key: 'coatings',
    items: [
      {
        name: '水性工业漆',
        unit: '公斤',
        price: [18, 36],
        minOrder: [200, 1000],
        specs: ['低气味环保型', '可按色卡调色'],
      },
      {
        name: '环氧地坪漆',
        unit: '公斤',
        price: [22, 42],
        minOrder: [200, 500],
        specs: ['耐磨防滑', '提供施工指导'],
      },
      {
        name: '钢结构防腐漆',
        unit: '公斤',
        price: [16, 30],
        minOrder: [500, 1000],
        specs: ['底漆面漆配套', '耐盐雾'],
      },
    ],
    strengths: [
      '自有实验室，可根据施工环境调整配方。',
      '检测报告齐全，挥发性有机物含量符合国家标准。',
      '大面积施工可派技术员到现场指导。',
    ],
    uses: '钢结构、机械设备、厂房地坪和木器家具',
    requirements: ['提供环保检测报告', '颜色与色卡一致', '提供现场施工指导'],
  },
  {
    key: 'fertilizer',
    items: [
      {
        name: '硫酸钾型复合肥',
        unit: '吨',
        price: [2600, 3300],
        minOrder: [10, 30],
        specs: ['养分15-15-15', '40公斤袋装'],
      },
      {
        name: '大颗粒尿素',
        unit: '吨',
        price: [2100, 2500],
        minOrder: [30, 60],
        specs: ['含氮46%', '农业级'],
      },
      {
        name: '生物有机肥',
        unit: '吨',
        price: [650, 1100],
        minOrder: [10, 30],
        specs: ['有机质45%以上', '充分腐熟'],
      },
    ],
    strengths: [
      '厂家直供，省去中间环节。',
      '持有肥料登记证，包装标识规范。',
      '春耕秋种高峰期提前备货，保证供应。',
    ],
    uses: '大田作物、果园、蔬菜大棚和茶园',
    requirements: ['持有肥料登记证', '春耕前按时送货', '量大价优，可赊销部分货款'],
  },
  {
    key: 'fabric',
    items: [
      {
        name: '全棉斜纹布',
        unit: '米',
        price: [8.5, 16],
        minOrder: [500, 3000],
        specs: ['幅宽150cm', '可定染颜色'],
      },
      {
        name: '涤纶春亚纺',
        unit: '米',
        price: [2.6, 5.2],
        minOrder: [3000, 10000],
        specs: ['克重60-90克', '可做防水涂层'],
      },
      {
        name: '莫代尔针织面料',
        unit: '公斤',
        price: [42, 68],
        minOrder: [100, 300],
        specs: ['弹力好', '适合内衣和家居服'],
      },
    ],
    strengths: [
      '织造和染整在同一园区完成，交期有保障。',
      '色牢度和缩水率每缸检测。',
      '可提供色卡和剪样。',
    ],
    uses: '服装、家纺、箱包和户外用品',
    requirements: ['色牢度达到四级以上', '大货与样品颜色一致', '每月稳定供货'],
  },
  {
    key: 'garments',
    items: [
      {
        name: '纯棉圆领T恤',
        unit: '件',
        price: [12, 28],
        minOrder: [300, 1000],
        specs: ['克重180-220克', '可印字绣标'],
      },
      {
        name: '工作服套装',
        unit: '套',
        price: [45, 120],
        minOrder: [100, 500],
        specs: ['耐磨涤棉面料', '可定制单位标识'],
      },
      {
        name: '白鸭绒羽绒服',
        unit: '件',
        price: [138, 320],
        minOrder: [100, 300],
        specs: ['含绒量90%', '可贴牌加工'],
      },
    ],
    strengths: [
      '自有缝制车间三百余人，旺季也能按期交货。',
      '来样加工、来图定制和贴牌生产均可。',
      '出货前逐件检验，次品率低。',
    ],
    uses: '企业工装、团体服装、电商和批发市场',
    requirements: ['先打样后下大货', '面料克重与样品一致', '交期准时，延期按合同扣款'],
  },
  {
    key: 'yarn',
    items: [
      {
        name: '精梳棉纱40支',
        unit: '吨',
        price: [23500, 27800],
        minOrder: [1, 5],
        specs: ['环锭纺', '筒子纱'],
      },
      {
        name: '涤纶低弹丝',
        unit: '吨',
        price: [7800, 9600],
        minOrder: [3, 10],
        specs: ['150D/48F', '原白可染'],
      },
    ],
    strengths: [
      '纺纱设备为近年新上的自动化产线，条干均匀。',
      '每批次出具物理指标检测单。',
      '长期供应针织厂和织布厂。',
    ],
    uses: '针织、机织和家纺面料',
    requirements: ['支数和强力指标稳定', '提供每批检测单', '按月定量供货'],
  },
  {
    key: 'ic',
    items: [
      {
        name: '单片机芯片',
        unit: '片',
        price: [1.2, 9.8],
        minOrder: [1000, 5000],
        specs: ['原装正品', '可提供供货证明'],
      },
      {
        name: '电源管理芯片',
        unit: '片',
        price: [0.6, 4.5],
        minOrder: [2000, 10000],
        specs: ['贴片封装', '现货库存'],
      },
    ],
    strengths: [
      '只做原装正品，可提供原厂供货证明。',
      '常用型号有现货，当天发货。',
      '可配单、代采，并提供替代料方案。',
    ],
    uses: '智能家电、工业控制、安防和消费电子',
    requirements: ['原装正品，可提供供货证明', '批次新，贴片料需防潮包装', '支持小批量打样'],
  },
  {
    key: 'connector',
    items: [
      {
        name: '板对板连接器',
        unit: '只',
        price: [0.35, 2.8],
        minOrder: [5000, 20000],
        specs: ['间距0.5-2.54mm', '镀金端子'],
      },
      {
        name: '防水航空插头',
        unit: '套',
        price: [8, 45],
        minOrder: [100, 500],
        specs: ['防护等级IP67', '2-12芯可选'],
      },
    ],
    strengths: [
      '自有模具和冲压车间，非标规格可定制。',
      '出货附环保检测报告。',
      '批量订单交期约15天。',
    ],
    uses: '新能源、汽车电子、通讯设备和家电',
    requirements: ['端子镀层厚度达标', '提供环保检测报告', '支持非标定制'],
  },
  {
    key: 'led',
    items: [
      {
        name: 'LED工矿灯100W',
        unit: '只',
        price: [85, 220],
        minOrder: [20, 100],
        specs: ['光效130lm/W', '质保三年'],
      },
      {
        name: 'LED灯带',
        unit: '米',
        price: [3.2, 12],
        minOrder: [500, 2000],
        specs: ['12V/24V', '色温可选'],
      },
      {
        name: '太阳能LED路灯',
        unit: '套',
        price: [680, 1800],
        minOrder: [10, 50],
        specs: ['锂电池储能', '光控加时控'],
      },
    ],
    strengths: [
      '整灯老化测试不少于12小时再出厂。',
      '可根据现场照度要求免费做灯光设计。',
      '工程项目可提供投标所需资料和样品。',
    ],
    uses: '厂房仓库、市政道路、商场和户外亮化',
    requirements: ['质保不少于三年', '提供光效检测报告', '能配合工程投标提供资料'],
  },
  {
    key: 'cement',
    items: [
      {
        name: 'P.O42.5普通硅酸盐水泥',
        unit: '吨',
        price: [330, 460],
        minOrder: [30, 100],
        specs: ['散装/袋装', '出厂检验合格'],
      },
      {
        name: 'P.C32.5复合硅酸盐水泥',
        unit: '吨',
        price: [280, 380],
        minOrder: [30, 100],
        specs: ['50公斤袋装'],
      },
    ],
    strengths: [
      '与大型水泥厂合作，散装罐车直送工地。',
      '每批水泥附出厂检验报告，可配合第三方复检。',
      '雨季做好仓储防潮，保证不结块。',
    ],
    uses: '房屋建筑、道路桥梁和混凝土搅拌站',
    requirements: ['附出厂检验报告', '按工期分批送达', '强度复检不合格包退'],
  },
  {
    key: 'tile',
    items: [
      {
        name: '800×800通体大理石瓷砖',
        unit: '片',
        price: [38, 78],
        minOrder: [200, 1000],
        specs: ['亮光/柔光可选', '优等品'],
      },
      {
        name: '600×1200岩板地砖',
        unit: '片',
        price: [85, 160],
        minOrder: [100, 500],
        specs: ['厚度9-12mm', '防滑耐磨'],
      },
      {
        name: '300×600厨卫墙砖',
        unit: '片',
        price: [9, 18],
        minOrder: [500, 2000],
        specs: ['釉面防污', '多款花色'],
      },
    ],
    strengths: [
      '一线陶瓷工厂直供，品质稳定。',
      '每片砖出厂前经过平整度检测和色号分拣。',
      '工程量大可派专人跟单并提供样板。',
    ],
    uses: '住宅精装、酒店、商场和办公空间',
    requirements: ['同一批次色号一致', '破损率在约定范围内', '可先送样板确认'],
  },
  {
    key: 'board',
    items: [
      {
        name: '实木多层板',
        unit: '张',
        price: [68, 135],
        minOrder: [100, 500],
        specs: ['1220×2440mm', 'E0级环保'],
      },
      {
        name: '酚醛覆膜建筑模板',
        unit: '张',
        price: [36, 62],
        minOrder: [500, 2000],
        specs: ['周转8-12次', '不起层'],
      },
      {
        name: '樟子松板材',
        unit: '立方米',
        price: [2200, 3100],
        minOrder: [5, 20],
        specs: ['烘干处理', '可按尺寸加工'],
      },
    ],
    strengths: [
      '板材环保等级经第三方检测，报告可查。',
      '胶合牢固，不开胶、不变形。',
      '可按尺寸开料，减少现场损耗。',
    ],
    uses: '家具、装修、建筑模板和包装箱',
    requirements: ['环保等级达到E0', '厚度公差符合要求', '按工地进度送货'],
  },
  {
    key: 'windows',
    items: [
      {
        name: '断桥铝合金门窗',
        unit: '平方米',
        price: [380, 780],
        minOrder: [20, 100],
        specs: ['中空双层玻璃', '隔音隔热'],
      },
      {
        name: '钢质防火门',
        unit: '樘',
        price: [650, 1500],
        minOrder: [10, 50],
        specs: ['甲级/乙级', '带消防检测报告'],
      },
    ],
    strengths: [
      '从测量、生产到安装一站式服务。',
      '型材和玻璃均为品牌正品，可现场查验。',
      '安装完成后提供两年维保。',
    ],
    uses: '住宅小区、学校、写字楼和厂房',
    requirements: ['提供消防或节能检测报告', '包安装、包验收', '质保两年以上'],
  },
  {
    key: 'hardware',
    items: [
      {
        name: '不锈钢膨胀螺丝',
        unit: '盒',
        price: [18, 45],
        minOrder: [50, 200],
        specs: ['M6-M16', '304材质'],
      },
      {
        name: '手动工具套装',
        unit: '套',
        price: [45, 180],
        minOrder: [50, 200],
        specs: ['铬钒钢', '收纳箱包装'],
      },
      {
        name: '角磨机',
        unit: '台',
        price: [95, 260],
        minOrder: [20, 100],
        specs: ['功率800-1200W', '纯铜电机'],
      },
    ],
    strengths: [
      '工厂直销，按出厂价批发。',
      '可印制客户品牌，支持贴牌。',
      '常规产品现货充足，当天发货。',
    ],
    uses: '装修工程、设备维修、五金店和电商渠道',
    requirements: ['质量稳定，返修率低', '可贴牌包装', '账期30天'],
  },
  {
    key: 'packaging',
    items: [
      {
        name: '瓦楞纸箱',
        unit: '个',
        price: [0.8, 6.5],
        minOrder: [1000, 5000],
        specs: ['三层/五层可选', '可印刷图案'],
      },
      {
        name: '食品级自封袋',
        unit: '个',
        price: [0.05, 0.6],
        minOrder: [10000, 50000],
        specs: ['PE材质', '可定制尺寸'],
      },
      {
        name: '不干胶标签',
        unit: '张',
        price: [0.02, 0.3],
        minOrder: [10000, 50000],
        specs: ['铜版纸/合成纸', '卷装'],
      },
    ],
    strengths: [
      '自有印刷和模切设备，打样最快两天。',
      '使用食品级材料，符合食品接触材料标准。',
      '按客户图稿印刷，颜色可现场确认。',
    ],
    uses: '电商发货、食品包装和日化产品',
    requirements: ['材质符合食品级要求', '印刷颜色与样稿一致', '交期准时'],
  },
];

/** A node of a section's category tree; `key` is stable and names it inside the generator. */
export interface CategoryNode {
  key: string;
  name: string;
  description: string;
  /** Goods listed directly under this node (leaves of the supply and wanted trees). */
  goods?: readonly string[];
  children?: readonly CategoryNode[];
}

export const CATEGORY_TREES: Record<Section, readonly CategoryNode[]> = {
  supply: [
    {
      key: 'metals',
      name: '钢材金属',
      description: '不锈钢、螺纹钢、铝材、铜材等金属材料的现货与加工',
      children: [
        {
          key: 'stainless',
          name: '不锈钢板',
          description: '冷轧、热轧不锈钢板卷及加工',
          goods: ['stainless-sheet'],
        },
        { key: 'rebar', name: '螺纹钢', description: '建筑用螺纹钢、盘螺', goods: ['rebar'] },
        {
          key: 'aluminium',
          name: '铝型材',
          description: '工业铝型材、门窗型材和铝板',
          goods: ['aluminium'],
        },
        {
          key: 'copper',
          name: '铜材',
          description: '紫铜、黄铜、磷铜的排、棒、带',
          goods: ['copper'],
        },
      ],
    },
    {
      key: 'machinery',
      name: '机械设备',
      description: '工程机械、机床、包装和农业机械，新机与二手设备',
      children: [
        {
          key: 'excavator',
          name: '挖掘机',
          description: '新旧挖掘机整机与转让',
          goods: ['excavator'],
        },
        { key: 'cnc', name: '数控机床', description: '数控车床、加工中心、走心机', goods: ['cnc'] },
        {
          key: 'packaging-machine',
          name: '包装机械',
          description: '食品与日化包装设备',
          goods: ['packaging-machine'],
        },
        {
          key: 'farm-machine',
          name: '农业机械',
          description: '收割机、旋耕机、微耕机',
          goods: ['farm-machine'],
        },
      ],
    },
    {
      key: 'farm',
      name: '农副产品',
      description: '粮油、水果、茶叶和禽畜产品，产地直供',
      children: [
        {
          key: 'grain',
          name: '粮油米面',
          description: '大米、食用油、面粉、玉米',
          goods: ['grain'],
        },
        { key: 'fruit', name: '新鲜水果', description: '产地水果批发', goods: ['fruit'] },
        { key: 'tea', name: '茶叶', description: '绿茶、乌龙茶、普洱茶', goods: ['tea'] },
        {
          key: 'livestock',
          name: '禽畜肉蛋',
          description: '鲜蛋、冷鲜肉和冻品',
          goods: ['livestock'],
        },
      ],
    },
    {
      key: 'chemicals',
      name: '化工原料',
      description: '塑料原料、涂料和化肥',
      children: [
        {
          key: 'plastics',
          name: '塑料原料',
          description: 'PP、PE、ABS等通用与工程塑料',
          goods: ['plastics'],
        },
        {
          key: 'coatings',
          name: '涂料油漆',
          description: '工业漆、地坪漆、防腐漆',
          goods: ['coatings'],
        },
        {
          key: 'fertilizer',
          name: '化肥',
          description: '复合肥、尿素、有机肥',
          goods: ['fertilizer'],
        },
      ],
    },
    {
      key: 'textiles',
      name: '纺织服装',
      description: '面料、纱线和成品服装加工',
      children: [
        { key: 'fabric', name: '面料', description: '棉布、化纤、针织面料', goods: ['fabric'] },
        {
          key: 'garments',
          name: '成品服装',
          description: 'T恤、工装、羽绒服加工',
          goods: ['garments'],
        },
        { key: 'yarn', name: '纱线', description: '棉纱、涤纶丝', goods: ['yarn'] },
      ],
    },
    {
      key: 'electronics',
      name: '电子元器件',
      description: '芯片、连接器与LED照明',
      children: [
        { key: 'ic', name: '集成电路', description: '单片机、电源管理芯片', goods: ['ic'] },
        {
          key: 'connector',
          name: '连接器',
          description: '板对板、线对板、航空插头',
          goods: ['connector'],
        },
        { key: 'led', name: 'LED照明', description: '工矿灯、灯带、路灯', goods: ['led'] },
      ],
    },
    {
      key: 'building',
      name: '建材',
      description: '水泥、瓷砖、板材和门窗',
      children: [
        { key: 'cement', name: '水泥', description: '通用硅酸盐水泥', goods: ['cement'] },
        { key: 'tile', name: '瓷砖', description: '地砖、墙砖、岩板', goods: ['tile'] },
        {
          key: 'board',
          name: '木材板材',
          description: '多层板、建筑模板、原木板材',
          goods: ['board'],
        },
        { key: 'windows', name: '门窗', description: '铝合金门窗、防火门', goods: ['windows'] },
      ],
    },
    {
      key: 'hardware',
      name: '五金工具',
      description: '紧固件、手动与电动工具',
      goods: ['hardware'],
    },
    {
      key: 'packaging',
      name: '包装印刷',
      description: '纸箱、包装袋、标签印刷',
      goods: ['packaging'],
    },
  ],
  wanted: [
    {
      key: 'metals',
      name: '钢材金属',
      description: '采购不锈钢、建筑钢材和有色金属',
      children: [
        {
          key: 'stainless',
          name: '不锈钢板',
          description: '求购各类不锈钢板卷',
          goods: ['stainless-sheet'],
        },
        { key: 'rebar', name: '螺纹钢', description: '工地求购螺纹钢、盘螺', goods: ['rebar'] },
        {
          key: 'nonferrous',
          name: '有色金属',
          description: '求购铝材、铜材',
          goods: ['aluminium', 'copper'],
        },
      ],
    },
    {
      key: 'machinery',
      name: '机械设备',
      description: '求购新旧工程机械、机床和农机',
      children: [
        {
          key: 'construction',
          name: '工程机械',
          description: '挖掘机等土方设备',
          goods: ['excavator'],
        },
        {
          key: 'processing',
          name: '加工设备',
          description: '机床与包装设备',
          goods: ['cnc', 'packaging-machine'],
        },
        {
          key: 'farm-machine',
          name: '农业机械',
          description: '收割、耕作机械',
          goods: ['farm-machine'],
        },
      ],
    },
    {
      key: 'farm',
      name: '农副产品',
      description: '收购粮食、水果、茶叶和禽畜产品',
      children: [
        { key: 'grain', name: '粮油米面', description: '大宗粮油收购', goods: ['grain'] },
        { key: 'fruit', name: '新鲜水果', description: '批发商和商超采购水果', goods: ['fruit'] },
        {
          key: 'tea-livestock',
          name: '茶叶禽蛋',
          description: '茶叶、鲜蛋和肉类采购',
          goods: ['tea', 'livestock'],
        },
      ],
    },
    {
      key: 'chemicals',
      name: '化工原料',
      description: '求购塑料原料、涂料和化肥',
      goods: ['plastics', 'coatings', 'fertilizer'],
    },
    {
      key: 'textiles',
      name: '纺织服装',
      description: '采购面料、纱线，寻找服装加工厂',
      goods: ['fabric', 'garments', 'yarn'],
    },
    {
      key: 'electronics',
      name: '电子元器件',
      description: '求购芯片、连接器和照明产品',
      goods: ['ic', 'connector', 'led'],
    },
    {
      key: 'building',
      name: '建材',
      description: '工程采购水泥、瓷砖、板材和门窗',
      children: [
        { key: 'cement', name: '水泥', description: '工地水泥采购', goods: ['cement'] },
        { key: 'tile', name: '瓷砖', description: '工程与门店瓷砖采购', goods: ['tile'] },
        {
          key: 'board-windows',
          name: '板材门窗',
          description: '板材、模板和门窗采购',
          goods: ['board', 'windows'],
        },
      ],
    },
    {
      key: 'hardware',
      name: '五金工具',
      description: '求购五金件和工具',
      goods: ['hardware'],
    },
    {
      key: 'packaging',
      name: '包装印刷',
      description: '求购纸箱、包装袋和印刷服务',
      goods: ['packaging'],
    },
  ],
  news: [
    {
      key: 'industry',
      name: '行业动态',
      description: '制造业、农业和外贸一线的新变化',
      children: [
        { key: 'manufacturing', name: '制造业', description: '产业集群与工厂动态' },
        { key: 'rural', name: '农业农村', description: '种植、养殖和农村电商' },
        { key: 'export', name: '外贸出口', description: '出口订单与海外市场' },
      ],
    },
    {
      key: 'market',
      name: '市场行情',
      description: '大宗商品和农产品价格走势',
      children: [
        { key: 'steel-market', name: '钢材行情', description: '螺纹钢、不锈钢价格' },
        { key: 'farm-market', name: '农产品行情', description: '水果、粮食、蔬菜价格' },
        { key: 'chem-market', name: '化工行情', description: '塑料、化肥、涂料原料价格' },
      ],
    },
    { key: 'policy', name: '政策法规', description: '财税、市场监管和行业新规解读' },
    { key: 'fairs', name: '展会活动', description: '行业展会与对接会' },
    { key: 'companies', name: '企业风采', description: '会员商家的故事' },
    { key: 'buying', name: '采购指南', description: '选货、验货和议价的经验' },
    { key: 'ecommerce', name: '电商运营', description: '团购、直播和店铺运营' },
    { key: 'logistics', name: '物流仓储', description: '发货、仓储和冷链' },
  ],
  deal: [
    {
      key: 'food',
      name: '美食',
      description: '火锅、自助餐、地方菜和甜品',
      children: [
        { key: 'hotpot', name: '火锅烧烤', description: '火锅与烧烤套餐' },
        { key: 'buffet', name: '自助餐', description: '午市、晚市自助' },
        { key: 'local-cuisine', name: '地方菜', description: '苏帮菜、川菜等地方风味' },
        { key: 'cafe', name: '咖啡甜品', description: '下午茶、蛋糕烘焙' },
      ],
    },
    {
      key: 'fun',
      name: '休闲娱乐',
      description: 'KTV、密室、电影',
      children: [
        { key: 'ktv', name: 'KTV', description: '欢唱套餐' },
        { key: 'escape-room', name: '密室剧本杀', description: '主题密室与剧本杀' },
        { key: 'cinema', name: '电影演出', description: '电影票与观影套餐' },
      ],
    },
    { key: 'beauty', name: '丽人美发', description: '美发、护理' },
    {
      key: 'services',
      name: '生活服务',
      description: '洗车养车、家政保洁',
      children: [
        { key: 'carwash', name: '洗车养车', description: '洗车卡与汽车美容' },
        { key: 'housekeeping', name: '家政保洁', description: '日常保洁与家电清洗' },
      ],
    },
    { key: 'fresh', name: '生鲜水果', description: '产地直发的水果蔬菜' },
    { key: 'groceries', name: '粮油茶叶', description: '大米、食用油和茶叶' },
    { key: 'home', name: '家居日用', description: '床品、收纳和厨具' },
    { key: 'digital', name: '数码家电', description: '耳机、充电宝等数码小件' },
  ],
  merchant: [
    {
      key: 'manufacturing',
      name: '生产制造',
      description: '工厂和加工企业',
      children: [
        { key: 'machinery', name: '机械制造', description: '机床、工程机械、包装设备' },
        { key: 'metals', name: '钢铁冶金', description: '钢材与有色金属加工' },
        { key: 'electronics', name: '电子电器', description: '元器件与照明' },
        { key: 'textiles', name: '纺织服装', description: '纺纱、织布与成衣' },
      ],
    },
    { key: 'wholesale', name: '批发贸易', description: '大宗商品与日用品批发' },
    { key: 'agriculture', name: '农业种养', description: '合作社、农场和农业企业' },
    { key: 'materials', name: '化工建材', description: '化工原料与建筑材料' },
    { key: 'dining', name: '餐饮美食', description: '餐厅、火锅、咖啡烘焙' },
    { key: 'leisure', name: '休闲娱乐', description: 'KTV、密室、影城' },
    { key: 'services', name: '生活服务', description: '美发、汽车服务、家政' },
    { key: 'logistics', name: '物流仓储', description: '专线物流与仓储' },
  ],
};
