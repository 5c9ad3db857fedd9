#!/usr/bin/env python3
"""Generates src/main/resources/catalog/seed-catalog.json, the seed 政务服务事项 catalog of Tongban.

Usage:  python3 tools/catalog-seed/generate.py [--check]

The item knowledge lives in the data modules next to this script (items_*.py): one entry per 基本目录 item
with its province-wide facts, the 实施主体 that implement it and the implementation details they share.
This script expands every item into its 实施清单 listings (one per department and 办理项), runs the quality
rules of the catalog and fails loudly on any violation, then writes the JSON deterministically
(UTF-8, ensure_ascii=False, 2-space indent). With --check it validates and compares with the file on disk
instead of writing it.
"""
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402
import items_people  # noqa: E402
import items_business  # noqa: E402
import items_services  # noqa: E402

OUTPUT = os.path.join(C.ROOT, 'src', 'main', 'resources', 'catalog', 'seed-catalog.json')

TYPES = {'01': '行政许可', '02': '行政处罚', '03': '行政强制', '04': '行政征收', '05': '行政给付', '06': '行政检查',
         '07': '行政确认', '08': '行政奖励', '09': '行政裁决', '10': '其他行政权力', '20': '公共服务'}
LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']
UNITS = ['W', 'N']
SCOPES = ['NATIONWIDE', 'CROSS_PROVINCE', 'CROSS_CITY', 'CROSS_COUNTY', 'TOWNSHIP_WIDE', 'VILLAGE_WIDE', 'NONE']
RESULT_TYPES = ['CERTIFICATE', 'DOCUMENT', 'APPROVAL']
AUDIENCES = ['PERSON', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'SOCIAL_ORGANIZATION', 'OTHER_ORGANIZATION']
PERSON_THEMES = ['出生', '上学', '就业', '婚育', '住房', '社保', '医疗', '出行', '养老', '救助', '残疾人', '退役军人', '身后']
ENTERPRISE_THEMES = ['开办', '准营', '经营', '变更', '投资建设', '纳税', '用工', '注销']
MATERIAL_TYPES = ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY', 'ORIGINAL_OR_COPY']
MATERIAL_FORMS = ['PAPER', 'ELECTRONIC', 'PAPER_AND_ELECTRONIC', 'PAPER_OR_ELECTRONIC']
NECESSITIES = ['REQUIRED', 'OPTIONAL', 'TOLERATED']
SOURCES = ['APPLICANT', 'GOVERNMENT', 'OTHER']
FULL_ONLINE = set(C.DEPTH_ORDER[:6])
PERMIT_STEPS = ['受理', '审查', '决定', '办结', '送达']

LISTING_KEYS = ['basicCode', 'departmentName', 'regionCode', 'handlingItem', 'statutoryLimit', 'promisedLimit',
                'processingKind', 'requiredVisits', 'onsiteReason', 'onlineDepth', 'handlingForms',
                'acceptanceConditions', 'crossRegionScope', 'appointment', 'postal', 'onlinePayment', 'kiosk',
                'steps', 'specialProcedures', 'intermediaryServices', 'fees', 'result', 'audiences',
                'personThemes', 'enterpriseThemes', 'highFrequency', 'keywords', 'contact', 'rights', 'duties',
                'faqs', 'materials', 'hallCodes', 'plainSummary']
MATERIAL_KEYS = ['name', 'type', 'form', 'copies', 'paperSize', 'necessity', 'source', 'issuer',
                 'acceptanceStandard', 'fillingNotes', 'basis', 'isForm', 'blankForm', 'sampleForm']

# ---------------------------------------------------------------------------------------------------------
# Default texts
# ---------------------------------------------------------------------------------------------------------

RIGHTS = {
    'permit': '申请人依法享有申请、知情、陈述和申辩的权利；符合法定条件、标准的，享有平等取得许可的权利；'
              '对不予受理、不予许可决定不服的，可以依法申请行政复议或者提起行政诉讼；个人隐私和商业秘密依法受到保护。',
    'benefit': '申请人依法享有申请、知情、陈述和申辩的权利；对审核确认结果有异议的，可以依法申请行政复议或者提起行政诉讼；'
               '家庭经济状况等个人信息依法受到保护。',
    'confirm': '申请人依法享有申请、知情、陈述和申辩的权利；对办理结果不服的，可以依法申请行政复议或者提起行政诉讼；'
               '个人信息依法受到保护。',
    'service': '申请人享有获得规范、便捷、高效服务的权利；可对服务进行“好差评”，对服务不满意的可拨打12345热线投诉；'
               '个人信息依法受到保护。',
    'grant': '申请人依法享有申请、知情、陈述和申辩的权利；对审核结果有异议的，可以依法申请行政复议或者提起行政诉讼；'
             '个人信息依法受到保护。',
    'tax': '纳税人依法享有知情权、保密权、申请减税免税退税权、陈述与申辩权，对税务机关作出的决定不服的，'
           '可以依法申请行政复议或者提起行政诉讼。',
    'utility': '用户享有公平、规范、透明的报装服务和依法获得供应的权利；对服务不满意的可以投诉，因合同争议可依法提起民事诉讼；'
               '个人信息依法受到保护。',
}
DUTIES = {
    'permit': '如实提交申请材料并对其真实性负责；取得许可后在许可范围内依法从事相关活动，接受监督检查；'
              '许可事项发生变化的及时申请变更，有效期届满需要延续的依法申请延续。',
    'benefit': '如实申报家庭人口、收入、财产等情况，配合入户调查和经济状况核对；家庭情况发生变化的及时告知；'
               '不得以虚报、隐瞒、伪造等手段骗取待遇，否则依法追回并承担法律责任。',
    'confirm': '如实提交申请材料并对其真实性负责；按规定时间到场办理或领取结果；相关情况发生变化的及时申报。',
    'service': '如实提供相关信息和材料并对其真实性负责；遵守办事场所秩序，按预约时间办理。',
    'grant': '如实提交申请材料并对其真实性负责；享受待遇的条件发生变化的及时告知；不得以虚报、冒领等手段骗取补贴，'
             '否则依法追回并承担法律责任。',
    'tax': '依法如实申报、按期缴纳税款（费），妥善保管有关资料，接受税务机关依法检查。',
    'utility': '如实提供用户信息和用地、用房资料；按约定配合现场勘查和验收，按时缴纳费用，安全规范使用。',
}
RIGHTS_BY_TYPE = {'01': 'permit', '02': 'confirm', '04': 'tax', '05': 'benefit', '07': 'confirm', '08': 'confirm',
                  '09': 'confirm', '10': 'confirm', '20': 'service'}

SECTOR = {
    '公安': '10', '民政': '11', '司法': '12', '人社': '13', '自然资源': '14', '生态环境': '15', '住建': '17',
    '交通': '18', '水利': '19', '农业': '20', '商务': '21', '文旅': '22', '卫健': '23', '退役军人': '24',
    '应急': '25', '消防': '26', '市场监管': '27', '医保': '28', '税务': '29', '教育': '07', '烟草': '31',
    '公积金': '32', '残联': '33', '能源': '34', '城建公用': '35', '数据': '36',
}


def fill(text, ctx):
    if text is None:
        return None
    for key, value in ctx.items():
        text = text.replace('{' + key + '}', value)
    if '{' in text or '}' in text:
        raise SystemExit('unfilled placeholder in: ' + text)
    return text


def duration(days, unit, immediate):
    if immediate:
        return '即时'
    return ('%d个工作日内' if unit == 'W' else '%d日内') % days


def make_steps(template, rv, result_name, prom, unit, immediate):
    """Step templates; durations follow the promised limit."""
    review_days = max(prom - 1, 1) if prom > 1 else prom
    d_review = '即时' if immediate else duration(review_days, unit, False)
    d_decide = '即时' if immediate else ('当日' if prom <= 1 else ('1个工作日内' if unit == 'W' else '1日内'))
    accept = ('受理', '窗口或网上接收申请，对材料进行形式审查：齐全且符合法定形式的当场受理，'
                    '不齐全的一次性告知需补正的全部内容，可容缺的先行受理。', '即时')
    if template == 'permit':
        return [accept,
                ('审查', rv or '对申请材料的实质内容进行审查，需要现场核查的组织核查，申请人可进行陈述和申辩。', d_review),
                ('决定', '作出准予许可或不予许可的书面决定；不予许可的说明理由，并告知申请行政复议或提起行政诉讼的权利。', d_decide),
                ('办结', '制作%s，同步生成电子证照并归集至电子证照库。' % result_name, '即时'),
                ('送达', '申请人可选择窗口领取、免费邮寄或在“爱山东”App下载电子证照。', '即时')]
    if template == 'register':
        return [accept,
                ('审查', rv or '核对申请材料和有关信息，必要时进行询问或调查核实。', d_review),
                ('决定', '对符合条件的予以登记（确认），不符合条件的书面告知理由。', d_decide),
                ('办结', '制作并出具%s。' % result_name, '即时'),
                ('送达', '当场领取，或按申请人选择邮寄送达、电子送达。', '即时')]
    if template == 'benefit':
        return [('申请', '申请人向户籍所在地或经常居住地的镇（街道）提出书面申请，也可通过“爱山东”App网上申请或由村（居）委会代为提出。', '即时'),
                ('受理', '对申请材料进行形式审查，符合要求的予以受理，材料不全的一次性告知。', '即时'),
                ('审查', rv or '通过信息核对、入户调查、邻里访问等方式核实家庭经济状况和实际生活情况。',
                 duration(max(prom - 3, 1), unit, False)),
                ('决定', '对符合条件的作出审核确认决定，并在村（居）务公开栏公示；不符合条件的书面告知理由。', '2个工作日内' if unit == 'W' else '2日内'),
                ('办结', '自确认之月起按月（或一次性）通过社会保障卡（银行账户）发放待遇。', '即时')]
    if template == 'service':
        return [('申请', '通过窗口、“爱山东”App或网上服务大厅提交申请，信息可由部门共享自动填充。', '即时'),
                ('受理', '核对身份和申请材料，材料齐全的当场受理。', '即时'),
                ('办理', rv or '按规定审核办理，需要补充材料的一次性告知。', d_review),
                ('办结', '出具%s，结果同步推送至申请人“爱山东”账户。' % result_name, '即时')]
    raise SystemExit('unknown step template ' + template)


def village_steps(rv, result_name, prom, unit, immediate):
    """村（居）便民服务站代办: the committee receives and forwards, the competent department decides."""
    return [('申请', '到村（居）便民服务站提出申请，代办员当面核验身份、查看材料。', '即时'),
            ('代办', '代办员通过山东省政务服务平台代为录入并提交至镇（街道）或主管部门。', '即时'),
            ('办理', rv or '主管部门按规定审核办理，需要补充材料的由代办员一次性告知。', duration(prom, unit, immediate)),
            ('办结', '%s通过短信告知本人，也可到便民服务站查询领取。' % result_name, '即时')]


# ---------------------------------------------------------------------------------------------------------
# Expansion
# ---------------------------------------------------------------------------------------------------------

ITEM_DEFAULTS = {
    'local': False, 'lv': {}, 'var': None, 'visits': 0, 'onsite': None, 'depth': 5, 'forms': 'WO',
    'scope': 'NONE', 'appt': True, 'postal': None, 'pay': False, 'kiosk': False, 'steps': None, 'rv': None,
    'special': [], 'inter': [], 'fees': [], 'aud': ['PERSON'], 'pt': [], 'et': [], 'hf': False,
    'rights': None, 'duties': None, 'h': None, 'at': None, 'code': None,
}
ITEM_REQUIRED = ['sec', 'name', 'type', 'basis', 'levels', 'lim', 'cond', 'result', 'kw', 'faqs', 'mats', 'plain']
ALLOWED_KEYS = set(ITEM_DEFAULTS) | set(ITEM_REQUIRED)


def assign_codes(items):
    used = set(it['code'] for it in items if it.get('code'))
    serial = collections.Counter()
    for it in items:
        if it.get('code'):
            continue
        prefix = '37' if it.get('local') else '00'
        key = (prefix, it['type'], C_SECTOR(it['sec']))
        while True:
            serial[key] += 1
            code = '%s%s%s%03d000' % (prefix, it['type'], key[2], 100 + serial[key])
            if code not in used:
                break
        it['code'] = code
        used.add(code)


def C_SECTOR(sec):
    if sec not in SECTOR:
        raise SystemExit('unknown sector ' + sec)
    return SECTOR[sec]


def expand(items):
    basic_entries = []
    listings = []
    for it in items:
        unknown = set(it) - ALLOWED_KEYS
        if unknown:
            raise SystemExit('%s: unknown keys %s' % (it['name'], sorted(unknown)))
        for k in ('sec', 'name', 'type', 'basis', 'levels'):
            if k not in it:
                raise SystemExit('%s: missing key %s' % (it.get('name'), k))
        basic_entries.append({'code': it['code'], 'name': it['name'], 'type': it['type'],
                              'legalBasis': it['basis'], 'levels': it['levels']})
        variants = it.get('var') or [{}]
        for var in variants:
            base = dict(ITEM_DEFAULTS)
            base.update(it)
            base.update(var)
            missing = [k for k in ITEM_REQUIRED if k not in base or base[k] in ('', [], None)]
            if missing:
                raise SystemExit('%s %s: missing or empty keys %s' % (it['name'], var.get('h') or '', missing))
            unknown = set(var) - ALLOWED_KEYS
            if unknown:
                raise SystemExit('%s: unknown variant keys %s' % (it['name'], sorted(unknown)))
            for dept in base['at'] or []:
                level = C.level_of(C.DEPARTMENTS[dept]['region']) if dept in C.DEPARTMENTS else None
                f = dict(base)
                if level in base['lv']:
                    f.update(base['lv'][level])
                listings.append(make_listing(it, f, dept, len(listings)))
    return basic_entries, listings


def material(m, item_basis):
    m = dict(m)
    if not m.get('basis'):
        titles = re.findall(r'《[^》]+》', item_basis)
        m['basis'] = titles[0] if titles else item_basis
    return collections.OrderedDict((k, m[k]) for k in MATERIAL_KEYS)


def make_listing(it, f, dept_name, index):
    if dept_name not in C.DEPARTMENTS:
        raise SystemExit('%s: department not in V11/V13: %s' % (it['name'], dept_name))
    d = C.DEPARTMENTS[dept_name]
    region = d['region']
    stat, prom, unit, note = f['lim']
    # Counties outside 兰山区 promise a little less aggressively on every third listing: realistic spread.
    if prom > 0 and C.level_of(region) == 'COUNTY' and region != C.LS and index % 3 == 2 and prom + 1 < stat:
        prom += 1
    immediate = prom == 0
    result_name, result_type = f['result']
    hall = C.hall_for(region)
    region_name = C.REGIONS[region]['name']
    time_text = '当场' if immediate else (('%d个工作日内' if unit == 'W' else '%d天内') % prom)
    ctx = {'place': hall['name'], 'dept': dept_name, 'region': region_name, 'time': time_text}
    template = f['steps']
    if template is None:
        template = {'01': 'permit', '05': 'benefit', '20': 'service'}.get(it['type'], 'register')
    if isinstance(template, str) and C.level_of(region) == 'VILLAGE':
        steps = village_steps(f['rv'], result_name, prom, unit, immediate)
    elif isinstance(template, str):
        steps = make_steps(template, f['rv'], result_name, prom, unit, immediate)
    else:
        steps = template
    forms = [x for x, c in zip(C.FORM_ORDER, 'WOP') if c in f['forms']]
    postal = f['postal'] if f['postal'] is not None else ('POST' in forms)
    kind = RIGHTS_BY_TYPE[it['type']]
    text_kind = 'utility' if C.kind_of(dept_name) in ('GD', 'GS', 'RQ') else kind
    listing = {
        'basicCode': it['code'],
        'departmentName': dept_name,
        'regionCode': region,
        'handlingItem': f['h'],
        'statutoryLimit': {'value': stat, 'unit': unit, 'note': note},
        'promisedLimit': {'value': prom, 'unit': unit, 'note': '即办件，材料齐全当场办结' if immediate else '承诺时限自受理次日起计算'},
        'processingKind': 'IMMEDIATE' if immediate else 'PROMISED',
        'requiredVisits': f['visits'],
        'onsiteReason': f['onsite'] if f['visits'] > 0 else None,
        'onlineDepth': C.DEPTH_ORDER[:f['depth']] if isinstance(f['depth'], int) else f['depth'],
        'handlingForms': forms,
        'acceptanceConditions': fill(f['cond'], ctx),
        'crossRegionScope': f['scope'],
        'appointment': f['appt'],
        'postal': postal,
        'onlinePayment': f['pay'],
        'kiosk': f['kiosk'],
        'steps': [{'name': n, 'description': fill(desc, ctx), 'duration': dur} for n, desc, dur in steps],
        'specialProcedures': [{'name': n, 'days': days, 'note': nt} for n, days, nt in f['special']],
        'intermediaryServices': [{'name': n, 'provider': p, 'basis': b} for n, p, b in f['inter']],
        'fees': [{'name': n, 'standard': s, 'basis': b, 'reducible': r, 'reductionBasis': rb} for n, s, b, r, rb in f['fees']],
        'result': {'name': result_name, 'type': result_type, 'sample': result_name + '（样本）'},
        'audiences': f['aud'],
        'personThemes': f['pt'],
        'enterpriseThemes': f['et'],
        'highFrequency': f['hf'],
        'keywords': f['kw'],
        'contact': C.contact(dept_name),
        'rights': RIGHTS.get(f['rights'], f['rights']) if f['rights'] else RIGHTS[text_kind],
        'duties': DUTIES.get(f['duties'], f['duties']) if f['duties'] else DUTIES[text_kind],
        'faqs': [{'question': fill(q, ctx), 'answer': fill(a, ctx)} for q, a in f['faqs']],
        'materials': [material(m, it['basis']) for m in f['mats']],
        'hallCodes': [hall['code']],
        'plainSummary': fill(f['plain'], ctx),
    }
    return collections.OrderedDict((k, listing[k]) for k in LISTING_KEYS)


# ---------------------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------------------

A32100 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code_ok(code):
    if len(code) != 18 or any(c not in A32100 for c in code):
        return False
    total = sum(A32100.index(c) * w for c, w in zip(code[:17], W32100))
    check = 31 - total % 31
    return A32100[0 if check == 31 else check] == code[17]


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, message):
        self.items.append('%s: %s' % (where, message))


def subset_in_order(values, order):
    return all(v in order for v in values) and [v for v in order if v in values] == list(values) and len(set(values)) == len(values)


def validate(basic_entries, listings):
    p = Problems()
    stats = collections.Counter()
    for name, d in C.DEPARTMENTS.items():
        if not credit_code_ok(d['credit']):
            p.add('department ' + name, 'credit code %s fails GB 32100' % d['credit'])
        if d['region'] not in C.REGIONS:
            p.add('department ' + name, 'region %s not in V10' % d['region'])

    basics = {}
    for b in basic_entries:
        where = 'basic %s %s' % (b['code'], b['name'])
        code = b['code']
        if code in basics:
            p.add(where, 'duplicate code')
        basics[code] = b
        if len(code) != 12 or not code.isdigit():                                             # rule 12
            p.add(where, 'code must be 12 digits')
        if code[:2] not in ('00', '37'):
            p.add(where, 'code must start with 00 (national) or 37 (provincial)')
        if code[2:4] != b['type']:
            p.add(where, 'positions 3-4 must equal type %s' % b['type'])
        if b['type'] not in TYPES:
            p.add(where, 'bad type')
        if not b['levels'] or not subset_in_order(b['levels'], LEVELS):
            p.add(where, 'bad levels %r' % b['levels'])
        if not b['legalBasis'] or not b['name']:
            p.add(where, 'empty name or legal basis')
    names = collections.Counter(b['name'] for b in basic_entries)
    for n, c in names.items():
        if c > 1:
            p.add('basic ' + n, 'duplicate basic entry name')

    used_basic = set()
    seen = set()
    for i, l in enumerate(listings):
        where = 'listing %d %s @ %s' % (i, basics.get(l['basicCode'], {}).get('name', l['basicCode']), l['departmentName'])
        if list(l.keys()) != LISTING_KEYS:
            p.add(where, 'keys differ from the format')
        key = (l['basicCode'], l['departmentName'], l['handlingItem'])
        if key in seen:
            p.add(where, 'duplicate listing (same item, department and handling item)')
        seen.add(key)
        b = basics.get(l['basicCode'])
        if b is None:                                                                             # rule 9
            p.add(where, 'basicCode not in basicEntries')
            continue
        used_basic.add(b['code'])
        d = C.DEPARTMENTS.get(l['departmentName'])
        if d is None:
            p.add(where, 'department not in V11/V13')
            continue
        if d['region'] != l['regionCode']:
            p.add(where, 'regionCode %s differs from department region %s' % (l['regionCode'], d['region']))
        level = C.level_of(l['regionCode'])
        if C.REGIONS[l['regionCode']]['level'] != level:
            p.add(where, 'region level in V10 differs from code shape')
        if level not in b['levels']:
            p.add(where, 'basic entry levels %r lack %s' % (b['levels'], level))
        for h in l['hallCodes']:                                                                  # rule 10
            if h not in C.HALLS:
                p.add(where, 'hall %s not in V12' % h)
        if not l['hallCodes']:
            p.add(where, 'no hall')

        st, pr = l['statutoryLimit'], l['promisedLimit']
        if st['unit'] not in UNITS or pr['unit'] not in UNITS:
            p.add(where, 'bad unit')
        if st['unit'] != pr['unit']:                                                              # rule 3
            p.add(where, 'statutory and promised limits use different units')
        elif pr['value'] > st['value']:
            p.add(where, 'promised limit exceeds statutory limit')
        elif pr['value'] == st['value'] and st['value'] > 0:
            p.add(where, 'promised limit equals statutory limit: nothing was cut')
        if not st['note']:
            p.add(where, 'statutory limit without note')
        if l['processingKind'] not in ('IMMEDIATE', 'PROMISED'):
            p.add(where, 'bad processingKind')
        if l['processingKind'] == 'PROMISED':
            stats['promised'] += 1
            if pr['value'] < st['value']:
                stats['compressed'] += 1
            if pr['value'] <= 0:
                p.add(where, 'PROMISED with zero promised limit')
        elif pr['value'] != 0:
            p.add(where, 'IMMEDIATE must promise 0')

        depth = l['onlineDepth']
        if not subset_in_order(depth, C.DEPTH_ORDER):
            p.add(where, 'onlineDepth not an ordered subset')
        if not subset_in_order(l['handlingForms'], C.FORM_ORDER) or not l['handlingForms']:
            p.add(where, 'handlingForms not an ordered non-empty subset')
        visits = l['requiredVisits']
        if FULL_ONLINE <= set(depth) and visits != 0:                                            # rule 4
            p.add(where, '全程网办 but requiredVisits = %d' % visits)
        if visits > 0 and not (l['onsiteReason'] or '').strip():                                 # rule 5
            p.add(where, 'requiredVisits > 0 without onsiteReason')
        if visits <= 1:
            stats['visits_le1'] += 1
        if visits == 0 and 'ONLINE' not in l['handlingForms'] and 'POST' not in l['handlingForms']:  # rule 11
            p.add(where, 'zero visits but neither ONLINE nor POST')
        if 'ONLINE' in l['handlingForms'] and len(depth) < 2:
            p.add(where, 'ONLINE handling form needs at least online receipt')
        if 'ACCEPT' in depth and 'ONLINE' not in l['handlingForms']:
            p.add(where, 'online acceptance without the ONLINE handling form')
        if l['crossRegionScope'] not in SCOPES:
            p.add(where, 'bad crossRegionScope')

        for fee in l['fees']:                                                                     # rule 6
            if not (fee['basis'] or '').strip():
                p.add(where, 'fee %s without basis' % fee['name'])
            if not fee['name'] or not fee['standard']:
                p.add(where, 'fee without name or standard')
            if fee['reducible'] and not fee['reductionBasis']:
                p.add(where, 'reducible fee without reductionBasis')
        if l['onlinePayment'] and not l['fees']:
            p.add(where, 'onlinePayment without fees')

        r = l['result']                                                                           # rule 7
        if r['type'] not in RESULT_TYPES:
            p.add(where, 'bad result type')
        if r['name'].strip().endswith(('证', '证书', '执照', '证明书')) and r['type'] != 'CERTIFICATE':
            p.add(where, 'result %s must be CERTIFICATE' % r['name'])

        steps = [s['name'] for s in l['steps']]
        if not 3 <= len(steps) <= 6:
            p.add(where, 'expected 3-6 steps, got %d' % len(steps))
        for s in l['steps']:
            if not s['description'] or not s['duration']:
                p.add(where, 'step %s incomplete' % s['name'])
        if b['type'] == '01' and not all(s in steps for s in PERMIT_STEPS):                       # rule 8
            p.add(where, '行政许可 steps must include 受理、审查、决定、办结、送达')
        if not 1 <= len(l['faqs']) <= 3:
            p.add(where, 'expected 1-3 FAQs')
        for q in l['faqs']:
            if not q['question'].strip() or not q['answer'].strip():
                p.add(where, 'empty FAQ')

        if not 3 <= len(l['materials']) <= 8:
            p.add(where, 'expected 3-8 materials, got %d' % len(l['materials']))
        mnames = [m['name'] for m in l['materials']]
        if len(set(mnames)) != len(mnames):
            p.add(where, 'duplicate material names')
        for m in l['materials']:                                                                  # rules 1, 2
            mw = '%s / material %s' % (where, m['name'])
            if m['type'] not in MATERIAL_TYPES:
                p.add(mw, 'bad type')
            if m['form'] not in MATERIAL_FORMS:
                p.add(mw, 'bad form')
            if m['necessity'] not in NECESSITIES:
                p.add(mw, 'bad necessity')
            if m['source'] not in SOURCES:
                p.add(mw, 'bad source')
            if not (m['issuer'] or '').strip():
                p.add(mw, 'empty issuer')
            if m['form'] == 'ELECTRONIC':
                if m['copies'] < 0:
                    p.add(mw, 'negative copies')
            elif m['copies'] < 1:
                p.add(mw, 'paper material needs copies >= 1')
            if m['isForm'] and not (m['blankForm'] and m['sampleForm']):
                p.add(mw, 'form without blank and sample form')
            if not m['acceptanceStandard'] or not m['fillingNotes'] or not m['basis']:
                p.add(mw, 'missing acceptance standard, filling notes or basis')

        if not set(l['audiences']) <= set(AUDIENCES) or not l['audiences']:
            p.add(where, 'bad audiences')
        if not set(l['personThemes']) <= set(PERSON_THEMES):
            p.add(where, 'bad personThemes %r' % l['personThemes'])
        if not set(l['enterpriseThemes']) <= set(ENTERPRISE_THEMES):
            p.add(where, 'bad enterpriseThemes %r' % l['enterpriseThemes'])
        if not l['keywords'] or any(not re.search(r'[\u4e00-\u9fff]', k) or re.search(r'[A-Za-z]', k) for k in l['keywords']):
            p.add(where, 'keywords must be non-empty Chinese colloquial words (no Latin letters)')
        if len(set(l['keywords'])) != len(l['keywords']):
            p.add(where, 'duplicate keywords')
        for key in ('acceptanceConditions', 'rights', 'duties', 'plainSummary'):
            if not (l[key] or '').strip():
                p.add(where, 'empty ' + key)
        c = l['contact']
        if not all(c.get(k) for k in ('consultPhone', 'complaintPhone', 'reviewBody', 'litigationBody')):
            p.add(where, 'incomplete contact')
        if l['highFrequency']:
            stats['hf_listings'] += 1
        if l['requiredVisits'] == 0:
            stats['zero_visits'] += 1

    for code, b in basics.items():
        if code not in used_basic:
            p.add('basic %s %s' % (code, b['name']), 'has no listing')

    n = len(listings)
    if n < 440:
        p.add('catalog', 'only %d listings, need at least 440' % n)
    if not 130 <= len(basics) <= 160:
        p.add('catalog', '%d basic entries, expected about 130-160' % len(basics))
    if stats['promised'] and stats['compressed'] < 0.9 * stats['promised']:                       # rule 3
        p.add('catalog', 'promised < statutory in only %d of %d PROMISED listings' % (stats['compressed'], stats['promised']))
    if stats['visits_le1'] < 0.95 * n:                                                             # rule 5
        p.add('catalog', 'requiredVisits <= 1 in only %d of %d listings' % (stats['visits_le1'], n))
    shorts = set(C.DEPARTMENTS[l['departmentName']]['short'] for l in listings)
    if len(shorts) < 25:
        p.add('catalog', 'only %d distinct departments by short name' % len(shorts))
    levels = set(C.level_of(l['regionCode']) for l in listings)
    if levels != set(LEVELS):
        p.add('catalog', 'levels covered: %r' % sorted(levels))
    return p, stats


# ---------------------------------------------------------------------------------------------------------

def build():
    items = items_people.ITEMS + items_business.ITEMS + items_services.ITEMS
    assign_codes(items)
    basic_entries, listings = expand(items)
    return basic_entries, listings


def render(basic_entries, listings):
    doc = collections.OrderedDict([('version', 1), ('basicEntries', basic_entries), ('listings', listings)])
    return json.dumps(doc, ensure_ascii=False, indent=2) + '\n'


def report(basic_entries, listings, stats):
    basics = {b['code']: b for b in basic_entries}
    n = len(listings)
    print('listings: %d' % n)
    print('basic entries: %d (national %d, provincial %d)' % (
        len(basic_entries), sum(b['code'].startswith('00') for b in basic_entries),
        sum(b['code'].startswith('37') for b in basic_entries)))
    by_level = collections.Counter(C.level_of(l['regionCode']) for l in listings)
    print('listings by level: ' + ', '.join('%s %d' % (lv, by_level[lv]) for lv in LEVELS))
    by_type = collections.Counter(basics[l['basicCode']]['type'] for l in listings)
    btype = collections.Counter(b['type'] for b in basic_entries)
    print('by type (basic entries / listings): ' + ', '.join(
        '%s %s %d/%d' % (t, TYPES[t], btype[t], by_type[t]) for t in sorted(TYPES) if btype[t]))
    by_short = collections.Counter(C.DEPARTMENTS[l['departmentName']]['short'] for l in listings)
    print('distinct departments: %d (by short name %d)' % (
        len(set(l['departmentName'] for l in listings)), len(by_short)))
    print('top 30 by short name: ' + ', '.join('%s %d' % kv for kv in by_short.most_common(30)))
    hf_basic = set(l['basicCode'] for l in listings if l['highFrequency'])
    print('high-frequency: %d basic entries, %d listings' % (len(hf_basic), stats['hf_listings']))
    print('PROMISED listings compressed below statutory: %d of %d; requiredVisits <= 1: %d of %d; zero visits: %d' % (
        stats['compressed'], stats['promised'], stats['visits_le1'], n, stats['zero_visits']))


def main():
    basic_entries, listings = build()
    problems, stats = validate(basic_entries, listings)
    if problems.items:
        for line in problems.items:
            print('FAIL ' + line, file=sys.stderr)
        print('%d quality-rule violations; nothing written' % len(problems.items), file=sys.stderr)
        sys.exit(1)
    text = render(basic_entries, listings)
    report(basic_entries, listings, stats)
    if '--check' in sys.argv:
        with open(OUTPUT, encoding='utf-8') as f:
            if f.read() != text:
                print('seed-catalog.json is out of date; run tools/catalog-seed/generate.py', file=sys.stderr)
                sys.exit(1)
        print('validation passed; %s is up to date' % os.path.relpath(OUTPUT, C.ROOT))
        return
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print('validation passed; wrote %s (%d bytes)' % (os.path.relpath(OUTPUT, C.ROOT), len(text.encode('utf-8'))))


if __name__ == '__main__':
    main()
